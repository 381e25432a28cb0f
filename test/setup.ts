/**
 * One setup file for every test: makes miniprogram-simulate re-run a
 * component's JS inside jest's module registry (simulate's own
 * `delete require.cache` does not reach jest), so a page can be loaded
 * more than once per test file.
 */
import path from 'path';

// Loading simulate installs its global `wx` mock, which every test spies on.
// eslint-disable-next-line @typescript-eslint/no-var-requires
require('miniprogram-simulate');

// eslint-disable-next-line @typescript-eslint/no-var-requires
const utils = require('miniprogram-simulate/src/utils') as { runJs: (file: string) => void };
utils.runJs = (file: string): void => {
  jest.isolateModules(() => {
    require(path.resolve(file));
  });
};
