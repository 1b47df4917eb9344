import type { Logger } from 'pino';
import { type ContentChangeHandlers, ContentChangeListener } from './content-change-listener.js';

/** What is kept from public content and must be dropped when it changes (`KeptValues`). */
export interface KeptFromContent {
  /** Keep values only while changes are known to reach this process. */
  setEnabled(listening: boolean): void;
  /** Drop what was kept: public content changed. */
  clear(): void;
}

/**
 * The content change notifications of the database (ADR 0019) for everything a process keeps
 * from public content: the public answers, the events registration reads, the consent texts.
 * One listening connection per process; while it is lost, nothing is kept.
 */
export class ContentChanges implements ContentChangeHandlers {
  private readonly kept = new Set<KeptFromContent>();
  private readonly listener?: ContentChangeListener;
  private listening = false;

  /** Without a database to listen to, it never listens: nothing is kept (`PUBLIC_CACHE_SECONDS=0`). */
  constructor(source?: { databaseUrl: string; logger: Logger }) {
    if (source) this.listener = new ContentChangeListener(source.databaseUrl, this, source.logger);
  }

  /** Registers something kept from public content; it is enabled while changes are heard. */
  keep<K extends KeptFromContent>(kept: K): K {
    this.kept.add(kept);
    kept.setEnabled(this.listening);
    return kept;
  }

  /** Connects in the background (see `ContentChangeListener`). */
  start(): void {
    this.listener?.start();
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
  }

  onListening(listening: boolean): void {
    this.listening = listening;
    for (const kept of this.kept) kept.setEnabled(listening);
  }

  onChange(): void {
    for (const kept of this.kept) kept.clear();
  }
}
