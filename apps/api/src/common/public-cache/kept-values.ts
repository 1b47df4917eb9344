interface Entry<V> {
  value: V;
  expiresAt: number;
}

export interface KeptValuesOptions {
  /** How long a value is kept at most, in milliseconds. */
  ttlMs: number;
  /** Values kept at most; the least recently used goes first. */
  maxEntries: number;
}

/**
 * Values read from public content, kept per process for a short time and dropped on every
 * content change (`ContentChanges`, ADR 0019). Keeps nothing while it is disabled, i.e. while
 * changes are not known to reach this process.
 *
 * A read that started before a change must not store what it read after the change was
 * announced: callers take a `generation()` before reading and hand it to `set`, which refuses
 * values from an older generation.
 */
export class KeptValues<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private currentGeneration = 0;
  private enabled = false;

  constructor(private readonly options: KeptValuesOptions) {}

  generation(): number {
    return this.currentGeneration;
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  /** Starts (or stops) keeping values; either way, what was kept is dropped. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.clear();
  }

  get(key: string, now: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    // Map keeps insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps a value unless keeping is off or content changed since `generation`. */
  set(key: string, value: V, generation: number, now: number): boolean {
    if (!this.enabled || generation !== this.currentGeneration) return false;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: now + this.options.ttlMs });
    while (this.entries.size > this.options.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return true;
  }

  /**
   * The kept value of `key`, or what `read` answers, kept for the next caller (`undefined` is
   * not kept).
   */
  async through(key: string, read: () => Promise<V | undefined>): Promise<V | undefined> {
    const kept = this.get(key, Date.now());
    if (kept !== undefined) return kept;
    const generation = this.currentGeneration;
    const value = await read();
    if (value !== undefined) this.set(key, value, generation, Date.now());
    return value;
  }

  /** Drops every value and makes reads in flight unable to store theirs. */
  clear(): void {
    this.currentGeneration += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** `value` with every nested object and array frozen: kept values are shared by all requests. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
}
