import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { createHash, createSecretKey, type KeyObject } from 'node:crypto';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { SigningKeysRepository, type StoredKey } from './signing-keys.repository';

export interface SigningKey {
  /** Travels with what the key made: a token's `kid` header, a sealed value's prefix. */
  readonly kid: string;
  readonly secret: string;
  /** Made once: building a key per request is expensive. */
  readonly key: KeyObject;
}

/** How often an instance looks for keys another instance (or the rotation command) added. */
const RELOAD_SECONDS = 60;
/** An unknown kid makes an instance look at once, but not more often than this. */
const UNKNOWN_KID_RELOAD_MS = 1000;

/**
 * The keys this instance signs, verifies, seals and opens with. With JWT_SECRET (and JWT_PREVIOUS_SECRETS)
 * they come from the environment; without, from the database, so that every instance agrees.
 */
@Injectable()
export class KeyRing implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(KeyRing.name);
  private keys: SigningKey[] = [];
  private lastReload = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stored: SigningKeysRepository,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  get fromDatabase(): boolean {
    return !this.config.jwtSecret;
  }

  /** After the migrations (they run in onModuleInit), before the mail worker starts (a module that imports this one). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.fromDatabase) {
      this.keys = [this.config.jwtSecret!, ...this.config.jwtPreviousSecrets].map(environmentKey);
      return;
    }
    await this.stored.ensureOne();
    await this.reload();
    this.timer = setInterval(() => {
      this.reload().catch((error: unknown) => this.logger.warn({ err: error }, 'could not reload signing keys'));
    }, RELOAD_SECONDS * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** The key that signs and seals now. */
  current(): SigningKey {
    return this.keys[0];
  }

  /**
   * The key with this id, looking in the database once more if it is new to this instance; undefined
   * when it is unknown or retired. No id (made before keys had ids): the current key.
   */
  async find(kid: string | undefined): Promise<SigningKey | undefined> {
    if (kid === undefined) return this.current();
    const known = this.keys.find((key) => key.kid === kid);
    if (known || !this.fromDatabase || Date.now() - this.lastReload < UNKNOWN_KID_RELOAD_MS) return known;
    await this.reload();
    return this.keys.find((key) => key.kid === kid);
  }

  /** Reads the keys again (every minute by itself; at once when a token or e-mail names an unknown key). */
  async reload(): Promise<void> {
    this.lastReload = Date.now();
    const keys = (await this.stored.active()).map(storedKey);
    if (keys.length > 0) this.keys = keys;
  }
}

const storedKey = (stored: StoredKey): SigningKey => ({
  kid: stored.kid,
  secret: stored.secret,
  key: createSecretKey(Buffer.from(stored.secret)),
});

function environmentKey(secret: string): SigningKey {
  const kid = `env-${createHash('sha256').update(secret).digest('hex').slice(0, 12)}`;
  return { kid, secret, key: createSecretKey(Buffer.from(secret)) };
}
