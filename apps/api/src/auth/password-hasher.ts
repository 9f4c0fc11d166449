import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { createHmac } from 'node:crypto';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';

/**
 * bcrypt reads only the first 72 bytes of its input. Passwords are first condensed with HMAC-SHA-256, so
 * every byte of a long password counts and two passwords that share a 72-byte prefix stay different.
 * Exported for tests that build a hash the way it was made before passwords were normalized.
 */
export function condense(password: string): string {
  return createHmac('sha256', 'cloudhub-password-v1').update(password, 'utf8').digest('base64');
}

/**
 * NIST SP 800-63B-4 (5.1.1.2): a password is normalized (NFKC) before it is hashed, so one typed with a
 * composed "é" and one with "e" + a combining accent, or full-width letters from an IME, are the same.
 */
export const normalizePassword = (password: string): string => password.normalize('NFKC');

/**
 * `rehash`: the password matched a hash made from its non-normalized form (before normalization came in);
 * the caller stores a new hash, so the next login matches however the password is typed.
 */
export type PasswordCheck = 'match' | 'rehash' | 'mismatch';

@Injectable()
export class PasswordHasher {
  /** Compared against when the account does not exist, so both answers take about the same time. */
  private readonly decoy: Promise<string>;

  constructor(@InjectConfig() private readonly config: RuntimeConfig) {
    this.decoy = this.hash('decoy password that never matches anything');
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(condense(normalizePassword(password)), this.config.bcryptCost);
  }

  /**
   * Compares the normalized password, and, only when normalizing changed it, the password as typed (a hash
   * from before normalization). The decoy takes the same path, so an unknown account answers alike.
   */
  async check(password: string, hash: string | undefined): Promise<PasswordCheck> {
    const against = hash ?? (await this.decoy);
    const normalized = normalizePassword(password);
    if (await bcrypt.compare(condense(normalized), against)) return hash === undefined ? 'mismatch' : 'match';
    if (normalized === password || !(await bcrypt.compare(condense(password), against))) return 'mismatch';
    return hash === undefined ? 'mismatch' : 'rehash';
  }

  async verify(password: string, hash: string | undefined): Promise<boolean> {
    return (await this.check(password, hash)) !== 'mismatch';
  }
}
