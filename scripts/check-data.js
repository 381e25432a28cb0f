#!/usr/bin/env node
// Prints the data integrity report; exits 1 when the data has errors.
require('./ts-register');
const { checkIntegrity, CONCRETE_IDS } = require('../miniprogram/core/index.ts');

const report = checkIntegrity();
const { catalogue, ...stats } = report.stats;
const kinds = (byKind) =>
  Object.entries(byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(' · ');
console.log('Data integrity check');
for (const [key, value] of Object.entries(stats)) {
  console.log(`  ${key.padEnd(14)} ${typeof value === 'object' ? kinds(value) : value}`);
}
console.log('Catalogue');
console.log(`  ${'problems'.padEnd(14)} ${catalogue.problems} of ${CONCRETE_IDS.length} ids`);
console.log(`  ${'steps'.padEnd(14)} ${kinds(catalogue.steps)}`);
console.log(`  ${'facts'.padEnd(14)} ${catalogue.facts}: known ${catalogue.knownFacts} · 未确认 ${catalogue.unknownFacts}`);
console.log(`  ${'sources'.padEnd(14)} ${kinds(catalogue.sourcesByKind)}`);
console.log(`All facts        known ${stats.knownFacts + catalogue.knownFacts} · 未确认 ${stats.unknownFacts + catalogue.unknownFacts}`);
if (report.errors.length) {
  console.log(`  errors         ${report.errors.length}`);
  for (const e of report.errors) console.log(`    - ${e}`);
  process.exit(1);
}
console.log('  errors         0');
