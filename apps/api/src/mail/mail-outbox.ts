import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SealedBox } from '../keys/sealed-box';
import type { MailKind, OutgoingMail } from './mail.types';
import { PgBossService } from './pg-boss.service';

const PURPOSE = 'mail-variables';

/** What a queued job holds: routing in clear, the variables (links with tokens, names) sealed. */
export interface MailJobData {
  readonly id: string;
  readonly kind: MailKind;
  readonly to: string;
  readonly language: OutgoingMail['language'];
  readonly sealed: string;
}

/** Queues e-mails in the caller's transaction; the worker sends them after the commit. */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly queue: PgBossService,
    private readonly box: SealedBox,
  ) {}

  /**
   * Queues one e-mail and answers its id (also its Message-ID and HubSpot sendId). A caller that has to
   * store the id in the same statement as its own row can choose it beforehand.
   */
  async enqueue<K extends MailKind>(
    tx: EntityManager,
    mail: Omit<OutgoingMail<K>, 'id'>,
    id: string = randomUUID(),
  ): Promise<string> {
    const data: MailJobData = {
      id,
      kind: mail.kind,
      to: mail.to,
      language: mail.language,
      sealed: this.box.seal(PURPOSE, JSON.stringify(mail.variables)),
    };
    await this.queue.sendInTransaction(tx, data, id);
    return id;
  }

  /** Throws when the e-mail cannot be opened: its key is unknown or retired, or it was tampered with. */
  async open(data: MailJobData): Promise<OutgoingMail> {
    const { sealed, ...routing } = data;
    return { ...routing, variables: JSON.parse(await this.box.open(PURPOSE, sealed)) as unknown } as OutgoingMail;
  }
}
