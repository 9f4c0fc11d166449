import * as bcrypt from 'bcrypt';
import type { RuntimeConfig } from '../config/app-config';
import { condense, PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher({ bcryptCost: 4 } as RuntimeConfig);

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hasher.hash('correct horse battery staple');
    expect(hash).toMatch(/^\$2[aby]\$04\$/);
    await expect(hasher.verify('correct horse battery staple', hash)).resolves.toBe(true);
    await expect(hasher.verify('correct horse battery stapler', hash)).resolves.toBe(false);
  });

  it('tells apart long passwords that share their first 72 bytes (bcrypt alone would not)', async () => {
    const prefix = 'x'.repeat(72);
    const hash = await hasher.hash(`${prefix}-one`);
    await expect(hasher.verify(`${prefix}-two`, hash)).resolves.toBe(false);
    await expect(hasher.verify(`${prefix}-one`, hash)).resolves.toBe(true);
  });

  it('never matches when there is no account', async () => {
    await expect(hasher.verify('decoy password that never matches anything', undefined)).resolves.toBe(false);
    await expect(hasher.check('decoy password that never matches anything', undefined)).resolves.toBe('mismatch');
  });

  it('normalizes with NFKC: full-width letters and a decomposed accent match their plain forms', async () => {
    const fullWidth = await hasher.hash('ｐａｓｓｗｏｒｄ ｆｏｒ ｔｈｅ ｃｌｏｕｄ');
    await expect(hasher.check('password for the cloud', fullWidth)).resolves.toBe('match');
    const decomposed = await hasher.hash('cafe\u0301 au lait tous les matins');
    await expect(hasher.check('caf\u00e9 au lait tous les matins', decomposed)).resolves.toBe('match');
    await expect(hasher.check('cafe au lait tous les matins', decomposed)).resolves.toBe('mismatch');
  });

  it('still accepts a hash made from the non-normalized password, and asks for a new one', async () => {
    const typed = 'ｐａｓｓｗｏｒｄ ｆｏｒ ｔｈｅ ｃｌｏｕｄ';
    const legacy = await bcrypt.hash(condense(typed), 4);
    await expect(hasher.check(typed, legacy)).resolves.toBe('rehash');
    await expect(hasher.check('ｐａｓｓｗｏｒｄ ｆｏｒ ｔｈｅ ｃｌｏｕｄ!', legacy)).resolves.toBe('mismatch');
  });
});
