import { Logger } from '@nestjs/common';
import { invitationQuotaExceeded } from './invitations.errors';
import { sendInOrder } from './invitation-send-outcome';

describe('sending many rows in order', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('reports the rows done, and after a server error that row and the rest as not done, untried', async () => {
    const tried: string[] = [];
    const results = await sendInOrder(['a', 'b', 'c', 'd'], (row) => {
      tried.push(row);
      return row === 'b' ? Promise.reject(new Error('connection terminated')) : Promise.resolve(row.toUpperCase());
    });
    expect(tried).toEqual(['a', 'b']);
    expect(results.map((result) => result.sent ?? result.refused?.outcome)).toEqual([
      'A',
      'not_done',
      'not_done',
      'not_done',
    ]);
    expect(results[1].refused?.error).toMatchObject({ field: 'email', code: 'notDone' });
  });

  it('stops trying once the daily limit refuses a row, and refuses the rest for it', async () => {
    const tried: string[] = [];
    const results = await sendInOrder(['a', 'b', 'c'], (row) => {
      tried.push(row);
      return row === 'b' ? Promise.reject(invitationQuotaExceeded(5, new Date(), 60)) : Promise.resolve(row);
    });
    expect(tried).toEqual(['a', 'b']);
    expect(results.map((result) => result.sent ?? result.refused?.outcome)).toEqual([
      'a',
      'over_daily_limit',
      'over_daily_limit',
    ]);
  });
});
