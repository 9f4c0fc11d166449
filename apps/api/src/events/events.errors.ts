import { tooManyRequests } from '../common/problem';

export enum EventsProblemCode {
  TooManyEventStreams = 'too_many_event_streams',
}

declare module '../common/problem' {
  interface ProblemCodes {
    events: EventsProblemCode;
  }
}

export const tooManyEventStreams = (limit: number, retryAfterSeconds: number) =>
  tooManyRequests(
    EventsProblemCode.TooManyEventStreams,
    `You have ${limit} live event streams open already, one per open tab. Close a tab and try again.`,
    retryAfterSeconds,
  );
