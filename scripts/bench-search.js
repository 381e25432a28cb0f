#!/usr/bin/env node
// Search figures for `npm run bench`: accuracy on the evaluation set (test/core/search-eval.ts), query
// latency (median, 95th percentile, worst) and index build time. Figures only, no pass/fail.
require('./ts-register');
const search = require('../miniprogram/core/search.ts');
const { SEARCH_EVAL } = require('../test/core/search-eval.ts');

function ms(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

function main() {
  console.log('\nSearch (MiniSearch, CJK bigrams + synonyms)');
  const first = ms(() => search.buildIndex());
  const builds = Array.from({ length: 20 }, () => ms(() => search.buildIndex())).sort((a, b) => a - b);
  console.log(`  index build: first ${first.toFixed(2)} ms, median ${pct(builds, 0.5).toFixed(2)} ms over 20 builds`);
  search.search('warm up', 'zh');
  let top1 = 0;
  let top3 = 0;
  const times = [];
  const misses = [];
  for (const [q, id] of SEARCH_EVAL) {
    let hits = [];
    times.push(ms(() => (hits = search.search(q, 'zh'))));
    const problems = hits.filter((h) => h.kind === 'problem').map((h) => h.ref);
    const rank = problems.indexOf(id) + 1;
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 3) top3++;
    else misses.push(`${q} → ${id} (got ${problems.slice(0, 3).join(', ') || 'nothing'})`);
  }
  times.sort((a, b) => a - b);
  const n = SEARCH_EVAL.length;
  console.log(`  evaluation set: ${n} phrasings; top-1 ${((top1 / n) * 100).toFixed(1)}% (${top1}), top-3 ${((top3 / n) * 100).toFixed(1)}% (${top3})`);
  console.log(
    `  query latency: median ${pct(times, 0.5).toFixed(3)} ms, p95 ${pct(times, 0.95).toFixed(3)} ms, worst ${times[times.length - 1].toFixed(3)} ms`,
  );
  for (const m of misses) console.log(`  miss: ${m}`);
}

main();
