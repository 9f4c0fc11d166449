import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { typedQueries } from '../database/typed-queries';
import { Housekeeping } from '../housekeeping/housekeeping';

const NEWEST = 200;
/** Captured e-mails are for looking at during development, not an archive. */
const KEPT_DAYS = 7;

/** A message as the capture SMTP server caught it. */
export interface CapturedMessage {
  readonly messageId: string | null;
  readonly from: string;
  /** Lower-cased. */
  readonly to: string[];
  readonly subject: string;
  readonly text: string | null;
  readonly html: string | null;
}

/** The one writer of `dev_mail_messages`. */
@Injectable()
export class DevMailboxRepository implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly housekeeping: Housekeeping,
  ) {}

  onModuleInit(): void {
    this.housekeeping.register('old dev mailbox messages', () => this.deleteOld());
  }

  async store(message: CapturedMessage): Promise<void> {
    await typedQueries(this.dataSource)
      .insertInto('devMailMessages')
      .values({
        messageId: message.messageId,
        mailFrom: message.from,
        mailTo: message.to,
        subject: message.subject,
        textBody: message.text,
        htmlBody: message.html,
      })
      .execute();
  }

  /** Newest first; recipients are stored lower-cased, so `to` matches case-insensitively. */
  list(to: string | undefined) {
    let query = typedQueries(this.dataSource)
      .selectFrom('devMailMessages as message')
      .select([
        'message.id',
        'message.messageId',
        'message.mailFrom as from',
        'message.mailTo as to',
        'message.subject',
        'message.textBody as text',
        'message.htmlBody as html',
        'message.receivedAt',
      ])
      .orderBy('message.receivedAt', 'desc')
      .orderBy('message.id', 'desc')
      .limit(NEWEST);
    if (to) query = query.where((eb) => eb(eb.val(to), '=', eb.fn.any('message.mailTo')));
    return query.execute();
  }

  private async deleteOld(): Promise<number> {
    const result = await typedQueries(this.dataSource)
      .deleteFrom('devMailMessages')
      .where('receivedAt', '<', sql<Date>`now() - make_interval(days => ${KEPT_DAYS})`)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
