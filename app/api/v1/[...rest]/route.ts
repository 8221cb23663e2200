import { apiRoute } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";

// Unknown API paths answer in the API's error shape rather than with an HTML page. Going through
// apiRoute means the session is checked first: without one the answer is 401, as for every other
// /api/v1 path, so that a caller without a session learns nothing about which paths exist.
const answer = apiRoute<{ rest: string[] }>(async () => {
  throw notFound();
});
export { answer as GET, answer as POST, answer as PATCH, answer as PUT, answer as DELETE };
