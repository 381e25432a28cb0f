/**
 * A phone on Beijing time whose clock the test moves: `at(10)` is 10:00 on
 * 2026-11-25 in Beijing. Installed before each test of the calling `describe`
 * and removed after it, also when an assertion fails.
 */
export function useBeijingClock(): { at(hour: number): void } {
  let now: jest.SpyInstance | undefined;
  let tz: jest.SpyInstance | undefined;
  beforeEach(() => {
    now = jest.spyOn(Date, 'now');
    tz = jest.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(-480);
  });
  afterEach(() => {
    now?.mockRestore();
    tz?.mockRestore();
  });
  return {
    at(hour: number) {
      now?.mockReturnValue(Date.UTC(2026, 10, 25, hour - 8));
    },
  };
}
