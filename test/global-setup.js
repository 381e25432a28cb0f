// Runs once before any test file (and before jest starts its workers, which inherit it):
// every test sees the same time zone, whatever the machine's is. A test that needs another
// zone sets its own (spawn a process with TZ, or mock getTimezoneOffset).
module.exports = async function globalSetup() {
  process.env.TZ = 'Asia/Shanghai';
};
