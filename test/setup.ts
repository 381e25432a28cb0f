/**
 * One setup file for every test: makes miniprogram-simulate re-run a
 * component's JS inside jest's module registry (simulate's own
 * `delete require.cache` does not reach jest), so a page can be loaded
 * more than once per test file.
 * It also freezes the clock (test/helpers/clock.ts).
 */
import path from 'path';
import { installTestClock } from './helpers/clock';

// Loading simulate installs its global `wx` mock, which every test spies on.
require('miniprogram-simulate');

const utils = require('miniprogram-simulate/src/utils') as { runJs: (file: string) => void };
utils.runJs = (file: string): void => {
  jest.isolateModules(() => {
    require(path.resolve(file));
  });
};

// Every test runs at a known instant (2026-11-25 10:00 Beijing); the zone is pinned by
// test/global-setup.js. See test/helpers/clock.ts.
installTestClock();

// Property tests run the same cases on every run, so CI is repeatable: a failure names its seed and can be
// replayed. `FC_SEED=<n> npx jest …` explores other cases (do it when changing a property's code).

const fc = require('fast-check') as typeof import('fast-check');
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261201) });
