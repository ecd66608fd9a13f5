import { ExpiringCache } from './ExpiringCache';

describe('ExpiringCache', () => {
  function cache(maxEntries = 10) {
    const clock = { now: 0 };
    return {
      clock,
      cache: new ExpiringCache<string>({
        ttlMs: 100,
        maxEntries,
        now: () => clock.now,
      }),
    };
  }

  it('computes once per key until the entry expires', async () => {
    const { cache: c, clock } = cache();
    const compute = jest.fn(async () => `value at ${clock.now}`);
    const [a, b] = await Promise.all([
      c.get('k', compute),
      c.get('k', compute),
    ]);
    expect([a, b]).toEqual(['value at 0', 'value at 0']);
    clock.now = 99;
    expect(await c.get('k', compute)).toBe('value at 0');
    expect(await c.get('other', compute)).toBe('value at 99');
    clock.now = 100;
    expect(await c.get('k', compute)).toBe('value at 100');
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('forgets failures', async () => {
    const { cache: c } = cache();
    await expect(
      c.get('k', async () => {
        throw new Error('down');
      }),
    ).rejects.toThrow('down');
    expect(await c.get('k', async () => 'first')).toBe('first');
  });

  it('forgets a deleted key only', async () => {
    const { cache: c } = cache();
    await c.get('k', async () => 'first');
    await c.get('other', async () => 'kept');
    c.delete('k');
    expect(await c.get('k', async () => 'second')).toBe('second');
    expect(await c.get('other', async () => 'recomputed')).toBe('kept');
  });

  it('deletes a key given its value only while it holds that value', async () => {
    const { cache: c, clock } = cache();
    const first = await c.get('k', async () => 'first');
    clock.now = 100;
    await c.get('k', async () => 'second');
    c.delete('k', first);
    expect(await c.get('k', async () => 'third')).toBe('second');
    c.delete('k', 'second');
    expect(await c.get('k', async () => 'third')).toBe('third');
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const { cache: c } = cache(2);
    await c.get('a', async () => 'a');
    await c.get('b', async () => 'b');
    await c.get('c', async () => 'c');
    expect(await c.get('b', async () => 'b again')).toBe('b');
    expect(await c.get('a', async () => 'a again')).toBe('a again');
  });
});
