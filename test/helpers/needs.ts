/**
 * Tests that need something this machine may lack (Chromium, a CJK font, poppler). Each group
 * says what it needs as `missing`: null when it is here, else what is missing and how to
 * install it. A group that cannot run is reported as skipped, with the reason in its name (the
 * summary line lists the reasons), never as passed. Under `CI=true` a missing tool is an
 * error: one failing test says what is missing.
 */

/** Why tests cannot run on this machine (what is missing, and how to install it), or null. */
export type Missing = string | null;

const inCi = (): boolean => process.env.CI === 'true';

// The only skips in the tests: always with the reason in the name (below).
const skipDescribe = describe.skip;
const skipIt = it.skip;

/** The failure CI reports instead of skipping. */
function failInCi(name: string, missing: string): void {
  it(`${name}: needs ${missing}`, () => {
    throw new Error(`CI=true and ${missing}: "${name}" cannot run. Install it (.ci/run does) or unset CI to skip it here.`);
  });
}

/** `describe`, run when nothing is missing; skipped with the reason in its name otherwise. */
export function describeWhen(missing: Missing, name: string, fn: () => void): void {
  if (missing === null) describe(name, fn);
  else if (inCi()) describe(name, () => failInCi(name, missing));
  else skipDescribe(`${name} [skipped: ${missing}]`, fn);
}

/** `it`, run when nothing is missing; skipped with the reason in its name otherwise. */
export function itWhen(missing: Missing, name: string, fn: jest.ProvidesCallback, timeout?: number): void {
  if (missing === null) it(name, fn, timeout);
  else if (inCi()) failInCi(name, missing);
  else skipIt(`${name} [skipped: ${missing}]`, fn, timeout);
}

/** The first thing missing of several, or null when all are here. */
export function firstMissing(...missing: Missing[]): Missing {
  return missing.find((m) => m !== null) ?? null;
}
