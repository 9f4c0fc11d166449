import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('a master secret that is long enough', 'test');

  it('opens what it sealed, and seals the same text differently each time', () => {
    const sealed = box.seal('https://example.test/invite#token=abc');
    expect(sealed).not.toContain('token');
    expect(box.open(sealed)).toBe('https://example.test/invite#token=abc');
    expect(box.seal('same')).not.toBe(box.seal('same'));
  });

  it('refuses tampered ciphertext and another purpose’s key', () => {
    const sealed = box.seal('secret');
    const tampered = Buffer.from(sealed, 'base64url');
    tampered[tampered.length - 1] ^= 1;
    expect(() => box.open(tampered.toString('base64url'))).toThrow();
    expect(() => new SecretBox('a master secret that is long enough', 'other').open(sealed)).toThrow();
  });
});
