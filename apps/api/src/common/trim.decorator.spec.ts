import { plainToInstance } from 'class-transformer';
import { Trim } from './trim.decorator';

class Sample {
  @Trim()
  name?: unknown;

  @Trim({ toLowerCase: true })
  to?: unknown;
}

describe('@Trim()', () => {
  it('trims text and, when asked, lower-cases it', () => {
    const sample = plainToInstance(Sample, { name: '  Anna Berg \n', to: ' Anna@Example.COM ' });
    expect(sample.name).toBe('Anna Berg');
    expect(sample.to).toBe('anna@example.com');
  });

  it('leaves values that are not text for the validators to refuse', () => {
    const sample = plainToInstance(Sample, { name: 42, to: ['x'] });
    expect(sample.name).toBe(42);
    expect(sample.to).toEqual(['x']);
  });

  it('leaves a missing field missing', () => {
    expect(plainToInstance(Sample, {}).name).toBeUndefined();
  });
});
