/**
 * Watches a version kept elsewhere (a counter in the database that every
 * write adds to) and calls `onChange` when it moved since the previous
 * reading. It reads at most once per `intervalMs`: callers within that time
 * go on without a reading, and callers while one is under way wait for it.
 */
export class VersionWatch {
  private version?: number;
  private readAt = -Infinity;
  private reading?: Promise<void>;

  constructor(
    private readonly options: {
      read: () => Promise<number>;
      onChange: () => void;
      intervalMs: number;
      now?: () => number;
    },
  ) {}

  /**
   * Resolves once what was read in the last `intervalMs` has been acted
   * on; rejects, and reads again next time, when reading fails.
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
      version => {
        if (this.version !== undefined && version !== this.version) {
          this.options.onChange();
        }
        this.version = version;
      },
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
}
