import { containsPattern } from './like-pattern';

describe('containsPattern', () => {
  it('finds the text anywhere', () => {
    expect(containsPattern('anna')).toBe('%anna%');
  });

  it('takes the wildcards and the escape character literally', () => {
    expect(containsPattern('50%_off')).toBe('%50\\%\\_off%');
    expect(containsPattern('back\\slash')).toBe('%back\\\\slash%');
  });

  it('keeps an empty search a match for everything', () => {
    expect(containsPattern('')).toBe('%%');
  });
});
