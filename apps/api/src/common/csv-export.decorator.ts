import { applyDecorators, Get, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiProblems } from './api-problems.decorator';
import { CSV_MEDIA_TYPE } from './csv';
import { RateLimit } from './rate-limit.decorator';

/** Each export reads a whole table (100 000 rows in seconds): a client may start a few a minute. */
const EXPORTS_PER_MINUTE = 10;

/**
 * `GET …/export` of a table as CSV (`common/csv.ts`), rate-limited per client and documented alike for every
 * table: the columns go into the description.
 */
export function CsvExport(operation: { operationId: string; summary: string; columns: string }): MethodDecorator {
  return applyDecorators(
    Get('export'),
    UseGuards(ThrottlerGuard),
    ApiOperation({
      operationId: operation.operationId,
      summary: operation.summary,
      description:
        `All rows, not one page, in the \`sort\` order; UTF-8 with a byte order mark. Columns: ${operation.columns}. ` +
        'A cell that a spreadsheet would read as a formula starts with an apostrophe.',
    }),
    ApiProduces(CSV_MEDIA_TYPE),
    ApiOkResponse({ description: 'The CSV file.', schema: { type: 'string', format: 'binary' } }),
    ApiProblems(400, 401, 403, 404, 429),
    // Applied after the responses it adds its headers to (see RateLimit).
    RateLimit(EXPORTS_PER_MINUTE, 60_000),
  );
}
