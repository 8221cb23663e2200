import { redirect } from "next/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { getActor } from "@/lib/auth/actor";
import { isDemoMode } from "@/lib/env";

// Every page below reads the session; none may be cached across users.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return (
    <>
      <AppHeader actor={actor} demo={isDemoMode()} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
