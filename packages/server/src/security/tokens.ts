import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A random secret: 32 bytes, base64url, with an optional prefix (`ldr_` for API tokens). */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** What is stored instead of a secret. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function newId(): string {
  return randomUUID();
}

export const API_TOKEN_PREFIX = 'ldr_';
