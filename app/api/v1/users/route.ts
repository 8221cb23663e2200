import { apiRoute, readJson, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { createAccount } from "@/lib/services/accounts/create-account";
import { listAccounts } from "@/lib/services/accounts/list-accounts";

/** ?q=&unitId=&role=&active=&page=&pageSize=; administrators and superior staff, accounts of their scope. */
export const GET = apiRoute(async ({ req, actor }) => listAccounts({ actor, input: searchParamsObject(req) }));
/** Body: { username, fullName, role, unitId } → 201 { account, oneTimePassword } (the password is shown this once). */
export const POST = apiRoute(async ({ req, actor }) => createAccount({ actor, input: await readJson(req) }), { status: 201 });

// Every other method: 405 in the API's error shape with an Allow header (lib/api/handler.ts).
export const { PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET", "POST");
