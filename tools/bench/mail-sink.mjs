// The SMTP server the API sends to during the bench (SMTP_URL points here): it stores nothing but the
// moment each message was fully received per recipient, in this process's clock, so the time from an
// invitation's 201 to its e-mail's arrival is measured without a mailbox to poll.
import { performance } from 'node:perf_hooks';
import { SMTPServer } from 'smtp-server';
import { freePort, waitFor } from './processes.mjs';

/** Invitees of every case get an address in this domain, so their e-mails can be told from others. */
export const INVITEE_DOMAIN = 'invitee.example.com';

export async function startMailSink() {
  const arrivals = new Map(); // recipient -> performance.now() at the end of DATA
  let invitationMails = 0;
  let messages = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      stream.on('data', () => undefined); // the body is not needed, only when it ends
      stream.on('end', () => {
        const at = performance.now();
        messages++;
        for (const { address } of session.envelope.rcptTo) {
          const recipient = address.toLowerCase();
          if (recipient.endsWith(`@${INVITEE_DOMAIN}`)) invitationMails++;
          arrivals.set(recipient, at);
        }
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  server.on('error', (error) => console.error(`mail sink: ${error.message}`));
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrivalOf: (recipient) => arrivals.get(recipient.toLowerCase()),
    get invitationMails() {
      return invitationMails;
    },
    get messages() {
      return messages;
    },
    /** Forgets arrival times (they are only needed per latency run); counts stay. */
    forget: () => arrivals.clear(),
    /**
     * Waits until `expected` invitation e-mails have arrived in total, so that the next measurement does
     * not share the machine with the previous one's backlog of e-mails. Returns the seconds it took.
     */
    async drain(expected, timeoutMs = 600_000) {
      const started = performance.now();
      try {
        await waitFor('the invitation e-mails', () => invitationMails >= expected, { timeoutMs, intervalMs: 200 });
      } catch (error) {
        throw new Error(`${error.message}: ${invitationMails} of ${expected} arrived`);
      }
      return (performance.now() - started) / 1000;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
