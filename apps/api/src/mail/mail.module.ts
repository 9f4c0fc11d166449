import { Global, Module } from '@nestjs/common';
import { KeysModule } from '../keys/keys.module';
import type { RuntimeConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DeliveryObservers } from './delivery-observers';
import { MailOutbox } from './mail-outbox';
import { MailWorker } from './mail-worker';
import { PgBossService } from './pg-boss.service';
import { HubSpotTransport } from './transports/hubspot.transport';
import { MAIL_TRANSPORT, type MailTransport } from './transports/mail-transport';
import { SmtpTransport } from './transports/smtp.transport';

/** HubSpot when it is configured, else SMTP (in development: the capture server). */
function createTransport(config: RuntimeConfig): MailTransport {
  if (config.hubspot) return new HubSpotTransport(config.hubspot, config.mailFrom);
  const domain = /@([^>\s]+)>?\s*$/.exec(config.mailFrom)?.[1] ?? 'cloudhub.invalid';
  return new SmtpTransport(config.smtpUrl, config.mailFrom, domain, config.mailConcurrency);
}

@Global()
@Module({
  imports: [KeysModule],
  providers: [
    PgBossService,
    MailOutbox,
    DeliveryObservers,
    MailWorker,
    { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: createTransport },
  ],
  exports: [MailOutbox, DeliveryObservers, PgBossService],
})
export class MailModule {}
