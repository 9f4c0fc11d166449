import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SecretBox } from '../common/secret-box';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import type { MailKind, OutgoingMail } from './mail.types';
import { PgBossService } from './pg-boss.service';

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
  private readonly box: SecretBox;

  constructor(
    private readonly queue: PgBossService,
    @InjectConfig() config: RuntimeConfig,
  ) {
    this.box = new SecretBox(config.jwtSecret, 'mail-variables');
  }

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
      sealed: this.box.seal(JSON.stringify(mail.variables)),
    };
    await this.queue.sendInTransaction(tx, data, id);
    return id;
  }

  open(data: MailJobData): OutgoingMail {
    const { sealed, ...routing } = data;
    return { ...routing, variables: JSON.parse(this.box.open(sealed)) as unknown } as OutgoingMail;
  }
}
