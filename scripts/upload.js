#!/usr/bin/env node
/**
 * Upload or preview with miniprogram-ci. Needs WeChat's servers, the real
 * AppID and its upload private key, so it never runs in CI.
 *
 *   WX_APPID=wx… WX_PRIVATE_KEY_PATH=… node scripts/upload.js --version 1.0.0 --desc "…"
 *   WX_APPID=wx… WX_PRIVATE_KEY_PATH=… node scripts/upload.js --preview --qr preview.png
 */
const fs = require('fs');
const path = require('path');

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(msg) {
  console.error(`upload: ${msg}`);
  process.exit(2);
}

async function main() {
  const appid = process.env.WX_APPID;
  const privateKeyPath = process.env.WX_PRIVATE_KEY_PATH;
  if (!appid || !/^wx[0-9a-f]{16}$/.test(appid)) fail('set WX_APPID to your mini program AppID (wx + 16 hex digits)');
  if (!privateKeyPath || !fs.existsSync(privateKeyPath)) fail('set WX_PRIVATE_KEY_PATH to the upload private key file from the admin console');
  const preview = process.argv.includes('--preview');
  const version = arg('version');
  if (!preview && !version) fail('--version is required for an upload');
  const ci = require('miniprogram-ci');
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: path.resolve(__dirname, '..'),
    privateKeyPath,
    ignores: ['node_modules/**/*', 'test/**/*', 'scripts/**/*'],
  });
  const setting = { es6: true, minify: true, autoPrefixWXSS: true };
  if (preview) {
    const qrcodeOutputDest = path.resolve(arg('qr') || 'preview.png');
    await ci.preview({ project, setting, qrcodeFormat: 'image', qrcodeOutputDest, desc: arg('desc') || 'preview' });
    console.log(`preview QR code written to ${qrcodeOutputDest}`);
  } else {
    await ci.upload({ project, version, desc: arg('desc') || `v${version}`, setting });
    console.log(`uploaded version ${version}`);
  }
}

main().catch((err) => fail(err && err.message ? err.message : String(err)));
