import { Injectable } from '@nestjs/common';
import { SecretBox } from '../common/secret-box';
import { KeyRing } from './key-ring';

/** The id of the key travels before the first dot; base64url never contains one. */
const SEPARATOR = '.';

export class UnknownKeyError extends Error {
  constructor(kid: string | undefined) {
    super(`sealed with key ${kid ?? '(none)'}, which is unknown or retired`);
    this.name = 'UnknownKeyError';
  }
}

/**
 * Seals secrets that must wait somewhere (an invitation link in the e-mail queue) with the current key,
 * and opens them with the key they name, so a rotation leaves what is already sealed readable.
 */
@Injectable()
export class SealedBox {
  private readonly boxes = new Map<string, SecretBox>();

  constructor(private readonly ring: KeyRing) {}

  seal(purpose: string, plain: string): string {
    const key = this.ring.current();
    return `${key.kid}${SEPARATOR}${this.box(key.kid, key.secret, purpose).seal(plain)}`;
  }

  /** Throws UnknownKeyError when the key is gone, or an error when the value was tampered with. */
  async open(purpose: string, sealed: string): Promise<string> {
    const at = sealed.indexOf(SEPARATOR);
    const kid = at < 0 ? undefined : sealed.slice(0, at);
    const key = await this.ring.find(kid);
    if (!key) throw new UnknownKeyError(kid);
    return this.box(key.kid, key.secret, purpose).open(sealed.slice(at + 1));
  }

  private box(kid: string, secret: string, purpose: string): SecretBox {
    const id = `${kid}:${purpose}`;
    let box = this.boxes.get(id);
    if (!box) {
      box = new SecretBox(secret, purpose);
      this.boxes.set(id, box);
    }
    return box;
  }
}
