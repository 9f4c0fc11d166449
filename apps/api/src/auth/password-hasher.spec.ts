import type { RuntimeConfig } from '../config/app-config';
import { PasswordHasher } from './password-hasher';

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
  });
});
