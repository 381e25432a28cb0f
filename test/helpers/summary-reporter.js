// Prints the plain closing line CI reads: "N passed, N failed, N skipped", then why tests were
// skipped (test/helpers/needs.ts puts "[skipped: reason]" in the name of what it skips).
// A suite that fails to run (syntax error, throw at load) has no tests of its own, so it is
// counted as a failure here rather than vanishing from the line.
const REASON = /\[skipped: ([^\]]+)\]/;

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } = results;
    const broken = numRuntimeErrorTestSuites ? ` (${numRuntimeErrorTestSuites} suite${numRuntimeErrorTestSuites > 1 ? 's' : ''} failed to run)` : '';
    const reasons = new Map();
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        if (t.status !== 'pending' && t.status !== 'todo') continue;
        const m = REASON.exec([...t.ancestorTitles, t.title].join(' '));
        const why = m ? m[1] : 'no reason given';
        reasons.set(why, (reasons.get(why) || 0) + 1);
      }
    }
    const why = [...reasons].map(([reason, n]) => `  skipped ${n}: ${reason}\n`).join('');
    process.stdout.write(
      `\njest: ${numPassedTests} passed, ${numFailedTests + numRuntimeErrorTestSuites} failed${broken}, ${numPendingTests + numTodoTests} skipped\n${why}`,
    );
  }
}
module.exports = SummaryReporter;
