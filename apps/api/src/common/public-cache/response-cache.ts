/** A finished public answer, as it went out. */
export interface CachedResponse {
  /** The body exactly as sent (already serialised). */
  body: string;
  /** Headers the route set itself (content type, cache control, disposition). */
  headers: Record<string, string>;
}

/** A kept answer, encoded once for all the times it is sent. */
export interface KeptResponse {
  body: Buffer;
  /** Bytes of the body. */
  length: number;
  headers: Record<string, string>;
}

interface Entry extends KeptResponse {
  expiresAt: number;
}

export interface ResponseCacheOptions {
  /** How long an answer is served at most, in milliseconds. */
  ttlMs: number;
  /** Answers kept at most; the least recently used goes first. */
  maxEntries: number;
  /** Bodies larger than this (bytes) are not kept. */
  maxBodyLength: number;
}

/**
 * Serialised public answers of one process, keyed by request URL. Time-bound (answers depend on
 * the clock: an event's phase, the upcoming list) and cleared on every content change.
 *
 * A read that started before a change must not store what it read after the change was
 * announced: callers take a `generation()` when the request starts and hand it to `set`, which
 * refuses answers from an older generation.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private currentGeneration = 0;
  private enabled = false;

  constructor(private readonly options: ResponseCacheOptions) {}

  generation(): number {
    return this.currentGeneration;
  }

  /** Answers are kept only while this is true, i.e. while changes are known to reach us. */
  isEnabled(): boolean {
    return this.enabled;
  }

  /** Starts (or stops) keeping answers; either way, what was kept is dropped. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.clear();
  }

  get(key: string, now: number): KeptResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    // Map keeps insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps an answer unless caching is off, the body is too large or content changed meanwhile. */
  set(key: string, response: CachedResponse, generation: number, now: number): boolean {
    if (!this.enabled || generation !== this.currentGeneration) return false;
    const body = Buffer.from(response.body);
    if (body.length > this.options.maxBodyLength) return false;
    this.entries.delete(key);
    this.entries.set(key, {
      body,
      length: body.length,
      headers: response.headers,
      expiresAt: now + this.options.ttlMs,
    });
    while (this.entries.size > this.options.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return true;
  }

  /** Drops every answer and makes reads in flight unable to store theirs. */
  clear(): void {
    this.currentGeneration += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
