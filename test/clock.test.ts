/** Every test sees the same instant and zone, whatever the machine's clock and zone are. */
import { setClock, TEST_NOW, TEST_ZONE, useBeijingClock } from './helpers/clock';
import { sleep } from './helpers/simulate';

describe('the test clock', () => {
  it('is frozen at TEST_NOW in Beijing', async () => {
    expect(process.env.TZ).toBe(TEST_ZONE);
    expect(Date.now()).toBe(TEST_NOW);
    expect(new Date().getTimezoneOffset()).toBe(-480);
    expect(new Date().toString()).toMatch(/^Wed Nov 25 2026 10:00:00 GMT\+0800/);
    // Real timers still run (simulate's events need them); the wall clock does not move.
    await sleep(5);
    expect(Date.now()).toBe(TEST_NOW);
  });

  it('can be moved by a test, and each test starts again at TEST_NOW', () => {
    expect(Date.now()).toBe(TEST_NOW);
    setClock('2026-12-01T00:30:00+08:00');
    expect(new Date().getDate()).toBe(1);
  });

  it('starts over after the test above moved it', () => {
    expect(Date.now()).toBe(TEST_NOW);
  });
});

describe('useBeijingClock', () => {
  const clock = useBeijingClock();
  it('sets the hour and minute in Beijing on 2026-11-25', () => {
    clock.at(3, 30);
    expect(new Date().toISOString()).toBe('2026-11-24T19:30:00.000Z');
    expect([new Date().getHours(), new Date().getMinutes()]).toEqual([3, 30]);
  });
});
