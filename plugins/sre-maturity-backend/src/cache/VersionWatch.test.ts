import { VersionWatch } from './VersionWatch';

describe('VersionWatch', () => {
  function setup() {
    const state = { version: 1, now: 0, reads: 0, changes: 0, fail: false };
    const watch = new VersionWatch({
      read: async () => {
        state.reads += 1;
        if (state.fail) {
          throw new Error('connect ECONNREFUSED');
        }
        return state.version;
      },
      onChange: () => {
        state.changes += 1;
      },
      intervalMs: 1000,
      now: () => state.now,
    });
    return { state, watch };
  }

  it('reads at most once per interval, and tells of each change once', async () => {
    const { state, watch } = setup();
    await watch.check();
    expect(state).toMatchObject({ reads: 1, changes: 0 });

    state.version = 2;
    state.now = 999;
    await watch.check();
    expect(state).toMatchObject({ reads: 1, changes: 0 });

    state.now = 1000;
    await Promise.all([watch.check(), watch.check(), watch.check()]);
    expect(state).toMatchObject({ reads: 2, changes: 1 });

    state.now = 2000;
    await watch.check();
    expect(state).toMatchObject({ reads: 3, changes: 1 });
  });

  it('fails when reading fails, and reads again on the next call', async () => {
    const { state, watch } = setup();
    await watch.check();
    state.fail = true;
    state.now = 1000;
    await expect(watch.check()).rejects.toThrow('ECONNREFUSED');
    state.fail = false;
    state.version = 3;
    await watch.check();
    expect(state).toMatchObject({ reads: 3, changes: 1 });
  });
});
