import { describe, expect, it } from 'vitest';
import { hasSessionHint } from './session-hint';

describe('hasSessionHint', () => {
  it.each([
    ['cloudhub_session=1', true],
    ['cloudhub.language=de; cloudhub_session=1', true],
    ['', false],
    ['cloudhub.language=de', false],
    ['not_cloudhub_session=1', false],
  ])('%p: %p', (cookies, expected) => {
    expect(hasSessionHint(cookies)).toBe(expected);
  });
});
