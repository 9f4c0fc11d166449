import { tooManyRequests } from '../common/problem';

export const tooManyEventStreams = (limit: number, retryAfterSeconds: number) =>
  tooManyRequests(
    'too_many_event_streams',
    `You have ${limit} live event streams open already, one per open tab. Close a tab and try again.`,
    retryAfterSeconds,
  );
