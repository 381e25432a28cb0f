/**
 * The one clock for tests. Every test file starts with the wall clock frozen at TEST_NOW
 * (Wednesday 2026-11-25 10:00 in Beijing) and the zone pinned to TEST_ZONE by
 * `test/global-setup.js`, whatever the machine's date and zone are. Only `Date` is faked
 * (jest's modern fake timers): setTimeout, promises and the rest stay real, so
 * miniprogram-simulate's events and `await sleep(0)` work as before.
 */

export const TEST_ZONE = 'Asia/Shanghai';
/** 2026-11-25 10:00 Beijing time (02:00 UTC), a Wednesday. */
export const TEST_NOW = Date.UTC(2026, 10, 25, 2);

/** Every timer API jest can fake except `Date`: those keep running for real. */
const REAL = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

let fixed = false;

/**
 * Freezes `Date` at TEST_NOW for the calling test file and puts it back there before each
 * test. Called once by the setup file (test/setup.ts); tests do not call it.
 */
export function installTestClock(): void {
  jest.useFakeTimers({ now: TEST_NOW, doNotFake: [...REAL] });
  fixed = true;
  beforeEach(() => {
    if (fixed) jest.setSystemTime(TEST_NOW);
  });
}

/** Sets the frozen wall clock to an instant (ms since the epoch, or an ISO string with its offset). */
export function setClock(at: number | string): void {
  if (!fixed) throw new Error('setClock: this file uses the real clock (useRealClock)');
  jest.setSystemTime(typeof at === 'number' ? at : Date.parse(at));
}

/**
 * For a file that needs the real clock (a real browser, child processes timing out): call it
 * at the top of the file. The zone stays pinned.
 */
export function useRealClock(): void {
  jest.useRealTimers();
  fixed = false;
}

/**
 * A phone on Beijing time whose clock the test moves: `at(10)` is 10:00 on 2026-11-25 in
 * Beijing, `at(3, 30)` is 03:30. Each test of the calling `describe` starts at TEST_NOW.
 */
export function useBeijingClock(): { at(hour: number, minute?: number): void } {
  return {
    at(hour: number, minute = 0) {
      setClock(Date.UTC(2026, 10, 25, hour - 8, minute));
    },
  };
}
