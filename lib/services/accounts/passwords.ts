import "server-only";
import { randomInt } from "node:crypto";
import bcrypt from "bcryptjs";
import { isAcceptablePassword } from "@/lib/domain/password-policy";

/** bcrypt's cost, as for the demo accounts (prisma/demo/seed-demo.ts) and the sign-in's dummy hash. */
const BCRYPT_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function passwordMatches(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// No 0/O, 1/l/I: the password is read off a screen and typed, or dictated on the phone.
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/**
 * A one-time password for a new account or a reset: three groups of four characters
 * ("k7mp-x3qa-9vwe", 60 bits from the system's CSPRNG), always acceptable to the password policy
 * (lib/domain/password-policy.ts). Shown once, stored only as its hash, and replaced by the person
 * at their first sign-in.
 */
export function newOneTimePassword(username: string): string {
  for (;;) {
    const groups = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
    const password = groups.join("-");
    if (isAcceptablePassword(password, username)) return password;
  }
}
