import { randomBytes } from 'node:crypto';

import { StoreError } from '@gongkai/api-persistence';
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 10;

/** argon2id with the library's defaults (19 MiB, 2 passes): OWASP's minimum. */
export function hashPassword(password: string): Promise<string> {
  checkPassword(password);
  return hash(password);
}

export async function verifyPassword(
  passwordHash: string,
  password: string,
): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 200) {
    throw new StoreError(
      'INVALID_ARGUMENT',
      `密码须为 ${MIN_PASSWORD_LENGTH}–200 个字符。`,
      `A password has ${MIN_PASSWORD_LENGTH} to 200 characters.`,
    );
  }
}

/** A password for the first administrator when none is configured. */
export function randomPassword(): string {
  return randomBytes(15).toString('base64url');
}

/** A session token: 256 random bits; only its SHA-256 is stored. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}
