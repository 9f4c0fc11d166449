import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { createHmac } from 'node:crypto';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';

/**
 * bcrypt reads only the first 72 bytes of its input. Passwords are first condensed with HMAC-SHA-256, so
 * every byte of a long password counts and two passwords that share a 72-byte prefix stay different.
 */
function condense(password: string): string {
  return createHmac('sha256', 'cloudhub-password-v1').update(password, 'utf8').digest('base64');
}

@Injectable()
export class PasswordHasher {
  /** Compared against when the account does not exist, so both answers take about the same time. */
  private readonly decoy: Promise<string>;

  constructor(@InjectConfig() private readonly config: RuntimeConfig) {
    this.decoy = this.hash('decoy password that never matches anything');
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(condense(password), this.config.bcryptCost);
  }

  async verify(password: string, hash: string | undefined): Promise<boolean> {
    const matches = await bcrypt.compare(condense(password), hash ?? (await this.decoy));
    return matches && hash !== undefined;
  }
}
