/**
 * What a password chosen by a person must be (a new account's one-time password is generated to
 * pass it too). Pure: the forms check it as the person types, the server checks it again, and the
 * unit tests pin every rule. Each broken rule is a stable code; the messages live in the message
 * files (validation.password*), in Vietnamese and English.
 *
 * - at least MIN_PASSWORD_LENGTH characters;
 * - not digits only (a phone number or a date of birth is the first thing tried);
 * - not containing the username, whatever the case;
 * - not one of the passwords people here use most (COMMON_PASSWORDS), whatever the case.
 */
export const MIN_PASSWORD_LENGTH = 10;
/** bcrypt reads only the first 72 bytes: a longer password would be silently cut. */
export const MAX_PASSWORD_LENGTH = 72;

export const PASSWORD_PROBLEMS = ["TOO_SHORT", "TOO_LONG", "ONLY_DIGITS", "CONTAINS_USERNAME", "TOO_COMMON"] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/**
 * Passwords long enough to pass the length rule that are still guessed first: the demo password
 * made longer, Vietnamese "mật khẩu" with digits, keyboard rows, the party's own words.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "1234567890",
  "0123456789",
  "12345678910",
  "matkhau123",
  "matkhau1234",
  "matkhau12345",
  "matkhaumoi1",
  "matkhaumoi123",
  "password123",
  "password1234",
  "password12345",
  "passw0rd123",
  "demo1234demo",
  "demo12345678",
  "qwertyuiop",
  "qwerty12345",
  "qwerty123456",
  "asdfghjkl1",
  "abc1234567",
  "abcd123456",
  "abcdef1234",
  "a123456789",
  "iloveyou123",
  "admin12345",
  "admin123456",
  "administrator",
  "quantri123",
  "quantri1234",
  "dangvien123",
  "dangcongsan",
  "dangcongsan1",
  "vietnam123",
  "vietnam1234",
  "hochiminh123",
  "changeme123",
  "welcome123",
]);

/** Every rule the password breaks, in a fixed order; empty when it may be used. */
export function passwordProblems(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Length in characters as the person sees them (an "ệ" typed as e + two marks counts once).
  const length = [...password.normalize("NFC")].length;
  if (length < MIN_PASSWORD_LENGTH) problems.push("TOO_SHORT");
  if (new TextEncoder().encode(password).length > MAX_PASSWORD_LENGTH) problems.push("TOO_LONG");
  if (/^\d+$/.test(password)) problems.push("ONLY_DIGITS");
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name.length > 0 && lower.includes(name)) problems.push("CONTAINS_USERNAME");
  if (COMMON_PASSWORDS.has(lower)) problems.push("TOO_COMMON");
  return problems;
}

export function isAcceptablePassword(password: string, username: string): boolean {
  return passwordProblems(password, username).length === 0;
}
