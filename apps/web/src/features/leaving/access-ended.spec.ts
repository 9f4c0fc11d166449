import { describe, expect, it } from 'vitest';
import { accessEndedFrom, accessEndedState } from './access-ended';

describe('the access-ended notice in navigation state', () => {
  it('comes back as it was put', () => {
    const ended = { kind: 'left', companyName: 'Acme Devices GmbH', customerNumber: '100042' } as const;
    expect(accessEndedFrom(accessEndedState(ended))).toEqual(ended);
  });

  it('ignores any other state', () => {
    expect(accessEndedFrom(null)).toBeUndefined();
    expect(accessEndedFrom({ other: 1 })).toBeUndefined();
    expect(accessEndedFrom({ accessEnded: { kind: 'gone', companyName: 'A', customerNumber: '1' } })).toBeUndefined();
    expect(accessEndedFrom({ accessEnded: { kind: 'left', companyName: 1, customerNumber: '1' } })).toBeUndefined();
  });
});
