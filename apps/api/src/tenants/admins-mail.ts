import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailOutbox } from '../mail/mail-outbox';
import type { MailKind, MailVariables, OutgoingMail } from '../mail/mail.types';
import { TenantDirectory, type Person, type TenantProfile } from './tenant-directory';

/** E-mails to every admin of a customer, each in the admin's own language, inside the caller's transaction. */
@Injectable()
export class AdminsMail {
  constructor(
    private readonly directory: TenantDirectory,
    private readonly outbox: MailOutbox,
  ) {}

  /** Answers how many admins were e-mailed. */
  async send<K extends MailKind>(
    tx: EntityManager,
    tenantId: string,
    kind: K,
    variables: (admin: Person, tenant: TenantProfile) => MailVariables[K],
  ): Promise<number> {
    const tenant = await this.directory.profile(tenantId, tx);
    const admins = await this.directory.admins(tenantId, tx);
    for (const admin of admins) {
      const mail = { kind, to: admin.email, language: admin.language, variables: variables(admin, tenant) };
      // TypeScript cannot see that `{ kind: K, variables: MailVariables[K] }` is one member of the union for a
      // generic K; the signature above already ties the two together for every caller.
      await this.outbox.enqueue<K>(tx, mail as Omit<OutgoingMail<K>, 'id'>);
    }
    return admins.length;
  }
}
