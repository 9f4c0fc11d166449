import { Injectable } from '@nestjs/common';
import type { DeliveryOutcome, MailKind } from './mail.types';

/** What an observer learns of each e-mail: its id, which the sender's module stored when it queued it. */
export interface DeliveredMail {
  readonly id: string;
  readonly kind: MailKind;
}

type Observer = (mailIds: readonly string[], outcome: DeliveryOutcome) => Promise<void>;

/**
 * Lets the module that queued an e-mail learn how its delivery went (e.g. the invitations table shows
 * queued, sent or failed with the reason) without the mail module knowing about invitations. Outcomes
 * come in batches, so that a busy queue costs one write per batch, not one per e-mail.
 */
@Injectable()
export class DeliveryObservers {
  private readonly observers = new Map<MailKind, Observer>();

  observe(kind: MailKind, observer: Observer): void {
    this.observers.set(kind, observer);
  }

  async notify(mails: readonly DeliveredMail[], outcome: DeliveryOutcome): Promise<void> {
    const byKind = new Map<MailKind, string[]>();
    for (const mail of mails) byKind.set(mail.kind, [...(byKind.get(mail.kind) ?? []), mail.id]);
    for (const [kind, ids] of byKind) await this.observers.get(kind)?.(ids, outcome);
  }
}
