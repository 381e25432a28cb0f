// Prints the plain closing line CI reads: "N passed, N failed, N skipped".
// A suite that fails to run (syntax error, throw at load) has no tests of its
// own, so it is counted as a failure here rather than vanishing from the line.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } = results;
    const broken = numRuntimeErrorTestSuites ? ` (${numRuntimeErrorTestSuites} suite${numRuntimeErrorTestSuites > 1 ? 's' : ''} failed to run)` : '';
    process.stdout.write(`\njest: ${numPassedTests} passed, ${numFailedTests + numRuntimeErrorTestSuites} failed${broken}, ${numPendingTests + numTodoTests} skipped\n`);
  }
}
module.exports = SummaryReporter;
