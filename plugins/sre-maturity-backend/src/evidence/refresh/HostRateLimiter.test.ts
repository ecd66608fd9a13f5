import { HostRateLimiter, LimiterClock } from './HostRateLimiter';

/** A clock that only moves when a caller sleeps, recording each wait. */
function fakeClock() {
  let now = 1_000_000;
  const waits: number[] = [];
  const clock: LimiterClock = {
    now: () => now,
    sleep: async ms => {
      waits.push(ms);
    },
  };
  return {
    clock,
    waits,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('HostRateLimiter', () => {
  it('spaces requests to one host by a minute divided by the rate', async () => {
    const { clock, waits } = fakeClock();
    const limiter = new HostRateLimiter(30, clock);
    await limiter.take('git.example.com');
    await limiter.take('git.example.com');
    await limiter.take('git.example.com');
    expect(waits).toEqual([2000, 4000]);
  });

  it('lets other hosts go at once', async () => {
    const { clock, waits } = fakeClock();
    const limiter = new HostRateLimiter(30, clock);
    await limiter.take('a.example.com');
    await limiter.take('b.example.com');
    await limiter.take('a.example.com');
    expect(waits).toEqual([2000]);
  });

  it('does not wait when the slot has passed', async () => {
    const { clock, waits, advance } = fakeClock();
    const limiter = new HostRateLimiter(60, clock);
    await limiter.take('a.example.com');
    advance(5000);
    await limiter.take('a.example.com');
    expect(waits).toEqual([]);
  });
});
