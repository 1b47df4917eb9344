import pg from 'pg';
import type { Logger } from 'pino';

/** Raised by the triggers of migration PublicContentChanges on every write to public content. */
export const CONTENT_CHANNEL = 'public_content_changed';

export interface ContentChangeHandlers {
  /** Called with true once listening, with false as soon as the connection is lost. */
  onListening(listening: boolean): void;
  /** Some public content changed (in any process, or by hand in the database). */
  onChange(): void;
}

/**
 * Keeps one connection of its own (outside the pool) that LISTENs for content changes, and
 * reconnects when it is lost. While it is not listening, changes may go unnoticed, so the
 * handlers are told and the cache stops keeping answers.
 */
export class ContentChangeListener {
  private client?: pg.Client;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly handlers: ContentChangeHandlers,
    private readonly logger: Logger,
    private readonly retryMs = 1000,
  ) {}

  /** Connects in the background; never throws (the API works without the cache). */
  start(): void {
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    this.handlers.onListening(false);
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: 'stadtgespraech-api-listen',
      keepAlive: true,
    });
    this.client = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', () => this.handlers.onChange());
    try {
      await client.connect();
      await client.query(`LISTEN ${CONTENT_CHANNEL}`);
      if (this.client !== client) return;
      this.handlers.onListening(true);
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: pg.Client, error?: Error): void {
    // 'error' and 'end' both come for one loss; act once, and only for the current client.
    if (this.client !== client) return;
    this.client = undefined;
    this.handlers.onListening(false);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(
      { err: error?.message },
      'content change listener lost its connection; public answers are not cached until it is back',
    );
    this.retry = setTimeout(() => void this.connect(), this.retryMs);
    this.retry.unref();
  }
}
