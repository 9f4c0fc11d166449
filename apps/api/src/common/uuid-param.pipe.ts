import { ParseUUIDPipe } from '@nestjs/common';
import type { ProblemError } from './problem';

/** A path id that is not even a UUID cannot name anything: answer the resource's own 404. */
export const UuidParam = (notFound: () => ProblemError) => new ParseUUIDPipe({ exceptionFactory: notFound });
