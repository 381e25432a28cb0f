#!/usr/bin/env node
/**
 * The other way to put the app on a poster: a mini-program code (小程序码)
 * from WeChat's `wxacode.getUnlimited` (POST /wxa/getwxacodeunlimit), for
 * whoever has the mini program's AppID and AppSecret.
 *
 *   WX_APPID=wx… WX_SECRET=… node scripts/poster/wxacode.js --problem stolen [--out FILE.png] [--env release|trial|develop]
 *
 * The code carries `scene` = buildScene(route) (≤ 32 characters, e.g. `1f.stolen`)
 * and opens `pages/index/index`, the home page, which routes `scene` (and `q`)
 * to the right page. This needs WeChat's servers, so it is never run in tests
 * or CI; only its "credentials missing" path is tested. The secret and the
 * access token are never printed or written anywhere.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { parseArgs, routeFor, PosterUsageError, REPO_ROOT } = require('./poster');
require('../ts-register');
const core = require('../../miniprogram/core/index.ts');

const USAGE = `Usage: WX_APPID=… WX_SECRET=… node scripts/poster/wxacode.js (--problem ID | --channel ID) [--out FILE.png] [--env release|trial|develop] [--width PX]

Writes a mini-program code (wxacode.getUnlimited) whose scene opens the same page as the poster's QR code.
  --env     version to open (default release; trial/develop also skip the "page is published" check)
  --width   280…1280 pixels (default 430)
  --out     default posters/wxacode-<problem|channel>-<id>.png
Needs the mini program's AppID and AppSecret (mp.weixin.qq.com → 开发管理 → 开发设置) in WX_APPID and WX_SECRET.`;

const SPEC = { problem: 'value', channel: 'value', out: 'value', env: 'value', width: 'value', help: 'flag' };
const API = 'https://api.weixin.qq.com';
/** Characters WeChat allows in a scene. */
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;
const HOME_PAGE = 'pages/index/index';

async function postJson(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(20000),
  });
  return { type: res.headers.get('content-type') || '', bytes: Buffer.from(await res.arrayBuffer()) };
}

/** getStableAccessToken: POST /cgi-bin/stable_token (the token is kept in memory only). */
async function accessToken(appid, secret) {
  const { bytes } = await postJson(`${API}/cgi-bin/stable_token`, { grant_type: 'client_credential', appid, secret });
  let data;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Error('stable_token: the answer was not JSON');
  }
  if (!data.access_token)
    throw new Error(`stable_token failed: errcode ${data.errcode} ${data.errmsg || ''} (check WX_APPID / WX_SECRET and the API IP allowlist)`);
  return data.access_token;
}

async function main(argv) {
  const args = parseArgs(argv, SPEC);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const route = routeFor(args);
  const envVersion = args.env || 'release';
  if (['release', 'trial', 'develop'].indexOf(envVersion) < 0) throw new PosterUsageError(`--env must be release, trial or develop, not "${envVersion}"`);
  const width = args.width === undefined ? 430 : Number(args.width);
  if (!Number.isInteger(width) || width < 280 || width > 1280) throw new PosterUsageError('--width must be a whole number from 280 to 1280');
  const scene = core.buildScene(route);
  if (scene.length > core.MAX_SCENE_LENGTH || !SCENE_CHARS.test(scene)) throw new Error(`internal: scene "${scene}" is not a valid wxacode scene`);

  let out = args.out;
  if (out === undefined) out = path.join(REPO_ROOT, 'posters', `wxacode-${route.page === 'channel' ? `channel-${route.id}` : `problem-${args.problem}`}.png`);
  else if (!fs.existsSync(path.dirname(path.resolve(out)))) throw new PosterUsageError(`--out: the folder ${path.dirname(path.resolve(out))} does not exist`);

  // Credentials last among the checks, first before any network call.
  const appid = process.env.WX_APPID;
  const secret = process.env.WX_SECRET;
  const missing = [!appid && 'WX_APPID', !secret && 'WX_SECRET'].filter(Boolean);
  if (missing.length) {
    throw new PosterUsageError(
      `${missing.join(' and ')} not set: this script calls WeChat's wxacode.getUnlimited and needs the mini program's AppID and AppSecret ` +
        '(mp.weixin.qq.com → 开发管理 → 开发设置). Example: WX_APPID=wx0123… WX_SECRET=… node scripts/poster/wxacode.js --problem stolen. ' +
        'Without them, use the ordinary-link QR posters: npm run poster -- --problem stolen',
    );
  }

  const token = await accessToken(appid, secret);
  // is_hyaline (transparent background) asks for a PNG; an opaque code may come back as JPEG.
  const body = { scene, page: HOME_PAGE, width, env_version: envVersion, check_path: envVersion === 'release', is_hyaline: true };
  const { type, bytes } = await postJson(`${API}/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`, body);
  const isPng = bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const isJpeg = bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isPng && !isJpeg) {
    // Errors come back as JSON, e.g. 41030 "page 不存在或者小程序没有发布" (try --env develop before the first release).
    let detail = bytes.toString('utf8').slice(0, 300);
    if (/json/.test(type)) {
      try {
        const data = JSON.parse(detail);
        detail = `errcode ${data.errcode} ${data.errmsg || ''}`;
      } catch {
        /* keep the raw text */
      }
    }
    throw new Error(`getwxacodeunlimit failed: ${detail}`);
  }
  if (isJpeg) out = out.replace(/\.png$/i, '') + '.jpg'; // keep the extension true to the content
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, bytes);
  console.log(`wrote ${path.relative(process.cwd(), path.resolve(out))} (scene ${scene}, page ${HOME_PAGE}, ${envVersion})`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`wxacode: ${err && err.message ? err.message : err}`);
    process.exitCode = err && err.exitCode ? err.exitCode : 1;
  },
);
