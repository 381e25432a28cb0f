// Lets plain node scripts (bench, check-data, poster) require the TypeScript
// sources in miniprogram/core directly, transpiled in memory.
const fs = require('fs');
const ts = require('typescript');

function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
}

// Try `.ts` before `.js`: `npm run build` leaves compiled `.js` next to each
// source, and a stale one must never shadow the source it came from.
const others = ['.js', '.json', '.node'].map((ext) => [ext, require.extensions[ext]]);
for (const [ext] of others) delete require.extensions[ext];
require.extensions['.ts'] = compileTs;
for (const [ext, loader] of others) require.extensions[ext] = loader;
