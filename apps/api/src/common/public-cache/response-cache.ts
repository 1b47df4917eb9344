import { KeptValues } from './kept-values.js';

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

export interface ResponseCacheOptions {
  /** How long an answer is served at most, in milliseconds. */
  ttlMs: number;
  /** Answers kept at most; the least recently used goes first. */
  maxEntries: number;
  /** Bodies larger than this (bytes) are not kept. */
  maxBodyLength: number;
}

/**
 * Serialised public answers of one process, keyed by request URL: `KeptValues` of encoded
 * bodies. Time-bound (answers depend on the clock: an event's phase, the upcoming list) and
 * cleared on every content change.
 */
export class ResponseCache extends KeptValues<KeptResponse> {
  constructor(private readonly responseOptions: ResponseCacheOptions) {
    super(responseOptions);
  }

  /** Keeps an answer unless caching is off, the body is too large or content changed meanwhile. */
  setResponse(key: string, response: CachedResponse, generation: number, now: number): boolean {
    const body = Buffer.from(response.body);
    if (body.length > this.responseOptions.maxBodyLength) return false;
    return this.set(key, { body, length: body.length, headers: response.headers }, generation, now);
  }
}
