#!/usr/bin/env node
/**
 * Checks that the page tests go through the WXML: renames each event binding in a page's or
 * component's WXML (`bindtap="go"`, `bind:click="onSave"` …) one at a time, runs the tests of
 * that page, and expects at least one to fail; the file is restored after each run.
 * Slow (one jest run per binding): `node scripts/check-bindings.js [page …]`.
 * Exits 1 when renaming some binding leaves every test green.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
/** The WXML files and the tests that open them. */
const TARGETS = {
  'pages/index': ['test/pages/index.test.ts', 'test/pages/i18n.test.ts', 'test/pages/index-due.test.ts'],
  'pages/flow': ['test/pages/flow.test.ts', 'test/pages/flow-long.test.ts'],
  'pages/result': ['test/pages/result.test.ts', 'test/pages/result-plan.test.ts'],
  'pages/notes': ['test/pages/notes.test.ts', 'test/pages/notes-edit.test.ts', 'test/pages/notes-case.test.ts'],
  'pages/verify': ['test/pages/verify.test.ts'],
  'pages/complaint': ['test/pages/complaint.test.ts', 'test/pages/case-path.test.ts'],
  'pages/follow': ['test/pages/follow.test.ts'],
  'pages/channel': ['test/pages/channel.test.ts'],
  'pages/channels': ['test/pages/channels.test.ts'],
  'components/channel-card': ['test/components/channel-card.test.ts', 'test/pages/channels.test.ts'],
  'pages/result/plan-steps': ['test/components/plan-steps.test.ts', 'test/pages/result-plan.test.ts'],
  'pages/result/say-card': ['test/components/say-card.test.ts', 'test/pages/result-plan.test.ts'],
};
const BINDING = /\b(?:bind|catch|capture-bind|capture-catch):?[a-z]+="([A-Za-z_$][\w$]*)"/g;

// Never mutate a file with uncommitted changes (they would be lost or, worse, committed half-renamed).
const dirty = spawnSync('git', ['status', '--porcelain', '--', 'miniprogram/*.wxml', 'miniprogram/**/*.wxml'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
if (dirty) {
  console.error(`check-bindings: commit or stash these first:\n${dirty}`);
  process.exit(2);
}
/** The file being mutated and its text, put back on Ctrl-C or kill. */
let pending = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (pending) fs.writeFileSync(pending.file, pending.text);
    process.exit(130);
  });
}

const only = process.argv.slice(2);
const rows = [];
for (const [target, tests] of Object.entries(TARGETS)) {
  if (only.length && !only.some((o) => target.endsWith(o))) continue;
  const file = path.join(ROOT, 'miniprogram', target, 'index.wxml');
  const original = fs.readFileSync(file, 'utf8');
  const found = [...original.matchAll(BINDING)];
  for (const m of found) {
    const line = original.slice(0, m.index).split('\n').length;
    const start = m.index + m[0].length - m[1].length - 1;
    const mutated = `${original.slice(0, start)}${m[1]}Renamed${original.slice(start + m[1].length)}`;
    pending = { file, text: original };
    fs.writeFileSync(file, mutated);
    let r;
    try {
      r = spawnSync('npx', ['jest', '--silent', ...tests], { cwd: ROOT, encoding: 'utf8' });
    } finally {
      fs.writeFileSync(file, original);
      pending = null;
    }
    const summary = /jest: (\d+) passed, (\d+) failed/.exec(r.stdout || '');
    const failed = summary ? Number(summary[2]) : -1;
    const row = { binding: `${target}/index.wxml:${line} ${m[0]}`, failed };
    rows.push(row);
    console.log(`${failed > 0 ? 'caught ' : 'MISSED '} ${row.binding}  (${failed < 0 ? 'jest did not report' : `${failed} failing`})`);
  }
}
const missed = rows.filter((r) => r.failed <= 0);
console.log(`\n${rows.length} bindings renamed one at a time: ${rows.length - missed.length} fail a test, ${missed.length} do not.`);
process.exit(missed.length ? 1 : 0);
