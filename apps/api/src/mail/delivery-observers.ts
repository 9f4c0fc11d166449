import { Injectable } from '@nestjs/common';
import type { DeliveryOutcome, MailKind, OutgoingMail } from './mail.types';

type Observer = (mail: OutgoingMail, outcome: DeliveryOutcome) => Promise<void>;

/**
 * Lets the module that queued an e-mail learn how its delivery went (e.g. the invitations table shows
 * queued, sent or failed with the reason) without the mail module knowing about invitations.
 */
@Injectable()
export class DeliveryObservers {
  private readonly observers = new Map<MailKind, Observer>();

  observe(kind: MailKind, observer: Observer): void {
    this.observers.set(kind, observer);
  }

  async notify(mail: OutgoingMail, outcome: DeliveryOutcome): Promise<void> {
    await this.observers.get(mail.kind)?.(mail, outcome);
  }
}
