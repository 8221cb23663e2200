"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { createAccount } from "@/lib/services/accounts/create-account";
import { resetPassword } from "@/lib/services/accounts/reset-password";
import { updateAccount } from "@/lib/services/accounts/update-account";

export async function createAccountAction(input: unknown) {
  const result = await runAction(async (actor) => {
    const { account, oneTimePassword } = await createAccount({ actor, input });
    return { account: { id: account.id, username: account.username, fullName: account.fullName }, oneTimePassword };
  });
  if (result.ok) revalidatePath("/accounts");
  return result;
}

export async function updateAccountAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => (await updateAccount({ actor, id, input })).version);
  if (result.ok) revalidatePath("/accounts");
  return result;
}

export async function resetPasswordAction(id: string) {
  const result = await runAction(async (actor) => ({ oneTimePassword: (await resetPassword({ actor, id })).oneTimePassword }));
  if (result.ok) revalidatePath("/accounts");
  return result;
}
