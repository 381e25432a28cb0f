#!/usr/bin/env node
// Prints timings for the decision module: deciding every enumerated path,
// and parsing 100k random links. Figures only, no pass/fail.
require('./ts-register');
const core = require('../miniprogram/core/index.ts');

/** Runs `fn` (which handles `items` items) `runs` times; prints the total and the time per item. */
function time(label, runs, items, fn) {
  fn(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const perItem = (ms * 1000) / (runs * items);
  console.log(`${label.padEnd(48)} ${(ms / runs).toFixed(1).padStart(8)} ms per run  ${perItem.toFixed(2).padStart(8)} µs per item  (${runs} runs)`);
}

// A deterministic pseudo-random generator, so runs are comparable.
let seed = 20261129;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789.-_%=&?/:1rfchl';
const randomString = (max) => Array.from({ length: Math.floor(rand() * max) }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join('');

const paths = core.allCompleteAnswers();
const now = Date.UTC(2026, 10, 25, 4);
console.log(`Decision module benchmark (node ${process.version})`);
time(`recommend: all ${paths.length} paths`, 50, paths.length, () => paths.map((a) => core.recommend(a, now)));
const { resultView } = require('../miniprogram/core/view/result.ts');
const concrete = paths.filter((a) => a.detail && a.detail !== 'unsure').length;
time(`result view: all ${paths.length} paths (${concrete} concrete)`, 10, paths.length, () => paths.map((a) => resultView(a, now, 'zh', 0)));
time(`recommend: ${paths.length} paths × 168 hours of a week`, 3, paths.length * 168, () => {
  for (let h = 0; h < 168; h++) for (const a of paths) core.recommend(a, now + h * 3600e3);
});
const randomQueries = Array.from({ length: 100000 }, (_, i) =>
  i % 3 === 0
    ? { scene: randomString(40) }
    : i % 3 === 1
      ? { q: encodeURIComponent(`https://example.org/wsn?s=${randomString(30)}`) }
      : { v: '1', problem: randomString(10), id: randomString(12) },
);
const reasons = {};
time('parseLink: 100k random links', 1, 100000, () => {
  for (const k of Object.keys(reasons)) delete reasons[k];
  for (const q of randomQueries) {
    const r = core.parseLink(q, 'result').reason;
    reasons[r] = (reasons[r] || 0) + 1;
  }
});
console.log(`  outcomes: ${JSON.stringify(reasons)}`);
const valid = paths.map((a) => core.buildLink({ page: 'result', answers: a }).scene);
time('parseLink: 100k valid scenes', 1, 100000, () => {
  for (let i = 0; i < 100000; i++) core.parseLink({ scene: valid[i % valid.length] });
});
time('checkIntegrity: whole data set', 10, 1, () => core.checkIntegrity());
require('./bench-search');

/**
 * The scam check's adversarial corpus (test/core/verify/corpus.ts, issue 11): cases by
 * family, how many got the expected verdict, scams called official, official or genuine
 * texts called scams, and the time per case. Kept apart from the decision figures above.
 */
function verifyCorpusFigures() {
  const { buildCorpus, scoreCorpus } = require('../test/core/verify/corpus.ts');
  const { check } = require('../miniprogram/core/verify.ts');
  const cases = buildCorpus();
  const start = process.hrtime.bigint();
  const { families } = scoreCorpus(cases, (s) => check(s).outcome);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log('');
  console.log(`Scam check corpus: ${cases.length} cases in ${families.length} families (${((ms * 1000) / cases.length).toFixed(0)} µs per case)`);
  console.log(`${'family'.padEnd(42)} ${'cases'.padStart(6)} ${'right'.padStart(6)} ${'scam→official'.padStart(14)} ${'official→scam'.padStart(14)}`);
  const sum = { cases: 0, correct: 0, scamsCalledOfficial: 0, officialCalledScam: 0 };
  for (const f of families) {
    console.log(
      `${f.family.padEnd(42)} ${String(f.cases).padStart(6)} ${String(f.correct).padStart(6)} ${String(f.scamsCalledOfficial).padStart(14)} ${String(f.officialCalledScam).padStart(14)}`,
    );
    for (const k of Object.keys(sum)) sum[k] += f[k];
  }
  console.log(
    `${'total'.padEnd(42)} ${String(sum.cases).padStart(6)} ${String(sum.correct).padStart(6)} ${String(sum.scamsCalledOfficial).padStart(14)} ${String(sum.officialCalledScam).padStart(14)}`,
  );
}
verifyCorpusFigures();
