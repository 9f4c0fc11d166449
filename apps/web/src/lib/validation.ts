// Deliberately loose: the API decides what an address is; this only catches typos before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isBlank(value: string): boolean {
  return value.trim() === '';
}

export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}
