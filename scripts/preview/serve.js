#!/usr/bin/env node
/**
 * Browser preview of the real pages: http://localhost:8080 (PORT overrides; HOST=0.0.0.0 shares it on the LAN).
 *
 *   GET /             the preview (page switcher, query box, phone frame); `?shot=1` shows only the phone
 *                     screen (for screenshots), `?lang=en`, `?font=20`, `?style=v1`; the page is in the hash:
 *                     /#/pages/result/index?v=1&problem=payment…
 *   GET /app.js       the app, built from miniprogram/ (rebuilt when a file changes)
 *   GET /app.css      its styles
 *   GET /runtime.js   the browser runtime (j-component + a browser `wx`), bundled with esbuild
 *   GET /mp/…         static files (images) from miniprogram/
 *
 * In code: `const { startPreviewServer } = require('./scripts/preview/serve'); const s = await startPreviewServer({ port: 0 });`
 * then `s.url`, `await s.close()`.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const { buildProject, signature, appScript, DEFAULT_ROOT } = require('./project');

const STATIC_DIR = path.join(__dirname, 'static');
const RUNTIME_DIR = path.join(__dirname, 'runtime');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

function runtimeSignature() {
  return fs
    .readdirSync(RUNTIME_DIR)
    .map((f) => `${f}:${fs.statSync(path.join(RUNTIME_DIR, f)).mtimeMs}`)
    .join(';');
}

function createPreviewServer({ root = DEFAULT_ROOT, quiet = false } = {}) {
  let runtime = null;
  let runtimeSig = '';
  let project = null;
  let projectSig = '';

  function getRuntime() {
    const sig = runtimeSignature();
    if (runtime && sig === runtimeSig) return runtime;
    const esbuild = require('esbuild');
    const out = esbuild.buildSync({
      entryPoints: [path.join(RUNTIME_DIR, 'index.js')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2019',
      define: { global: 'window' },
      alias: { path: require.resolve('path-browserify') },
      external: ['fs', 'miniprogram-compiler'],
      logLevel: 'silent',
      legalComments: 'none',
    });
    runtime = out.outputFiles[0].text;
    runtimeSig = sig;
    return runtime;
  }

  function getProject() {
    const sig = signature(root);
    if (project && sig === projectSig) return project;
    const started = Date.now();
    const built = buildProject(root);
    project = { js: appScript(built.app), css: built.css, app: built.app };
    projectSig = sig;
    if (!quiet) {
      const n = built.app.components.length;
      const errs = built.app.errors.length;
      console.log(
        `  built ${built.app.pages.length} pages, ${n} components in ${Date.now() - started} ms${errs ? ` — ${errs} problem(s), shown in the page` : ''}`,
      );
    }
    return project;
  }

  function send(res, status, type, body, extra = {}) {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
    res.end(body);
  }

  const server = http.createServer((req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const p = decodeURIComponent(url.pathname);
      if (p === '/' || p === '/index.html') return send(res, 200, TYPES['.html'], fs.readFileSync(path.join(STATIC_DIR, 'index.html')));
      if (p === '/runtime.js') return send(res, 200, TYPES['.js'], getRuntime());
      if (p === '/app.js') return send(res, 200, TYPES['.js'], getProject().js);
      if (p === '/app.css') return send(res, 200, TYPES['.css'], getProject().css);
      if (p === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      if (p.startsWith('/static/')) {
        const file = path.join(STATIC_DIR, path.normalize(p.slice('/static/'.length)));
        if (!file.startsWith(STATIC_DIR) || !fs.existsSync(file)) return send(res, 404, 'text/plain', 'not found');
        return send(res, 200, TYPES[path.extname(file)] || 'application/octet-stream', fs.readFileSync(file));
      }
      if (p.startsWith('/mp/')) {
        const file = path.join(root, path.normalize(p.slice(4)));
        const ext = path.extname(file).toLowerCase();
        if (!file.startsWith(root) || !/^\.(png|jpe?g|gif|svg|webp)$/.test(ext) || !fs.existsSync(file)) return send(res, 404, 'text/plain', 'not found');
        return send(res, 200, TYPES[ext], fs.readFileSync(file));
      }
      return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    } catch (err) {
      console.error(err);
      return send(res, 500, 'text/plain; charset=utf-8', String(err && err.stack ? err.stack : err));
    }
  });

  return {
    server,
    /** Builds everything once up front, so the first page load is quick and errors show in the console. */
    warm() {
      getRuntime();
      return getProject();
    },
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const actual = server.address().port;
          resolve({ port: actual, url: `http://localhost:${actual}/` });
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        if (server.closeAllConnections) server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

/** Starts a server (port 0 = any free port). Resolves to { url, port, close }. */
async function startPreviewServer({ port = 0, root = DEFAULT_ROOT, quiet = true } = {}) {
  const preview = createPreviewServer({ root, quiet });
  preview.warm();
  const addr = await preview.listen(port);
  return { ...addr, close: () => preview.close(), preview };
}

module.exports = { createPreviewServer, startPreviewServer };

if (require.main === module) {
  const port = Number(process.env.PORT) || 8080;
  const host = process.env.HOST || '127.0.0.1';
  const preview = createPreviewServer({ quiet: false });
  console.log('Preparing the preview …');
  const built = preview.warm();
  preview
    .listen(port, host)
    .then(({ url }) => {
      console.log(`\nPreview of the real pages: ${url}`);
      for (const page of built.app.pages) console.log(`  ${url}#/${page}`);
      console.log('\nPages come from miniprogram/app.json; edit a file and reload the browser. Ctrl+C stops.');
    })
    .catch((err) => {
      if (err && err.code === 'EADDRINUSE') console.error(`Port ${port} is in use: try PORT=8081 npm start`);
      else console.error(err);
      process.exit(1);
    });
}
