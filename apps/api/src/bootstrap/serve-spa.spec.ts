import { preferredEncoding } from './serve-spa';

const BOTH = ['br', 'gzip'] as const;

describe('preferredEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', BOTH, 'br'],
    ['gzip, deflate', BOTH, 'gzip'],
    ['br;q=0.5, gzip', BOTH, 'gzip'],
    ['br;q=0, *', BOTH, 'gzip'],
    ['*', BOTH, 'br'],
    ['*;q=0.5, gzip;q=0', BOTH, 'br'],
    ['GZIP', BOTH, 'gzip'],
    ['gzip, br', ['gzip'] as const, 'gzip'],
  ])('picks a coding for %p', (header, available, expected) => {
    expect(preferredEncoding(header, available)).toBe(expected);
  });

  it.each([undefined, '', 'identity', 'deflate', 'br;q=0, gzip;q=0', 'br;q=0.1, identity', '*;q=0'])(
    'sends the file as it is for %p',
    (header) => {
      expect(preferredEncoding(header, BOTH)).toBeUndefined();
    },
  );

  it('sends nothing compressed when the build wrote no compressed copy', () => {
    expect(preferredEncoding('br, gzip', [])).toBeUndefined();
  });
});
