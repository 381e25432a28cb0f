#!/usr/bin/env node
/**
 * WeChat's upload-time code-quality rules, offline: miniprogram-ci's checkCodeQuality on the built project
 * (package size, JS/WXML/WXSS minification, lazyCodeLoading, unused components/plugins/code, main-package
 * code used only by subpackages …). Prints each rule and exits 1 when any fails. Run after `npm run build`
 * (`npm test` does both).
 *
 * A placeholder appid and key file are enough: nothing is sent to WeChat's servers.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

async function main() {
  const origLog = console.log;
  console.log = () => {};
  let ci;
  try {
    ci = require('miniprogram-ci');
  } finally {
    console.log = origLog;
  }
  const key = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wsn-cq-')), 'placeholder.key');
  fs.writeFileSync(key, 'placeholder: checkCodeQuality works offline and reads no key\n');
  const project = new ci.Project({
    appid: 'wx0000000000000000',
    type: 'miniProgram',
    projectPath: ROOT,
    privateKeyPath: key,
    ignores: ['node_modules/**/*'],
  });
  const rules = await ci.checkCodeQuality(project);
  const failed = rules.filter((r) => !r.success);
  console.log(`WeChat code-quality rules (miniprogram-ci checkCodeQuality): ${rules.length - failed.length} of ${rules.length} pass`);
  for (const r of rules) console.log(`  ${r.success ? '✓' : '✗'} ${r.name}: ${r.text}`);
  for (const r of failed) if (r.detail) console.log(`\n${r.name}:\n${JSON.stringify(r.detail, null, 1).slice(0, 2000)}`);
  return failed.length ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
  });
