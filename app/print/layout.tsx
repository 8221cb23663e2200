import "@fontsource/tinos/vietnamese-400.css";
import "@fontsource/tinos/vietnamese-700.css";
import "@fontsource/tinos/vietnamese-400-italic.css";
import "@fontsource/tinos/latin-400.css";
import "@fontsource/tinos/latin-700.css";
import "@fontsource/tinos/latin-400-italic.css";
import "./print.css";

// Every print view reads the session and the scope's records; none may be cached across users.
export const dynamic = "force-dynamic";

/** Print views: no app header or navigation, only the sheets and a toolbar that does not print. */
export default function PrintLayout({ children }: { children: React.ReactNode }) {
  return <div className="print-root">{children}</div>;
}
