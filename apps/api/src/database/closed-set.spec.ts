import { allOf, isOneOf, oneOf, oneOfOrNull } from './closed-set';

const COLOURS = ['red', 'green'] as const;

describe('closed sets stored as text', () => {
  it('narrows a member of the set', () => {
    expect(isOneOf(COLOURS, 'red')).toBe(true);
    expect(oneOf(COLOURS, 'green')).toBe('green');
    expect(oneOfOrNull(COLOURS, null)).toBeNull();
    expect(allOf(COLOURS, ['red', 'green'])).toEqual(['red', 'green']);
  });

  it('refuses anything else instead of passing it on', () => {
    expect(isOneOf(COLOURS, 'Red')).toBe(false);
    expect(() => oneOf(COLOURS, 'blue')).toThrow('unexpected stored value: blue');
    expect(() => oneOfOrNull(COLOURS, '')).toThrow();
    expect(() => allOf(COLOURS, ['red', 'blue'])).toThrow();
  });
});
