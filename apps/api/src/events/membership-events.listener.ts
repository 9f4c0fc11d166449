import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { MEMBERSHIP_EVENTS_CHANNEL, parseMembershipChange, RESYNC } from './membership-event';
import { MembershipEventsHub } from './membership-events.hub';

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 30_000;
/** Connecting, LISTEN and the liveness probe: longer than this and the connection counts as lost. */
const RESPONSE_TIMEOUT_MS = 5_000;

/**
 * Delay before reconnection attempt `attempt` (0 for the first): doubling from 0.1 s up to 30 s, each a
 * random point in the upper half, so that instances losing the database together do not return in step.
 */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * LISTENs for membership changes on one dedicated connection per instance, outside the TypeORM pool: a
 * pooled or transaction-mode (PgBouncer) connection would lose the session that LISTEN lives in. A lost
 * connection is replaced with backoff; a connection that silently died is found by a periodic probe.
 */
@Injectable()
export class MembershipEventsListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MembershipEventsListener.name);
  /** The connection in use or being opened; undefined while waiting to retry and after shutdown. */
  private connection: Client | undefined;
  private failedAttempts = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private probeTimer: NodeJS.Timeout | undefined;

  constructor(
    @InjectConfig() private readonly config: RuntimeConfig,
    private readonly hub: MembershipEventsHub,
  ) {}

  /** Start-up waits for the first LISTEN, so that no change made once the app is up goes unheard. */
  onModuleInit(): Promise<void> {
    return this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.retryTimer);
    clearInterval(this.probeTimer);
    const connection = this.connection;
    this.connection = undefined;
    await connection?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const connection = new Client({
      connectionString: this.config.eventsDatabaseUrl ?? this.config.databaseUrl,
      application_name: 'cloudhub-api-events',
      connectionTimeoutMillis: RESPONSE_TIMEOUT_MS,
      query_timeout: RESPONSE_TIMEOUT_MS,
      keepAlive: true,
    });
    this.connection = connection;
    connection.on('notification', ({ payload }) => this.deliver(payload));
    connection.on('error', (error) => this.lost(connection, error));
    connection.on('end', () => this.lost(connection, new Error('the connection was closed')));
    try {
      await connection.connect();
      await connection.query(`LISTEN ${MEMBERSHIP_EVENTS_CHANNEL}`);
    } catch (error) {
      this.lost(connection, error);
      return;
    }
    if (connection !== this.connection) return; // shut down meanwhile
    if (this.failedAttempts > 0) this.logger.log('listening for membership changes again');
    this.failedAttempts = 0;
    this.probeTimer = setInterval(() => this.probe(connection), this.config.eventsHeartbeatSeconds * 1000);
    // Changes committed while nothing listened were not heard: open streams are told to re-read.
    this.hub.publishToEveryone(RESYNC);
  }

  private deliver(payload: string | undefined): void {
    const change = parseMembershipChange(payload);
    if (!change) {
      this.logger.warn(`ignored a malformed notification on ${MEMBERSHIP_EVENTS_CHANNEL}: ${payload}`);
      return;
    }
    this.hub.publish(change.userId, { tenantId: change.tenantId, kind: change.kind });
  }

  private probe(connection: Client): void {
    connection.query('SELECT 1').catch((error: unknown) => this.lost(connection, error));
  }

  /** Drops a connection that failed, once however many ways it reports that, and schedules the next one. */
  private lost(connection: Client, error: unknown): void {
    if (connection !== this.connection) return;
    this.connection = undefined;
    clearInterval(this.probeTimer);
    connection.end().catch(() => undefined);
    const delay = reconnectDelayMs(this.failedAttempts++);
    this.logger.warn(
      `lost the LISTEN connection (${error instanceof Error ? error.message : String(error)}); retrying in ${delay} ms`,
    );
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }
}
