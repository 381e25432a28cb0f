#!/usr/bin/env node
/**
 * Screenshots of every page in its main states, from the browser preview in headless Chromium
 * (375×812 at deviceScaleFactor 2, full page), into screenshots/.
 *
 *   npm run screenshots                 (run `npm run build` first; `npm start` does)
 *   SHOT_TIME=2026-12-01T22:30:00+08:00 npm run screenshots    another clock (default: a weekday 10:00 Beijing)
 *   node scripts/preview/screenshots.js home result-payment  only the shots whose names contain these words
 *   node scripts/preview/screenshots.js --care          every shot in care mode (WeChat font 24 px, care on), into docs/care/
 *   node scripts/preview/screenshots.js --escalation    the case and complaint states (issue 14), into docs/escalation/
 *
 * Prints each file with its page, title and height, and warns when a page is wider than the phone or a
 * page threw. Exits 1 when a page reported an error.
 */
const fs = require('fs');
const path = require('path');
const { startPreviewServer } = require('./serve');
const { chromiumAvailable, launchPhone, CHROMIUM_PATH } = require('./browser');

const ROOT = path.resolve(__dirname, '../..');
const CARE = process.argv.includes('--care');
/** `--escalation`: only the case and complaint states (issue 14), into docs/escalation/. */
const ESCALATION = process.argv.includes('--escalation');
const OUT = CARE ? path.join(ROOT, 'docs/care') : ESCALATION ? path.join(ROOT, 'docs/escalation') : path.join(ROOT, 'screenshots');
const { CASE_STORAGE } = require('./case-fixtures');
const SHOT_TIME = process.env.SHOT_TIME || '2026-12-01T10:00:00+08:00';
const WIDTH = 375;

/**
 * Concrete problems with a shot of their own (the README shows these): the issue's six, then one for each
 * category the six leave out.
 */
const CONCRETE_SHOTS = [
  ['payment', 'wrong-transfer'],
  ['fraud', 'scam-paid'],
  ['stolen', 'hijacked'],
  ['stolen', 'phone-lost'],
  ['banned', 'account-banned'],
  ['other', 'need-human'],
  ['login', 'forgot-password'],
  ['howto', 'chat-history'],
  ['report', 'harassment'],
];

/** Complete answers from the app's own flow (so new questions are followed), starting from `start`. */
function completeAnswers(flow, start, preferred) {
  const answers = { ...start };
  for (let q = flow.nextQuestion(answers), guard = 0; q && guard < 10; q = flow.nextQuestion(answers), guard++) {
    answers[q] = preferred[q] || flow.optionIds(q)[0];
  }
  return answers;
}

/** The concrete problems above with complete answers; none when the flow cannot be read. */
function concreteAnswers() {
  try {
    require('../ts-register');
    const flow = require('../../miniprogram/core/flow');
    return CONCRETE_SHOTS.map(([problem, detail]) => completeAnswers(flow, { problem, detail }, { urgent: 'yes', region: 'mainland', need: 'any' }));
  } catch (err) {
    console.warn(`(could not read the flow from core: ${err.message}; no concrete-problem shots)`);
    return [];
  }
}

/** Problem ids and complete answers (the category plan: 「不确定 / 其他情况」), from the app's own flow. */
function resultAnswers() {
  const preferred = { detail: 'unsure', urgent: 'yes', region: 'mainland', need: 'any' };
  try {
    require('../ts-register');
    const flow = require('../../miniprogram/core/flow');
    const types = require('../../miniprogram/core/types');
    return types.PROBLEM_IDS.map((problem) => {
      const answers = { problem };
      for (let q = flow.nextQuestion(answers), guard = 0; q && guard < 10; q = flow.nextQuestion(answers), guard++) {
        // The options depend on the answers so far (a category's concrete problems): take them from there.
        const ids = flow.optionsFor(q, answers).map((o) => o.id);
        answers[q] = preferred[q] && ids.includes(preferred[q]) ? preferred[q] : ids[0];
      }
      return answers;
    });
  } catch (err) {
    console.warn(`(could not read the flow from core: ${err.message}; using the documented answers)`);
    const ask = new Set(['payment', 'fraud', 'login']);
    return ['payment', 'fraud', 'stolen', 'banned', 'login', 'howto', 'report', 'other'].map((problem) => ({
      problem,
      ...(ask.has(problem) ? { urgent: 'yes' } : {}),
      region: 'mainland',
      need: 'any',
    }));
  }
}

function qs(obj) {
  return Object.entries(obj)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** The follow-up clock on the result page and each state of the complaint page (docs/escalation/). */
function escalationPlan(pages) {
  const shots = [];
  const add = (name, route, query, extra = {}) => {
    if (pages.includes(route)) shots.push({ name, route, query, storage: CASE_STORAGE, ...extra });
  };
  add('01-result-with-case', 'pages/result/index', 'v=1&problem=merchant-refund&region=mainland&need=any');
  add('02-complaint-pay-complaint', 'pages/complaint/index', 'case=merchant-refund');
  add('03-complaint-pay-intervene', 'pages/complaint/index', 'case=merchant-refund&route=pay-intervene');
  add('04-complaint-12363', 'pages/complaint/index', 'case=merchant-refund&route=12363');
  add('05-complaint-12315', 'pages/complaint/index', 'case=merchant-refund&route=12315');
  add('06-complaint-tenpay', 'pages/complaint/index', 'case=merchant-refund&route=tenpay');
  add('07-complaint-overseas-en', 'pages/complaint/index', 'case=account-banned&route=overseas', { tap: 'wx-button[aria-label="语言 English"]' });
  add('08-complaint-12300-waiting', 'pages/complaint/index', 'case=account-banned&route=12300');
  add('09-complaint-empty', 'pages/complaint/index', 'case=scam-paid', { storage: {} });
  add('10-complaint-bad-link', 'pages/complaint/index', 'case=nope', { storage: {} });
  add('11-result-without-case', 'pages/result/index', 'v=1&problem=merchant-refund&region=mainland&need=any', { storage: {} });
  add('12-notes-cases-clock', 'pages/notes/index', 'v=1');
  add('13-notes-add-to-case', 'pages/notes/index', 'case=merchant-refund&add=1');
  add('14-follow-pay-intervene', 'pages/follow/index', 'v=1&case=merchant-refund&step=pay-intervene', { storage: {} });
  add('15-follow-12300', 'pages/follow/index', 'v=1&case=account-banned&step=12300&from=2026-11-25', { storage: {} });
  add('16-follow-bad-link', 'pages/follow/index', 'v=1&case=nope&step=12300', { storage: {} });
  return shots;
}

function plan(pages, appStyle) {
  if (ESCALATION) return escalationPlan(pages);
  const has = (route) => pages.includes(route);
  const shots = [];
  const add = (name, route, query = '', extra = {}) => {
    if (has(route)) shots.push({ name, route, query, ...extra });
  };
  add('01-home', 'pages/index/index');
  add('02-channels', 'pages/channels/index');
  add('03-channel-pay-hotline', 'pages/channel/index', 'v=1&id=pay-hotline');
  add('04-channel-emergency-freeze', 'pages/channel/index', 'v=1&id=emergency-freeze');
  add('05-flow-1-problem', 'pages/flow/index', 'v=1');
  add('06-flow-2-urgent', 'pages/flow/index', 'v=1&problem=payment');
  add('07-flow-3-region', 'pages/flow/index', 'v=1&problem=payment&urgent=yes');
  add('08-flow-4-need', 'pages/flow/index', 'v=1&problem=payment&urgent=yes&region=mainland');
  resultAnswers().forEach((answers, i) => add(`${String(10 + i).padStart(2, '0')}-result-${answers.problem}`, 'pages/result/index', qs({ v: 1, ...answers })));
  concreteAnswers().forEach((answers) => add(`50-result-${answers.detail}`, 'pages/result/index', qs({ v: 1, ...answers })));
  add('20-home-bad-qr-link', 'pages/index/index', 'scene=garbage');
  add('21-verify', 'pages/verify/index');
  add('22-notes', 'pages/notes/index');
  add('23-home-care-mode', 'pages/index/index', '', { storage: { 'wsn:care': JSON.stringify(true) }, expectClass: 'page--care' });
  add('24-home-english', 'pages/index/index', '', { params: 'lang=en' });
  if (appStyle === 'v2') add('25-home-without-style-v2', 'pages/index/index', '', { params: 'style=v1' });
  // Every other page listed in app.json gets one shot too (new pages appear without editing this file).
  const covered = new Set(shots.map((s) => s.route));
  pages
    .filter((p) => !covered.has(p))
    .forEach((p, i) =>
      add(
        `${30 + i}-${p
          .replace(/^pages\//, '')
          .replace(/\/index$/, '')
          .replace(/\//g, '-')}`,
        p,
      ),
    );
  return shots;
}

async function main() {
  if (!chromiumAvailable()) {
    console.error(`Chromium not found at ${CHROMIUM_PATH}. Install it: apt-get install chromium fonts-noto-cjk`);
    process.exit(2);
  }
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  fs.mkdirSync(OUT, { recursive: true });
  // A full run replaces the set: no PNG of a state that no longer exists is left behind.
  if (!filters.length) for (const f of fs.readdirSync(OUT)) if (f.endsWith('.png')) fs.rmSync(path.join(OUT, f));
  const server = await startPreviewServer({ port: 0 });
  const app = server.preview.warm().app;
  if (app.errors.length) console.warn(`Build problems (also shown in the pages):\n  ${app.errors.join('\n  ')}`);
  const shots = plan(app.pages, app.style).filter((s) => !filters.length || filters.some((f) => s.name.includes(f)));
  const phone = await launchPhone();
  const page = await phone.context.newPage();
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  let failed = 0;
  const started = Date.now();
  console.log(`Screenshots at ${SHOT_TIME} (Beijing time), ${WIDTH}×812 @2x, into ${path.relative(ROOT, OUT)}/`);
  try {
    for (const shot of shots) {
      const search = new URLSearchParams({ shot: '1', now: SHOT_TIME });
      if (CARE) {
        search.set('font', '24');
        shot.storage = { ...(shot.storage || {}), 'wsn:care': JSON.stringify(true) };
      }
      if (shot.params) for (const [k, v] of new URLSearchParams(shot.params)) search.set(k, v);
      const url = `${server.url}?${search}#/${shot.route}${shot.query ? `?${shot.query}` : ''}`;
      pageErrors.length = 0;
      await page.goto(url);
      await page.waitForFunction(() => window.__preview);
      await page.evaluate(() => localStorage.clear());
      if (shot.storage) {
        await page.evaluate((entries) => {
          for (const [k, v] of Object.entries(entries)) window.wx.setStorageSync(k, v);
        }, shot.storage);
      }
      await page.reload();
      await page.waitForFunction(() => window.__preview);
      const stack = await page.evaluate(() => window.__preview.whenIdle(200));
      if (shot.tap) {
        await page.locator(`.wxp-page:not(.wxp-page--hidden) ${shot.tap}`).first().click();
        await page.evaluate(() => window.__preview.whenIdle(200));
      }
      await page.waitForTimeout(120);
      const info = await page.evaluate(
        ({ expectClass }) => ({
          errors: window.__preview.errors.slice(),
          width: document.documentElement.scrollWidth,
          height: document.documentElement.scrollHeight,
          hasClass: expectClass ? !!document.querySelector(`page[class*="${expectClass}"], page [class*="${expectClass}"]`) : true,
        }),
        { expectClass: shot.expectClass },
      );
      if (shot.expectClass && !info.hasClass) {
        console.log(`  - ${shot.name}: skipped (storage ${Object.keys(shot.storage || {}).join(', ')} did not switch on .${shot.expectClass})`);
        continue;
      }
      const file = path.join(OUT, `${shot.name}.png`);
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height: info.height } });
      const top = stack[stack.length - 1] || {};
      const where = `${top.route}${top.query ? `?${top.query}` : ''}`;
      const notes = [];
      if (info.width > WIDTH) notes.push(`content is ${info.width}px wide (wider than the ${WIDTH}px screen)`);
      const errs = [...info.errors, ...pageErrors];
      if (errs.length) {
        failed += 1;
        notes.push(`ERROR: ${errs.join(' | ').slice(0, 400)}`);
      }
      console.log(
        `  ✓ ${path.relative(ROOT, file)}  ${where}  “${top.title || ''}”  ${info.height}px${notes.length ? `\n      ! ${notes.join('\n      ! ')}` : ''}`,
      );
    }
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => undefined);
    await phone.close();
    await server.close();
  }
  console.log(`${shots.length} shots in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failed) {
    console.error(`${failed} page(s) reported errors`);
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
  });
}

module.exports = { plan, resultAnswers, concreteAnswers, CONCRETE_SHOTS };
