/**
 * Follows a version kept elsewhere (a counter in the database that every
 * write adds to, so that it only grows). It reads at most once per
 * `intervalMs`: callers within that time go on with the version known, and
 * callers while a reading is under way wait for it.
 */
export class VersionWatch {
  private known?: number;
  private readAt = -Infinity;
  private reading?: Promise<void>;

  constructor(
    private readonly options: {
      read: () => Promise<number>;
      intervalMs: number;
      now?: () => number;
    },
  ) {}

  /** The latest version read or observed; none before the first reading. */
  get version(): number | undefined {
    return this.known;
  }

  /**
   * Resolves once a reading of the last `intervalMs` is known; rejects, and
   * reads again next time, when reading fails.
   */
  check(): Promise<void> {
    if (this.reading) {
      return this.reading;
    }
    const now = (this.options.now ?? Date.now)();
    if (now - this.readAt < this.options.intervalMs) {
      return Promise.resolve();
    }
    this.readAt = now;
    const reading = this.options.read().then(
      version => this.observe(version),
      error => {
        this.readAt = -Infinity;
        throw error;
      },
    );
    this.reading = reading;
    const done = () => {
      this.reading = undefined;
    };
    reading.then(done, done);
    return reading;
  }

  /**
   * Takes `version` as known: for a version the caller made itself. A
   * reading that started before and brings an older one changes nothing.
   */
  observe(version: number) {
    this.known = Math.max(this.known ?? version, version);
  }
}
