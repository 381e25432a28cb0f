#!/usr/bin/env node
// Prints the data integrity report; exits 1 when the data has errors.
require('./ts-register');
const { checkIntegrity } = require('../miniprogram/core/index.ts');

const report = checkIntegrity();
console.log('Data integrity check');
for (const [key, value] of Object.entries(report.stats)) {
  console.log(`  ${key.padEnd(14)} ${typeof value === 'object' ? JSON.stringify(value) : value}`);
}
if (report.errors.length) {
  console.log(`  errors         ${report.errors.length}`);
  for (const e of report.errors) console.log(`    - ${e}`);
  process.exit(1);
}
console.log('  errors         0');
