import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { CURSOR_MAX, PAGE_LIMIT_MAX } from '@cloudhub/validation-limits';

/** What every list answers: one page of items and the cursor of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

interface PageOptions {
  /**
   * At most this many items on a page; default: PAGE_LIMIT_MAX, the largest `limit` a client may ask for.
   * null: the list is not paged and has no bound of its own (a customer's roles).
   */
  readonly maxItems?: number | null;
  /** What `nextCursor` is on this list, e.g. that it is always null because the list fits on one page. */
  readonly nextCursor?: string;
}

/**
 * The `Page<T>` shape of one item type, for a named list DTO:
 * `export class MemberListDto extends PageDto(MemberDto) {}` keeps the schema name (`MemberListDto`) and
 * its item type explicit in the OpenAPI document.
 */
export function PageDto<T>(item: Type<T>, options: PageOptions = {}): Type<Page<T>> {
  class PageOfItems implements Page<T> {
    @ApiProperty({
      type: [item],
      ...(options.maxItems === null ? {} : { maxItems: options.maxItems ?? PAGE_LIMIT_MAX }),
    })
    items!: T[];

    @ApiProperty({
      type: 'string',
      nullable: true,
      maxLength: CURSOR_MAX,
      description: options.nextCursor ?? 'Pass as `cursor` for the next page; null on the last.',
    })
    nextCursor!: string | null;
  }
  return PageOfItems;
}
