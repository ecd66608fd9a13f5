interface Entry<T> {
  expiresAt: number;
  value: Promise<T>;
  settled?: T;
}

/**
 * Remembers computed values for a while, in this process. Concurrent
 * requests for a key share one computation; a failed computation is not
 * remembered. It holds what Backstage's cache service cannot: the callers'
 * viewer lists, objects whose state changes while they are cached.
 */
export class ExpiringCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly options: {
      ttlMs: number;
      maxEntries: number;
      now?: () => number;
    },
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = (this.options.now ?? Date.now)();
    const found = this.entries.get(key);
    if (found && found.expiresAt > now) {
      return found.value;
    }
    this.prune(now);
    const entry: Entry<T> = {
      expiresAt: now + this.options.ttlMs,
      value: compute(),
    };
    entry.value.then(
      value => {
        entry.settled = value;
      },
      () => {
        if (this.entries.get(key) === entry) {
          this.entries.delete(key);
        }
      },
    );
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * Forgets one key, so that its next `get` computes anew; given `value`,
   * only while the key still holds it rather than a newer computation.
   */
  delete(key: string, value?: T) {
    const found = this.entries.get(key);
    if (found && (value === undefined || found.settled === value)) {
      this.entries.delete(key);
    }
  }

  private prune(now: number) {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) {
        this.entries.delete(key);
      }
    }
    // The oldest entries come first in a Map.
    for (const key of this.entries.keys()) {
      if (this.entries.size < this.options.maxEntries) {
        break;
      }
      this.entries.delete(key);
    }
  }
}
