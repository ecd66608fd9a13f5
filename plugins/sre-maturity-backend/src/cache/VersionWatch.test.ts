import { VersionWatch } from './VersionWatch';

describe('VersionWatch', () => {
  function setup() {
    const state = { version: 1, now: 0, reads: 0, fail: false };
    const watch = new VersionWatch({
      read: async () => {
        state.reads += 1;
        if (state.fail) {
          throw new Error('connect ECONNREFUSED');
        }
        return state.version;
      },
      intervalMs: 1000,
      now: () => state.now,
    });
    return { state, watch };
  }

  it('reads at most once per interval, and knows each new version', async () => {
    const { state, watch } = setup();
    expect(watch.version).toBeUndefined();
    await watch.check();
    expect(state).toMatchObject({ reads: 1 });
    expect(watch.version).toBe(1);

    state.version = 2;
    state.now = 999;
    await watch.check();
    expect(state).toMatchObject({ reads: 1 });
    expect(watch.version).toBe(1);

    state.now = 1000;
    await Promise.all([watch.check(), watch.check(), watch.check()]);
    expect(state).toMatchObject({ reads: 2 });
    expect(watch.version).toBe(2);

    state.now = 2000;
    await watch.check();
    expect(state).toMatchObject({ reads: 3 });
    expect(watch.version).toBe(2);
  });

  it('fails when reading fails, and reads again on the next call', async () => {
    const { state, watch } = setup();
    await watch.check();
    state.fail = true;
    state.now = 1000;
    await expect(watch.check()).rejects.toThrow('ECONNREFUSED');
    expect(watch.version).toBe(1);
    state.fail = false;
    state.version = 3;
    await watch.check();
    expect(state).toMatchObject({ reads: 3 });
    expect(watch.version).toBe(3);
  });

  it('takes a version its caller made as known, and ignores older readings', async () => {
    const { state, watch } = setup();
    await watch.check();
    // The caller wrote version 2; a reading that started before brings 1.
    watch.observe(2);
    state.now = 1000;
    await watch.check();
    expect(state).toMatchObject({ reads: 2 });
    expect(watch.version).toBe(2);

    state.version = 3;
    state.now = 2000;
    await watch.check();
    expect(state).toMatchObject({ reads: 3 });
    expect(watch.version).toBe(3);
  });
});
