import { setTimeout as sleep } from 'node:timers/promises';

/** The time source of a limiter; tests give their own. */
export interface LimiterClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const systemClock: LimiterClock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    await sleep(ms, undefined, { signal });
  },
};

/**
 * Spaces the requests to each host evenly: at most `requestsPerMinute` a
 * minute, no bursts. Hosts do not wait for each other.
 */
export class HostRateLimiter {
  /** Per host, the earliest moment of its next request. */
  private readonly nextSlot = new Map<string, number>();
  private readonly intervalMs: number;

  constructor(
    requestsPerMinute: number,
    private readonly clock: LimiterClock = systemClock,
  ) {
    this.intervalMs = 60_000 / requestsPerMinute;
  }

  /** Waits for the host's next free slot and takes it. */
  async take(host: string, signal?: AbortSignal): Promise<void> {
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? now);
    this.nextSlot.set(host, slot + this.intervalMs);
    if (slot > now) {
      await this.clock.sleep(slot - now, signal);
    }
  }
}
