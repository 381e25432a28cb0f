/**
 * Headless Chromium for the screenshots and the browser test: Debian's /usr/bin/chromium through
 * playwright-core (a test tool's own browser download does not work on these machines), with a fresh
 * user-data-dir each time. CHROMIUM_PATH overrides the executable.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function chromiumAvailable() {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A persistent context on a throw-away profile, shaped like a phone: 375×812, deviceScaleFactor 2, touch.
 * Resolves to { context, close } (close also removes the profile).
 */
async function launchPhone({ scale = 2, width = 375, height = 812 } = {}) {
  const { chromium } = require('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsn-preview-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width, height },
    deviceScaleFactor: scale,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return {
    context,
    async close() {
      try {
        await context.close();
      } finally {
        fs.rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

module.exports = { CHROMIUM_PATH, FLAGS, chromiumAvailable, launchPhone };
