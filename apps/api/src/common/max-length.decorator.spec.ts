import { validateSync } from 'class-validator';
import { MaxLength } from './max-length.decorator';

class Named {
  @MaxLength(5, { message: 'must be at most 5 characters' })
  name!: string;
}

const errorsOf = (name: string) => {
  const named = Object.assign(new Named(), { name });
  return validateSync(named).flatMap((error) => Object.keys(error.constraints ?? {}));
};

describe('MaxLength', () => {
  it('counts characters as code points: an emoji is one, a variation selector is one too', () => {
    expect(errorsOf('Änne')).toEqual([]);
    expect(errorsOf('😀😀😀😀😀')).toEqual([]);
    expect(errorsOf('😀😀😀😀😀😀')).toEqual(['maxLength']);
    // class-validator's own MaxLength counted this as one character.
    expect(errorsOf(`a${'\uFE0F'.repeat(10_000)}`)).toEqual(['maxLength']);
  });

  it('refuses what is not text', () => {
    expect(errorsOf(42 as unknown as string)).toEqual(['maxLength']);
  });
});
