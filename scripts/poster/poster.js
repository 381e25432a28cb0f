/**
 * Help-desk posters: one print-ready A4 page, as SVG and PDF, for a problem
 * (`stolen`, `payment` …), a concrete problem (`wrong-transfer`, `hijacked` …:
 * its plan's first steps, opening its result) or a channel (`pay-hotline` …).
 *
 * The poster carries
 *  - an ordinary-link QR code with the app's own codec: `buildQrUrl(route, prefix)`,
 *    i.e. `<prefix>?s=<scene>`; WeChat hands that URL to pages/index/index as `q`;
 *  - the short code `buildScene(route)` (e.g. `1f.stolen`) that can be typed into
 *    the home search by people who cannot scan;
 *  - the same guidance in plain words (steps, numbers, hours, what to prepare,
 *    the safety warning), so the poster helps without scanning at all.
 *
 * Everything is computed from miniprogram/core (loaded through the same
 * require hook as bench.js and check-data.js). Output is deterministic: a
 * fixed `now` picks the channel order (and nothing time-dependent is printed),
 * text is measured with a fixed width table instead of the installed font,
 * and the PDF's dates and file id are fixed.
 *
 * `makePoster(options)` is the whole job; cli.js only parses argv and writes files.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const QRCode = require('qrcode');

// Lets node require the TypeScript sources (jest has its own transform; the hook is harmless there).
require('../ts-register');
const core = require('../../miniprogram/core/index.ts');
// A concrete problem's poster prints the app's own result view (its plan) and opens that result.
const { resultView } = require('../../miniprogram/core/view/result.ts');
const { concreteById } = require('../../miniprogram/core/data/catalogue/index.ts');
const { POLICE_CONTACTS } = require('../../miniprogram/core/data/plans.ts');

const CONFIG_PATH = path.join(__dirname, 'config.json');
const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The documented placeholder prefix: a poster made with it gets a visible "sample" note. */
const PLACEHOLDER_PREFIX = 'https://example.org/wsn';
const MAX_PREFIX_LENGTH = 200;

/**
 * The moment used only to order the channels of a recommendation (Wednesday
 * 2026-06-10 12:00 Beijing time: no peak period, every channel with known
 * hours is open). Nothing about "open now" is printed: a poster lives for months.
 */
const FIXED_NOW = Date.UTC(2026, 5, 10, 4);

const LANGS = ['zh', 'en'];

/** A wrong option or value: the CLI prints the message and exits with code 2. */
class PosterUsageError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PosterUsageError';
    this.exitCode = 2;
  }
}

/** Anything else that stops a poster (e.g. no CJK font): exit code 1. */
class PosterError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PosterError';
    this.exitCode = 1;
  }
}

// ---------------------------------------------------------------------------
// Options shared by cli.js and wxacode.js
// ---------------------------------------------------------------------------

/** Longest value accepted for any option (the prefix has its own, lower limit). */
const MAX_ARG_LENGTH = 300;

/**
 * Parses `--name value` / `--name=value` arguments. `spec` maps option names
 * to `'value'` or `'flag'`. Throws PosterUsageError on anything unexpected.
 */
function parseArgs(argv, spec) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.length > MAX_ARG_LENGTH) throw new PosterUsageError(`argument too long (${arg.length} characters, at most ${MAX_ARG_LENGTH})`);
    const m = /^--([a-z][a-z-]*)(?:=([\s\S]*))?$/.exec(arg);
    if (!m) throw new PosterUsageError(`unexpected argument "${arg}" (options start with --; see --help)`);
    const name = m[1];
    if (!Object.prototype.hasOwnProperty.call(spec, name)) {
      throw new PosterUsageError(
        `unknown option --${name} (known: ${Object.keys(spec)
          .map((k) => `--${k}`)
          .join(', ')})`,
      );
    }
    if (Object.prototype.hasOwnProperty.call(out, name)) throw new PosterUsageError(`--${name} given twice`);
    if (spec[name] === 'flag') {
      if (m[2] !== undefined) throw new PosterUsageError(`--${name} takes no value`);
      out[name] = true;
      continue;
    }
    let value = m[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new PosterUsageError(`--${name} needs a value`);
      if (value.length > MAX_ARG_LENGTH) throw new PosterUsageError(`value of --${name} too long (${value.length} characters, at most ${MAX_ARG_LENGTH})`);
      i++;
    }
    if (value === '') throw new PosterUsageError(`--${name} needs a value`);
    out[name] = value;
  }
  return out;
}

/**
 * The answers a concrete problem's poster prints and opens: the problem, then
 * each follow-up the flow asks answered as a category poster answers it
 * (urgent, in the mainland, any way of contact).
 */
const POSTER_FOLLOW_UPS = { urgent: 'yes', region: 'mainland', need: 'any' };
function concreteAnswers(id) {
  const problem = concreteById(id);
  let answers = core.canonicalAnswers({ problem: problem.category, detail: id });
  for (let q = core.nextQuestion(answers); q !== null; q = core.nextQuestion(answers)) {
    if (!Object.prototype.hasOwnProperty.call(POSTER_FOLLOW_UPS, q)) throw new Error(`internal: ${id} asks ${q}, which a poster cannot answer`);
    answers = core.canonicalAnswers({ ...answers, [q]: POSTER_FOLLOW_UPS[q] });
  }
  return answers;
}

/**
 * The route a poster opens: exactly one of `problem` / `channel`, validated against the data.
 * A category opens its first question; a concrete problem (`wrong-transfer`) opens its result.
 */
function routeFor(options) {
  const { problem, channel } = options;
  if (problem !== undefined && channel !== undefined) throw new PosterUsageError('give either --problem or --channel, not both');
  if (problem === undefined && channel === undefined) {
    throw new PosterUsageError(
      `give --problem ID or --channel ID\n  problems: ${core.PROBLEM_IDS.join(', ')}\n  concrete problems: ${core.CONCRETE_IDS.join(', ')}\n  channels: ${core.CHANNEL_IDS.join(', ')}`,
    );
  }
  if (problem !== undefined) {
    if (core.CONCRETE_IDS.indexOf(problem) >= 0) return { page: 'result', answers: concreteAnswers(problem) };
    if (core.PROBLEM_IDS.indexOf(problem) < 0) {
      throw new PosterUsageError(
        `unknown problem "${problem}"; valid problems: ${core.PROBLEM_IDS.join(', ')}; concrete problems: ${core.CONCRETE_IDS.join(', ')}`,
      );
    }
    return { page: 'flow', answers: { problem } };
  }
  if (core.CHANNEL_IDS.indexOf(channel) < 0) {
    throw new PosterUsageError(`unknown channel "${channel}"; valid channels: ${core.CHANNEL_IDS.join(', ')}`);
  }
  return { page: 'channel', id: channel };
}

/** Throws PosterUsageError unless `prefix` is an https URL without query or fragment, ≤ 200 characters. */
function validatePrefix(prefix, origin = 'prefix') {
  const bad = (why) => new PosterUsageError(`bad QR URL ${origin} "${prefix}": ${why}`);
  if (typeof prefix !== 'string' || prefix === '') throw bad('it is empty');
  if (prefix.length > MAX_PREFIX_LENGTH) throw bad(`it is ${prefix.length} characters long, at most ${MAX_PREFIX_LENGTH} are allowed`);
  if (!/^[\x21-\x7e]+$/.test(prefix)) throw bad('only printable ASCII without spaces is allowed');
  if (prefix.indexOf('?') >= 0 || prefix.indexOf('#') >= 0) throw bad('it must not contain a ?query or #fragment (the poster adds ?s=<code>)');
  let url;
  try {
    url = new URL(prefix);
  } catch {
    throw bad('it is not a URL');
  }
  if (url.protocol !== 'https:' || !/^https:\/\//i.test(prefix)) throw bad('it must start with https://');
  if (!url.hostname || url.hostname.indexOf('.') < 0) throw bad('it needs a full domain name');
  if (url.username || url.password) throw bad('it must not contain a user name or password');
  return prefix;
}

function readConfig() {
  const config = JSON.parse(fs.readFileSync(CONFIG_PATH, 'utf8'));
  if (typeof config.qrPrefix !== 'string') throw new PosterError(`${CONFIG_PATH}: "qrPrefix" must be a string`);
  return config;
}

/**
 * The QR URL prefix: `--prefix`, else env WSN_QR_PREFIX, else config.json.
 * Returns `{ prefix, source, placeholder }`.
 */
function resolvePrefix(given, env = process.env) {
  let prefix;
  let source;
  if (given !== undefined) {
    prefix = given;
    source = '--prefix';
  } else if (env.WSN_QR_PREFIX) {
    prefix = env.WSN_QR_PREFIX;
    source = 'WSN_QR_PREFIX';
  } else {
    prefix = readConfig().qrPrefix;
    source = 'scripts/poster/config.json';
  }
  validatePrefix(prefix, `prefix (from ${source})`);
  return { prefix, source, placeholder: prefix === PLACEHOLDER_PREFIX };
}

// ---------------------------------------------------------------------------
// Fonts
// ---------------------------------------------------------------------------

/** Where distributions put Noto Sans CJK (Debian/Ubuntu `fonts-noto-cjk` first). */
const FONT_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', // Debian, Ubuntu: fonts-noto-cjk
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', // Arch: noto-fonts-cjk
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', // Fedora: google-noto-sans-cjk-ttc-fonts
];
/** The Simplified Chinese face inside the Noto Sans CJK collections. */
const DEFAULT_FACE = 'NotoSansCJKsc-Regular';

const FONT_HINT =
  'On Debian/Ubuntu run: apt-get install fonts-noto-cjk\n' + '(or point WSN_POSTER_FONT at a CJK .ttf/.otf, or at a .ttc as /path/font.ttc#PostScriptName).';
const FONT_HELP = `No CJK font found for the PDF (Chinese text needs one). ${FONT_HINT}`;

/** `path` or `path#Face` → `{ path, face }` (face only matters for .ttc collections). */
function fontSpec(value, defaultFace) {
  const hash = value.lastIndexOf('#');
  if (hash > 0) return { path: value.slice(0, hash), face: value.slice(hash + 1) };
  return { path: value, face: /\.ttc$/i.test(value) ? defaultFace : undefined };
}

/**
 * The regular and bold CJK fonts for the PDF, or null when none is installed.
 * WSN_POSTER_FONT (regular) and WSN_POSTER_FONT_BOLD override the search;
 * a WSN_POSTER_FONT that does not exist is an error, not a silent fallback.
 */
function findCjkFont(env = process.env) {
  let regular;
  if (env.WSN_POSTER_FONT) {
    regular = fontSpec(env.WSN_POSTER_FONT, DEFAULT_FACE);
    if (!fs.existsSync(regular.path)) throw new PosterError(`WSN_POSTER_FONT: no such file ${regular.path}\n${FONT_HINT}`);
  } else {
    const found = FONT_CANDIDATES.find((p) => fs.existsSync(p));
    if (!found) return null;
    regular = { path: found, face: DEFAULT_FACE };
  }
  let bold;
  if (env.WSN_POSTER_FONT_BOLD) {
    bold = fontSpec(env.WSN_POSTER_FONT_BOLD, DEFAULT_FACE.replace('Regular', 'Bold'));
    if (!fs.existsSync(bold.path)) throw new PosterError(`WSN_POSTER_FONT_BOLD: no such file ${bold.path}`);
  } else {
    // The bold face usually sits next to the regular one (…-Regular… → …-Bold…).
    const boldPath = regular.path.replace(/Regular/g, 'Bold');
    bold = boldPath !== regular.path && fs.existsSync(boldPath) ? { path: boldPath, face: regular.face && regular.face.replace(/Regular/g, 'Bold') } : regular;
  }
  return { regular, bold };
}

// ---------------------------------------------------------------------------
// Text measuring and wrapping (fixed metrics: same layout on every machine)
// ---------------------------------------------------------------------------

/* Advance widths (1/1000 em) of ASCII 32…126 in Noto Sans CJK SC Regular and Bold.
 * CJK characters and full-width punctuation are 1 em. */
// prettier-ignore
const ASCII_REGULAR = [224,323,474,555,555,921,680,278,338,338,467,555,278,347,278,392,555,555,555,555,555,555,555,555,555,555,278,278,555,555,555,474,946,608,657,638,688,589,552,689,728,293,535,646,543,812,723,742,633,742,635,596,599,721,575,878,573,531,603,338,392,338,555,559,606,563,618,510,620,554,325,564,607,275,275,552,284,926,610,606,620,620,388,468,377,607,521,802,498,521,475,338,270,338,555];
// prettier-ignore
const ASCII_BOLD = [227,370,574,590,590,963,740,325,378,378,507,590,325,370,325,387,590,590,590,590,590,590,590,590,590,590,325,325,590,590,590,514,1007,641,681,656,714,615,585,717,757,330,568,686,578,853,749,770,667,770,682,624,625,748,619,915,627,580,613,378,387,378,590,567,626,591,644,527,644,581,372,597,640,304,306,604,315,964,641,626,644,644,436,495,421,637,576,863,562,574,511,378,296,378,590];
const OTHER_WIDTHS = { '\u00a5': 590, '\u2013': 545, '\u2014': 910 };

function charWidth(ch, bold) {
  const c = ch.codePointAt(0);
  if (c >= 32 && c < 127) return (bold ? ASCII_BOLD : ASCII_REGULAR)[c - 32];
  return OTHER_WIDTHS[ch] || 1000;
}

/** Width in points of `text` at `size`. */
function textWidth(text, size, bold = false) {
  let w = 0;
  for (const ch of text) w += charWidth(ch, bold);
  return (w * size) / 1000;
}

/** Characters that must not start a line (they stick to the one before). */
const NO_START = new Set('，。、；：！？）》」』】〕”’,.;:!?)]}%…·');
/** Characters that must not end a line (they stick to the one after). */
const NO_END = new Set('（《「『【〔“‘([{');

/** CJK characters and full-width punctuation: each is its own piece (a line may break around it). */
function isWide(ch) {
  const c = ch.codePointAt(0);
  return c >= 0x2e80 || (c >= 0x2000 && (NO_START.has(ch) || NO_END.has(ch) || ch === '→')) || ch === '·';
}

const isIdeograph = (ch) => {
  const c = ch.codePointAt(0);
  return c >= 0x3400 && c <= 0x9fff;
};

/**
 * Splits text into unbreakable pieces: Latin words, single CJK characters
 * (with the punctuation that must stay next to them), spaces. In mostly-Latin
 * text a run of Chinese characters (a name such as 腾讯卫士) stays in one piece.
 */
function tokenize(text) {
  const raw = [];
  let word = '';
  for (const ch of text) {
    if (/\s/.test(ch)) {
      if (word) raw.push(word);
      word = '';
      raw.push(' ');
    } else if (isWide(ch) && !(ch === '’' && word)) {
      if (word) raw.push(word);
      word = '';
      raw.push(ch);
    } else {
      word += ch;
    }
  }
  if (word) raw.push(word);
  const latin = (text.match(/[A-Za-z]/g) || []).length;
  const cjk = [...text].filter(isIdeograph).length;
  const keepRuns = latin > cjk;
  const tokens = [];
  let glueNext = false;
  for (const tok of raw) {
    const first = [...tok][0];
    const prev = tokens.length ? [...tokens[tokens.length - 1]].pop() : '';
    const run = keepRuns && isIdeograph(first) && isIdeograph(prev);
    if (tokens.length && tok !== ' ' && (glueNext || NO_START.has(first) || run)) {
      tokens[tokens.length - 1] += tok;
    } else {
      tokens.push(tok);
    }
    glueNext = tok.length === 1 && NO_END.has(tok);
  }
  return tokens;
}

/**
 * Greedy line breaking of `text` into lines no wider than `maxWidth`; a last
 * line of one short piece (a lone character) takes a piece from the line before.
 */
function wrap(text, maxWidth, size, bold = false) {
  const fits = (str) => textWidth(str, size, bold) <= maxWidth;
  const join = (pieces) => pieces.map((p, i) => (i && p.space ? ' ' : '') + p.tok).join('');
  const lines = [];
  let line = [];
  let space = false;
  for (const tok of tokenize(text)) {
    if (tok === ' ') {
      space = line.length > 0;
      continue;
    }
    const piece = { tok, space };
    space = false;
    if (!line.length || fits(join([...line, piece]))) {
      line.push(piece);
    } else {
      lines.push(line);
      line = [piece];
    }
    // A single piece wider than the line (a long URL) is cut by characters.
    while (line.length === 1 && !fits(line[0].tok) && [...line[0].tok].length > 1) {
      const chars = [...line[0].tok];
      let n = chars.length - 1;
      while (n > 1 && !fits(chars.slice(0, n).join(''))) n--;
      lines.push([{ tok: chars.slice(0, n).join(''), space: false }]);
      line = [{ tok: chars.slice(n).join(''), space: false }];
    }
  }
  if (line.length) lines.push(line);
  if (lines.length > 1) {
    const last = lines[lines.length - 1];
    const prev = lines[lines.length - 2];
    if (last.length === 1 && prev.length > 2 && textWidth(last[0].tok, size, bold) < maxWidth * 0.15) {
      const moved = prev.pop();
      if (fits(join([moved, ...last]))) lines[lines.length - 1] = [moved, { ...last[0] }];
      else prev.push(moved);
    }
  }
  return lines.length ? lines.map(join) : [''];
}

// ---------------------------------------------------------------------------
// Poster content: every string, in one language, computed from core
// ---------------------------------------------------------------------------

const UI = {
  brandProblem: { zh: '微信客服导航 · 求助指引', en: 'WeChat Service Navigator · Help guide' },
  brandChannel: { zh: '微信客服导航 · 客服渠道指引', en: 'WeChat Service Navigator · Channel guide' },
  startHere: { zh: '首选渠道', en: 'Start here' },
  howTo: { zh: '怎么做', en: 'What to do' },
  stepsUnknown: { zh: '具体步骤未确认，请扫码查看最新说明。', en: 'The steps are not confirmed; scan the code for the latest.' },
  phone: { zh: '电话', en: 'Phone' },
  phoneAbroad: { zh: '境外拨打', en: 'From abroad' },
  hours: { zh: '服务时间', en: 'Hours' },
  typical: { zh: '（典型时间）', en: ' (typical hours)' },
  call: { zh: '拨打', en: 'call' },
  seeStep: { zh: '（见第 {n} 步）', en: ' (see step {n})' },
  website: { zh: '网址', en: 'Website' },
  email: { zh: '邮箱', en: 'Email' },
  account: { zh: '公众号', en: 'Official account' },
  miniProgram: { zh: '小程序', en: 'Mini program' },
  searchName: { zh: '（在微信里搜索名称）', en: ' (search its name in WeChat)' },
  fallbacks: { zh: '还没解决？也可以找', en: 'Still stuck? Also try' },
  notes: { zh: '注意', en: 'Good to know' },
  prepare: { zh: '请提前准备', en: 'Have these ready' },
  materialsUnknown: { zh: '所需材料未确认，建议带上本人身份证件和相关截图。', en: 'Not confirmed; bring your ID and any screenshots.' },
  safetyTitle: { zh: '防骗提醒', en: 'Beware of scams' },
  scanTitle: { zh: '微信扫一扫', en: 'Scan with WeChat' },
  scanProblem: { zh: '打开这个问题的求助步骤', en: 'Opens the help steps for this problem' },
  scanChannel: { zh: '打开这个渠道的详细说明', en: 'Opens the details of this channel' },
  cantScan: { zh: '扫不了码？', en: 'Cannot scan?' },
  typeCode: { zh: '在「微信客服导航」小程序首页搜索框输入：', en: 'Type this into the search box on the home page of the 微信客服导航 mini program:' },
  placeholder: {
    zh: '样张：二维码用的是占位网址，尚未登记，扫码不会打开小程序。',
    en: 'Sample: this QR code uses a placeholder address that is not registered, so it will not open the mini program.',
  },
  footer: {
    zh: '本海报由「微信客服导航」根据公开资料整理，资料核对于 {date}；不是腾讯或微信的官方海报。服务安排可能变化，请以微信官方说明为准。',
    en: 'Made by WeChat Service Navigator from public sources checked on {date}; not an official Tencent or WeChat poster. Services can change: official WeChat information comes first.',
  },
};

const hasCjk = (s) => /[\u2e80-\uffff]/.test(s);

/**
 * The one-line hours of a channel, never "open now": weekly hours (marked
 * "（典型时间）" when the data has them only as typical, as the app's card does),
 * or "服务时间未确认".
 */
function hoursLine(channel, lang) {
  if (channel.hours.known) return core.hoursText(channel.hours.value, lang) + (channel.hours.typical ? UI.typical[lang] : '');
  const status = core.channelStatus(channel, FIXED_NOW);
  // Unknown hours give state 'unknown', whose line is "服务时间未确认" / "Hours not confirmed".
  if (status.state !== 'unknown') throw new Error(`internal: hours of ${channel.id} should be unknown`);
  return core.statusLine(status, lang);
}

/**
 * The hours of one of a channel's numbers, from core's one model (core/facts.ts, the same
 * function the app's channel page reads): a purpose number (95017 on the freeze card) has
 * the hours of the phone channel whose own number it is, never the card's.
 */
function numberHoursNote(channel, field, lang) {
  return core.numberHoursNote(channel, field, lang) || core.statusLine({ state: 'unknown' }, lang);
}

/** "冻结微信支付：拨打 95017" / "Freeze WeChat Pay: call 95017" (the app's label for the same action). */
function purposeCall(phone, number, lang) {
  return `${phone.purpose[lang]}${lang === 'zh' ? '：' : ': '}${UI.call[lang]} ${number}`;
}

/**
 * The facts of a channel that are known in the data, as rows of label, value
 * and notes under the value. Each hours text sits with what it belongs to:
 *  - `hours`: the channel's own hours, printed under its name, before the steps
 *    (null when they belong to the channel's phone number instead);
 *  - a phone channel's number carries the channel's hours as a note;
 *  - a number with a `purpose` (95017 on the freeze card only freezes WeChat
 *    Pay) is printed as that action, small, with its own hours, never the card's;
 *  - the number from abroad carries the data's note about it (the limit that
 *    names it, with its hours), or "服务时间未确认"; that limit is then not
 *    repeated under "注意" (`usedLimits`).
 * `steps` are the printed steps, so that a purpose number can point at the step that explains it.
 */
function channelFacts(channel, lang, steps) {
  const L = (k) => UI[k][lang];
  const facts = [];
  const usedLimits = [];
  let hours = channel.hours.known ? { label: L('hours'), value: hoursLine(channel, lang) } : { label: '', value: hoursLine(channel, lang), muted: true };
  const phone = phoneParts(channel, lang);
  if (phone && phone.purpose) {
    const n = steps.findIndex((step) => step.indexOf(phone.dial) >= 0 || step.indexOf(phone.number) >= 0);
    const see = n >= 0 ? L('seeStep').replace('{n}', String(n + 1)) : '';
    facts.push({
      label: L('phone'),
      value: purposeCall(phone, phone.number, lang) + see,
      notes: [{ text: numberHoursNote(channel, 'phone', lang), muted: true }],
    });
  } else if (phone) {
    const notes = phone.hint ? [{ text: phone.hint }] : [];
    if (channel.kind === 'phone') {
      // The phone is the channel: its hours are this number's hours.
      notes.push({ text: numberHoursNote(channel, 'phone', lang), muted: !channel.hours.known });
      hours = null;
    } else {
      notes.push({ text: numberHoursNote(channel, 'phone', lang), muted: true });
    }
    facts.push({ label: L('phone'), value: phone.number, notes, big: true });
  }
  if (channel.phoneAbroad && channel.phoneAbroad.known) {
    const abroad = channel.phoneAbroad.value;
    // The caveat the app's card shows under the same number (core/facts.ts).
    const about = core.numberCaveats(channel, 'phoneAbroad')[0];
    if (about) usedLimits.push(about);
    const note = about ? { text: about[lang], muted: true } : { text: numberHoursNote(channel, 'phoneAbroad', lang), muted: true };
    facts.push({ label: L('phoneAbroad'), value: abroad.display, notes: [note] });
  }
  if (channel.url && channel.url.known) facts.push({ label: L('website'), value: channel.url.value.replace(/^https:\/\//, '').replace(/\/$/, '') });
  if (channel.email && channel.email.known) facts.push({ label: L('email'), value: channel.email.value.join(lang === 'zh' ? '、' : ', ') });
  if (channel.accounts && channel.accounts.known) facts.push({ label: L('account'), value: channel.accounts.value.join('、') + L('searchName') });
  if (channel.miniProgram && channel.miniProgram.known) facts.push({ label: L('miniProgram'), value: channel.miniProgram.value.name + L('searchName') });
  return { hours, facts, usedLimits };
}

/**
 * A channel's known phone number split into the number and the hint after it:
 * "95017（按 9 冻结支付）" → { number: "95017", hint: "按 9 冻结支付" }. The hint is
 * Chinese-only data, so English posters get the bare number (their steps say the same).
 * `purpose` is what the number does on this card when that is narrower than the
 * card (PhoneNumber.purpose). Null when the data has no number as a known fact.
 */
function phoneParts(channel, lang) {
  if (!channel.phone || !channel.phone.known) return null;
  const p = channel.phone.value;
  const m = /^([+\d][\d\s-]*\d)\s*[（(]?(.*?)[）)]?$/.exec(p.display);
  const number = m ? m[1] : p.display;
  const hint = m && m[2] && lang === 'zh' ? m[2] : '';
  return { number: lang === 'en' && hasCjk(number) ? p.dial : number, dial: p.dial, hint, purpose: p.purpose || null };
}

/** The short phone note after a fallback's name, when it has a known number not already in its name. */
function phoneHint(channel, lang) {
  const phone = phoneParts(channel, lang);
  if (!phone || channel.name[lang].indexOf(phone.number) >= 0) return '';
  if (phone.purpose) {
    // What the number does, not "phone 95017" next to a name it does not serve (the freeze card).
    const call = purposeCall(phone, phone.number, lang);
    return lang === 'zh' ? `（${call}）` : ` (${call.charAt(0).toLowerCase()}${call.slice(1)})`;
  }
  if (lang === 'zh') return `（电话 ${phone.number}${phone.hint ? `，${phone.hint}` : ''}）`;
  return ` (phone ${phone.number})`;
}

/** Answers used for a problem poster's recommendation. */
function posterAnswers(problemId) {
  const problem = core.problemById(problemId);
  // A category poster prints the category plan (「不确定 / 其他情况」); its QR still opens the category's first question.
  const answers = { problem: problemId, detail: core.DETAIL_UNSURE };
  if (problem.urgency === 'ask' || problem.urgency === 'always') answers.urgent = 'yes';
  answers.region = 'mainland';
  answers.need = 'any';
  return answers;
}

/**
 * The content of a problem poster, a category's or a concrete problem's: the
 * first channel with its facts, the steps, two fallbacks, what to prepare and
 * the warnings after the fixed safety one.
 */
function problemPoster(lang, p) {
  const L = (k) => UI[k][lang];
  const { hours, facts } = channelFacts(p.primary, lang, p.steps);
  return {
    kind: 'problem',
    brand: L('brandProblem'),
    title: p.title,
    subtitle: p.subtitle,
    section: L('startHere'),
    name: p.primary.name[lang],
    steps: p.steps,
    stepsUnknown: L('stepsUnknown'),
    hours,
    facts,
    fallbacks: {
      label: L('fallbacks'),
      items: p.fallbacks.slice(0, 2).map((id) => core.CHANNEL_BY_ID[id].name[lang] + phoneHint(core.CHANNEL_BY_ID[id], lang)),
    },
    notes: null,
    materials: { label: L('prepare'), items: p.materials, unknown: L('materialsUnknown') },
    safety: { title: L('safetyTitle'), main: core.SAFETY_WARNING[lang], extra: p.warnings },
    scanSub: L('scanProblem'),
  };
}

function problemContent(problemId, lang) {
  const problem = core.problemById(problemId);
  const rec = core.recommend(posterAnswers(problemId), FIXED_NOW);
  if (!rec) throw new Error(`internal: incomplete answers for ${problemId}`);
  // The fixed moment must not make the order depend on the clock.
  // Only the plan's own reason: no rule reordered the channels because of the hour.
  if (rec.peak || rec.status.state === 'closed' || rec.reasons.length !== 1) {
    throw new Error(`internal: FIXED_NOW changes the order for ${problemId} (peak period or a closed channel)`);
  }
  return problemPoster(lang, {
    title: problem.label[lang],
    subtitle: core.reasonText(rec.reasons[0], lang),
    primary: core.CHANNEL_BY_ID[rec.primary],
    steps: rec.steps.map((s) => s[lang]),
    fallbacks: rec.fallbacks,
    materials: rec.materials.map((m) => m.text[lang]),
    // The other fixed warnings of the recommendation (police, fake numbers); nothing time-dependent (checked above).
    warnings: rec.warnings.filter((w) => w.code !== 'safety').map((w) => core.warningText(w, lang)),
  });
}

/** How many of a concrete plan's steps a poster prints: the first ones, in order (the QR opens the rest). */
const MAX_PLAN_STEPS = 5;

/**
 * The steps a concrete problem's poster prints: the first MAX_PLAN_STEPS of
 * its plan's "do these in order", and any later one that reaches the police
 * or 95017, so a scam victim's poster never leaves them out.
 */
function posterSteps(problem, inOrder) {
  const byId = new Map(problem.steps.map((s) => [s.id, s]));
  const police = (view) => {
    const step = byId.get(view.id);
    return !!step && (POLICE_CONTACTS.lines.indexOf(step.line) >= 0 || POLICE_CONTACTS.channels.indexOf(step.channel) >= 0);
  };
  return inOrder.filter((view, i) => i < MAX_PLAN_STEPS || police(view));
}

/** A concrete problem's poster: the app's result view for the poster's answers (core/view/result.ts). */
function concreteContent(route, lang) {
  const id = route.answers.detail;
  const view = resultView(route.answers, FIXED_NOW, lang);
  if (!view || view.concrete !== id || !view.plan) throw new Error(`internal: no plan for ${id}`);
  const problem = concreteById(id);
  const safety = core.SAFETY_WARNING[lang];
  return problemPoster(lang, {
    title: view.title,
    subtitle: problem.hint[lang],
    primary: core.CHANNEL_BY_ID[view.primary.id],
    steps: posterSteps(problem, view.plan.inOrder).map((s) => s.text),
    fallbacks: view.fallbacks.map((f) => f.id),
    materials: view.materials.map((m) => m.text),
    // The plan's own first warnings after the safety one (the page shows them all).
    warnings: view.warnings.filter((w) => w !== safety).slice(0, 2),
  });
}

function channelContent(channelId, lang) {
  const L = (k) => UI[k][lang];
  const channel = core.CHANNEL_BY_ID[channelId];
  const steps = channel.steps.known ? channel.steps.value.map((s) => s[lang]) : [];
  const { hours, facts, usedLimits } = channelFacts(channel, lang, steps);
  // A limit already printed under the number it is about is not repeated under "注意".
  const limits = channel.limits.known ? channel.limits.value.filter((l) => usedLimits.indexOf(l) < 0) : [];
  return {
    kind: 'channel',
    brand: L('brandChannel'),
    title: channel.name[lang],
    subtitle: channel.summary[lang],
    section: L('howTo'),
    name: null,
    steps,
    stepsUnknown: L('stepsUnknown'),
    hours,
    facts,
    fallbacks: null,
    notes: limits.length ? { label: L('notes'), items: limits.map((s) => s[lang]) } : null,
    materials: {
      label: L('prepare'),
      items: channel.materials.known ? channel.materials.value.map((s) => s[lang]) : [],
      unknown: L('materialsUnknown'),
    },
    safety: { title: L('safetyTitle'), main: core.SAFETY_WARNING[lang], extra: [] },
    scanSub: L('scanChannel'),
  };
}

// ---------------------------------------------------------------------------
// Layout: a list of drawing operations, rendered to SVG and to PDF alike
// ---------------------------------------------------------------------------

const PAGE_W = 595.28; // A4 in points
const PAGE_H = 841.89;
const MARGIN = 36;
const QR_CARD_W = 192;
const GUTTER = 22;

const COLORS = {
  brand: '#0b7a43',
  brandLight: '#eef7f1',
  brandLine: '#b9dcc6',
  text: '#1b1b1b',
  muted: '#595959',
  white: '#ffffff',
  warnBg: '#fff3eb',
  warnLine: '#c2410c',
  warnText: '#7c2d12',
};

/** Collects drawing operations; every `y` passed in is the top of a block unless named `baseline`. */
class Page {
  constructor() {
    this.ops = [];
  }
  rect(x, y, w, h, { fill = null, stroke = null, strokeWidth = 1, radius = 0 } = {}) {
    this.ops.push({ op: 'rect', x, y, w, h, fill, stroke, strokeWidth, radius });
  }
  circle(cx, cy, r, fill) {
    this.ops.push({ op: 'circle', cx, cy, r, fill });
  }
  polygon(points, fill) {
    this.ops.push({ op: 'polygon', points, fill });
  }
  line(x1, y1, x2, y2, color, width = 1) {
    this.ops.push({ op: 'line', x1, y1, x2, y2, color, width });
  }
  image(png, x, y, w, h) {
    this.ops.push({ op: 'image', png, x, y, w, h });
  }
  /** One line of text at a baseline; `anchor` 'middle' centres it on x. */
  text(str, x, baseline, { size, bold = false, color = COLORS.text, anchor = 'start' }) {
    this.ops.push({ op: 'text', str, x, y: baseline, size, bold, color, anchor });
  }
  /** Wrapped paragraph from `top`; returns the y just under it. */
  para(str, x, top, width, { size, bold = false, color = COLORS.text, leading = 1.42, anchor = 'start' }) {
    const lh = size * leading;
    const lines = wrap(str, width, size, bold);
    lines.forEach((line, i) => {
      const baseline = top + i * lh + (lh - size) / 2 + 0.88 * size;
      this.text(line, anchor === 'middle' ? x + width / 2 : x, baseline, { size, bold, color, anchor });
    });
    return top + lines.length * lh;
  }
}

/** Height a paragraph would take (same rules as Page#para). */
function paraHeight(str, width, size, bold = false, leading = 1.42) {
  return wrap(str, width, size, bold).length * size * leading;
}

/** Largest size ≤ max (down to min) at which `str` fits `width` on one line; null if none. */
function fitSize(str, width, max, min, bold) {
  for (let s = max; s >= min; s -= 1) if (textWidth(str, s, bold) <= width) return s;
  return null;
}

/** Header band; returns its height. */
function drawHeader(page, c) {
  const x = MARGIN;
  const w = PAGE_W - 2 * MARGIN;
  const ops = new Page();
  let y = 26;
  y = ops.para(c.brand, x, y, w, { size: 12, bold: true, color: '#d8f0e1' }) + 4;
  const single = fitSize(c.title, w, 34, 24, true);
  if (single) y = ops.para(c.title, x, y, w, { size: single, bold: true, color: COLORS.white, leading: 1.25 });
  else y = ops.para(c.title, x, y, w, { size: 24, bold: true, color: COLORS.white, leading: 1.25 });
  y = ops.para(c.subtitle, x, y + 6, w, { size: 12.5, color: '#f2fbf5', leading: 1.5 }) + 20;
  page.rect(0, 0, PAGE_W, y, { fill: COLORS.brand });
  page.ops.push(...ops.ops);
  return y;
}

/** The QR card on the right; returns its bottom y. */
function drawQrCard(page, c, qr, top, s) {
  const x = PAGE_W - MARGIN - QR_CARD_W;
  const pad = 12;
  const inner = QR_CARD_W - 2 * pad;
  const ops = new Page();
  let y = top + 14;
  const titleSize = fitSize(c.scanTitle, inner, Math.round(17 * s), 12, true) || 12;
  y = ops.para(c.scanTitle, x + pad, y, inner, { size: titleSize, bold: true, color: COLORS.brand, anchor: 'middle', leading: 1.3 });
  y = ops.para(c.scanSub, x + pad, y, inner, { size: 9.5 * s, color: COLORS.muted, anchor: 'middle' }) + 4;
  ops.image(qr.png, x + pad, y, inner, inner);
  y += inner + 6;
  ops.line(x + pad, y, x + QR_CARD_W - pad, y, COLORS.brandLine, 0.8);
  y += 8;
  y = ops.para(c.cantScan, x + pad, y, inner, { size: 11 * s, bold: true, anchor: 'middle' });
  y = ops.para(c.typeCode, x + pad, y, inner, { size: 9.5 * s, color: COLORS.muted, anchor: 'middle' }) + 6;
  // The short code, large, in a white box: it is what people type, so it must be unmistakable.
  const codeSize = fitSize(qr.code, inner - 16, 22, 12, true) || 12;
  const boxH = codeSize * 1.7;
  ops.rect(x + pad, y, inner, boxH, { fill: COLORS.white, stroke: COLORS.brand, strokeWidth: 1.2, radius: 6 });
  ops.text(qr.code, x + QR_CARD_W / 2, y + boxH / 2 + codeSize * 0.36, { size: codeSize, bold: true, color: COLORS.text, anchor: 'middle' });
  y += boxH + 10;
  if (qr.placeholder) y = ops.para(c.placeholder, x + pad, y - 2, inner, { size: 8.5, color: COLORS.warnLine, anchor: 'middle', leading: 1.35 }) + 8;
  page.rect(x, top, QR_CARD_W, y - top, { fill: COLORS.brandLight, stroke: COLORS.brandLine, strokeWidth: 1, radius: 10 });
  page.ops.push(...ops.ops);
  return y;
}

/** A small coloured section label with a rule under it; returns the y under it. */
function sectionLabel(page, label, x, top, width, s) {
  const size = 12.5 * s;
  const y = page.para(label, x, top, width, { size, bold: true, color: COLORS.brand, leading: 1.3 });
  page.line(x, y + 1, x + width, y + 1, COLORS.brandLine, 0.8);
  return y + 7 * s;
}

/** Left column: primary channel (or the channel itself), its hours, steps, facts, fallbacks, notes (and the checklist when it goes here). */
function drawMain(page, c, x, top, width, s, withMaterials) {
  let y = top;
  const body = 12.5 * s;
  const labelSize = 10.5 * s;
  const rows = c.hours ? [c.hours, ...c.facts] : c.facts;
  const labelW = Math.max(0, ...rows.map((f) => textWidth(f.label, labelSize, true))) + 12 * s;
  /** One fact row: label column, value, and the notes that belong to this value right under it. */
  const fact = (f) => {
    const size = f.big ? 26 * s : body;
    const lh = size * (f.big ? 1.2 : 1.42);
    // The label sits on the value's baseline (for the big phone number: a little higher, by its middle).
    if (f.label) page.text(f.label, x, y + (lh - size) / 2 + 0.88 * size - (f.big ? 0.3 * size : 0), { size: labelSize, bold: true, color: COLORS.muted });
    const color = f.big ? COLORS.brand : f.muted ? COLORS.muted : COLORS.text;
    y = page.para(f.value, x + labelW, y, width - labelW, { size, bold: !!f.big, color, leading: f.big ? 1.2 : 1.42 });
    (f.notes || []).forEach((n, i) => {
      const noteSize = n.muted ? 11 * s : body;
      y = page.para(n.text, x + labelW, y - (i === 0 && f.big ? 2 * s : 0), width - labelW, {
        size: noteSize,
        color: n.muted ? COLORS.muted : COLORS.text,
        leading: 1.38,
      });
    });
    y += 3 * s;
  };
  y = sectionLabel(page, c.section, x, y, width, s);
  if (c.name) y = page.para(c.name, x, y, width, { size: 17 * s, bold: true, leading: 1.3 }) + 6 * s;
  // The channel's own hours, under its name and before the steps: they are the channel's, not a number's.
  if (c.hours) {
    fact(c.hours);
    y += 3 * s;
  }
  // Numbered steps.
  const steps = c.steps.length ? c.steps : null;
  if (steps) {
    const r = 8.5 * s;
    const indent = 2 * r + 8 * s;
    steps.forEach((step, i) => {
      const lh = body * 1.42;
      const cy = y + lh / 2;
      page.circle(x + r, cy, r, COLORS.brand);
      page.text(String(i + 1), x + r, cy + 0.36 * 10.5 * s, { size: 10.5 * s, bold: true, color: COLORS.white, anchor: 'middle' });
      y = page.para(step, x + indent, y, width - indent, { size: body }) + 5 * s;
    });
  } else {
    y = page.para(c.stepsUnknown, x, y, width, { size: body, color: COLORS.muted }) + 5 * s;
  }
  // Facts: label column + value (+ notes).
  if (c.facts.length) y += 6 * s;
  for (const f of c.facts) fact(f);
  const list = (block) => {
    y += 10 * s;
    y = sectionLabel(page, block.label, x, y, width, s);
    for (const item of block.items) {
      const size = block === c.notes ? 10.5 * s : body;
      const lh = size * 1.42;
      page.circle(x + 3 * s, y + lh / 2, 2.2 * s, COLORS.brand);
      y = page.para(item, x + 12 * s, y, width - 12 * s, { size, color: block === c.notes ? COLORS.muted : COLORS.text }) + 2 * s;
    }
  };
  if (c.fallbacks && c.fallbacks.items.length) list(c.fallbacks);
  if (c.notes && c.notes.items.length) list(c.notes);
  if (withMaterials) {
    y += 10 * s;
    y = drawMaterials(page, c.materials, x, y, width, 1, s);
  }
  return y;
}

/** The "have these ready" checklist in one or two columns; returns the y under it. */
function drawMaterials(page, m, x, top, width, columns, s) {
  let y = sectionLabel(page, m.label, x, top, width, s);
  const body = 12.5 * s;
  if (!m.items.length) return page.para(m.unknown, x, y, width, { size: body, color: COLORS.muted });
  const colGap = 18;
  const colW = (width - colGap * (columns - 1)) / columns;
  const box = 10 * s;
  const indent = box + 8 * s;
  for (let i = 0; i < m.items.length; i += columns) {
    let rowBottom = y;
    for (let j = 0; j < columns && i + j < m.items.length; j++) {
      const cx = x + j * (colW + colGap);
      const lh = body * 1.42;
      page.rect(cx, y + (lh - box) / 2, box, box, { stroke: COLORS.brand, strokeWidth: 1.2, radius: 2 });
      rowBottom = Math.max(rowBottom, page.para(m.items[i + j], cx + indent, y, colW - indent, { size: body }));
    }
    y = rowBottom + 4 * s;
  }
  return y;
}

/** The safety box from `top`: returns its ops (background first) and its bottom y. */
function drawSafety(sf, top, s) {
  const x = MARGIN;
  const width = PAGE_W - 2 * MARGIN;
  const pad = 14;
  const icon = 26 * s;
  const textX = x + pad + icon + 12;
  const textW = width - (textX - x) - pad;
  const text = new Page();
  let y = top + pad;
  y = text.para(sf.title, textX, y, textW, { size: 14 * s, bold: true, color: COLORS.warnLine, leading: 1.3 }) + 2;
  y = text.para(sf.main, textX, y, textW, { size: 13 * s, bold: true, color: COLORS.warnText, leading: 1.45 });
  for (const extra of sf.extra) y = text.para(extra, textX, y + 3, textW, { size: 10.5 * s, color: COLORS.warnText, leading: 1.4 });
  const bottom = y + pad;
  const box = new Page();
  box.rect(x, top, width, bottom - top, { fill: COLORS.warnBg, stroke: COLORS.warnLine, strokeWidth: 1.5, radius: 8 });
  // Warning sign: a triangle with an exclamation mark, drawn (no emoji glyph needed).
  const ix = x + pad;
  const iy = top + pad + 1;
  box.polygon(
    [
      [ix + icon / 2, iy],
      [ix + icon, iy + icon * 0.9],
      [ix, iy + icon * 0.9],
    ],
    COLORS.warnLine,
  );
  box.rect(ix + icon / 2 - 1.4 * s, iy + icon * 0.3, 2.8 * s, icon * 0.32, { fill: COLORS.white, radius: 1 });
  box.circle(ix + icon / 2, iy + icon * 0.75, 1.7 * s, COLORS.white);
  return { bottom, ops: [...box.ops, ...text.ops] };
}

/**
 * Lays out the whole page at text scale `s`, with the checklist either in the
 * left column (`materialsLeft`) or full width under both columns.
 * Returns { ops, fits }.
 */
function layout(c, qr, s, materialsLeft) {
  const page = new Page();
  const headerBottom = drawHeader(page, c);
  const top = headerBottom + 22;
  const leftW = PAGE_W - 2 * MARGIN - QR_CARD_W - GUTTER;
  const qrBottom = drawQrCard(page, c, qr, top, s);
  const mainBottom = drawMain(page, c, MARGIN, top, leftW, s, materialsLeft);
  let y = Math.max(qrBottom, mainBottom);
  if (!materialsLeft) y = drawMaterials(page, c.materials, MARGIN, y + 18 * s, PAGE_W - 2 * MARGIN, 2, s);

  // Footer at the bottom of the page; the safety box sits right above it.
  const footerSize = 8.5;
  const footerW = PAGE_W - 2 * MARGIN;
  const footerH = paraHeight(c.footer, footerW, footerSize, false, 1.45);
  const footerTop = PAGE_H - 24 - footerH;
  const safetyTop = footerTop - 14 - drawSafety(c.safety, 0, s).bottom;
  const fits = y + 16 <= safetyTop;
  page.ops.push(...drawSafety(c.safety, safetyTop, s).ops);
  page.line(MARGIN, footerTop - 6, PAGE_W - MARGIN, footerTop - 6, '#d0d0d0', 0.6);
  page.para(c.footer, MARGIN, footerTop, footerW, { size: footerSize, color: COLORS.muted, leading: 1.45 });
  return { ops: page.ops, fits };
}

/**
 * The largest text scale (1.3 … 0.7, in steps of 0.05) at which everything
 * fits on one page; at equal scale the full-width checklist is preferred.
 */
function layoutBest(c, qr) {
  for (let i = 0; i <= 12; i++) {
    const scale = Math.round((1.3 - i * 0.05) * 100) / 100;
    for (const materialsLeft of [false, true]) {
      const result = layout(c, qr, scale, materialsLeft);
      if (result.fits) return { ...result, scale, materialsLeft };
    }
  }
  throw new Error(`internal: the poster "${c.title}" does not fit on one page`);
}

// ---------------------------------------------------------------------------
// The QR code as a PNG
// ---------------------------------------------------------------------------

const QR_SCALE = 10; // pixels per module
const QR_MARGIN = 4; // quiet zone, in modules, inside the image

let crcTable = null;
function crc32(buf) {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = -1;
  for (let i = 0; i < buf.length; i++) c = crcTable[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The QR code for `text` (qrcode's encoder, error correction M) as an 8-bit
 * greyscale PNG with a 4-module quiet zone. Encoded here rather than with
 * qrcode.toBuffer so that it is small, fast and obviously the same bytes on
 * every run (no timestamps, fixed filter and compression level).
 */
function qrPng(text) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const size = (n + 2 * QR_MARGIN) * QR_SCALE;
  const stride = size + 1; // a filter-type byte (0 = none) starts every row
  const raw = Buffer.alloc(stride * size, 255);
  for (let y = 0; y < size; y++) {
    raw[y * stride] = 0;
    const my = Math.floor(y / QR_SCALE) - QR_MARGIN;
    if (my < 0 || my >= n) continue;
    for (let x = 0; x < size; x++) {
      const mx = Math.floor(x / QR_SCALE) - QR_MARGIN;
      if (mx >= 0 && mx < n && modules.get(my, mx)) raw[y * stride + 1 + x] = 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // colour type: greyscale
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------
// Renderers
// ---------------------------------------------------------------------------

const num = (v) => String(Math.round(v * 100) / 100);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function renderSvg(ops, meta) {
  const out = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="210mm" height="297mm" ` +
      `viewBox="0 0 ${num(PAGE_W)} ${num(PAGE_H)}" font-family="'Noto Sans CJK SC', sans-serif" xml:lang="${meta.lang === 'zh' ? 'zh-CN' : 'en'}">`,
  );
  out.push(`<title>${esc(meta.title)}</title>`);
  out.push(`<rect x="0" y="0" width="${num(PAGE_W)}" height="${num(PAGE_H)}" fill="#ffffff"/>`);
  for (const o of ops) {
    switch (o.op) {
      case 'rect': {
        const attrs = [`x="${num(o.x)}" y="${num(o.y)}" width="${num(o.w)}" height="${num(o.h)}"`];
        if (o.radius) attrs.push(`rx="${num(o.radius)}"`);
        attrs.push(`fill="${o.fill || 'none'}"`);
        if (o.stroke) attrs.push(`stroke="${o.stroke}" stroke-width="${num(o.strokeWidth)}"`);
        out.push(`<rect ${attrs.join(' ')}/>`);
        break;
      }
      case 'circle':
        out.push(`<circle cx="${num(o.cx)}" cy="${num(o.cy)}" r="${num(o.r)}" fill="${o.fill}"/>`);
        break;
      case 'polygon':
        out.push(`<polygon points="${o.points.map((p) => `${num(p[0])},${num(p[1])}`).join(' ')}" fill="${o.fill}"/>`);
        break;
      case 'line':
        out.push(`<line x1="${num(o.x1)}" y1="${num(o.y1)}" x2="${num(o.x2)}" y2="${num(o.y2)}" stroke="${o.color}" stroke-width="${num(o.width)}"/>`);
        break;
      case 'image':
        // The QR code as a PNG data URI (also what the tests decode); pixelated keeps module edges sharp.
        out.push(
          `<image x="${num(o.x)}" y="${num(o.y)}" width="${num(o.w)}" height="${num(o.h)}" preserveAspectRatio="none" ` +
            `style="image-rendering:pixelated" xlink:href="data:image/png;base64,${o.png.toString('base64')}"/>`,
        );
        break;
      case 'text': {
        const anchor = o.anchor === 'middle' ? ' text-anchor="middle"' : '';
        const weight = o.bold ? ' font-weight="bold"' : '';
        out.push(`<text x="${num(o.x)}" y="${num(o.y)}" font-size="${num(o.size)}"${weight} fill="${o.color}"${anchor}>${esc(o.str)}</text>`);
        break;
      }
      default:
        throw new Error(`internal: unknown op ${o.op}`);
    }
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

const fontCache = new Map();
function fontBuffer(file) {
  if (!fontCache.has(file)) fontCache.set(file, fs.readFileSync(file));
  return fontCache.get(file);
}

function renderPdf(ops, meta, fonts) {
  const PDFDocument = require('pdfkit');
  const fixed = new Date(`${core.CHECKED_ON}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: true,
    lang: meta.lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    // Fixed dates make the file id (an MD5 of this info) and the bytes reproducible.
    info: {
      Title: meta.title,
      Author: '微信客服导航 WeChat Service Navigator',
      Subject: meta.subject,
      Creator: 'scripts/poster',
      CreationDate: fixed,
      ModDate: fixed,
    },
  });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    doc.registerFont('R', fontBuffer(fonts.regular.path), fonts.regular.face);
    doc.registerFont('B', fontBuffer(fonts.bold.path), fonts.bold.face);
    doc.font('R');
    doc.font('B');
  } catch (err) {
    throw new PosterError(`cannot load the CJK font ${fonts.regular.path}${fonts.regular.face ? `#${fonts.regular.face}` : ''}: ${err.message}\n${FONT_HINT}`);
  }
  for (const o of ops) {
    switch (o.op) {
      case 'rect': {
        const shape = () => (o.radius ? doc.roundedRect(o.x, o.y, o.w, o.h, o.radius) : doc.rect(o.x, o.y, o.w, o.h));
        if (o.fill) shape().fill(o.fill);
        if (o.stroke) shape().lineWidth(o.strokeWidth).stroke(o.stroke);
        break;
      }
      case 'circle':
        doc.circle(o.cx, o.cy, o.r).fill(o.fill);
        break;
      case 'polygon':
        doc.polygon(...o.points).fill(o.fill);
        break;
      case 'line':
        doc.moveTo(o.x1, o.y1).lineTo(o.x2, o.y2).lineWidth(o.width).stroke(o.color);
        break;
      case 'image':
        doc.image(o.png, o.x, o.y, { width: o.w, height: o.h });
        break;
      case 'text': {
        doc
          .font(o.bold ? 'B' : 'R')
          .fontSize(o.size)
          .fillColor(o.color);
        const x = o.anchor === 'middle' ? o.x - doc.widthOfString(o.str) / 2 : o.x;
        doc.text(o.str, x, o.y, { lineBreak: false, baseline: 'alphabetic' });
        break;
      }
      default:
        throw new Error(`internal: unknown op ${o.op}`);
    }
  }
  doc.end();
  return done;
}

// ---------------------------------------------------------------------------
// The entry point
// ---------------------------------------------------------------------------

/** Applies `fn` to every string inside a plain object / array tree, in place. */
function deepMapStrings(node, fn) {
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (typeof v === 'string') node[key] = fn(v);
    else if (v && typeof v === 'object' && !Buffer.isBuffer(v)) deepMapStrings(v, fn);
  }
}

/**
 * Makes one poster.
 * options: { problem | channel, lang = 'zh', prefix (else env WSN_QR_PREFIX, else config.json),
 *            env = process.env, pdf = true (false: SVG only, no font needed) }
 * Resolves to { svg, pdf (Buffer or null), url, code, route, prefix, placeholder, scale, lines }.
 * Throws PosterUsageError for bad options and PosterError when the PDF cannot be made.
 */
async function makePoster(options = {}) {
  // (async for the PDF stream; everything before the PDF is synchronous)
  const env = options.env || process.env;
  const lang = options.lang === undefined ? 'zh' : options.lang;
  if (LANGS.indexOf(lang) < 0) throw new PosterUsageError(`unknown language "${lang}"; use zh or en`);
  const route = routeFor(options);
  const { prefix, placeholder } = resolvePrefix(options.prefix, env);
  const wantPdf = options.pdf !== false;
  const fonts = wantPdf ? findCjkFont(env) : null;
  if (wantPdf && !fonts) throw new PosterError(FONT_HELP);

  const url = core.buildQrUrl(route, prefix);
  const code = core.buildScene(route);
  // Self-check with the app's own parser: the QR and the typed code must open this very route.
  for (const parsed of [core.parseLink({ q: encodeURIComponent(url) }), core.parseLink({ scene: code })]) {
    if (parsed.reason !== 'ok' || !core.sameRoute(parsed.route, route)) {
      throw new PosterUsageError(`the QR URL ${url} does not open ${core.buildPath(route)} (reason: ${parsed.reason}); check the prefix`);
    }
  }

  const content =
    route.page === 'result'
      ? concreteContent(route, lang)
      : route.page === 'flow'
        ? problemContent(route.answers.problem, lang)
        : channelContent(route.id, lang);
  const L = (k) => UI[k][lang];
  Object.assign(content, {
    scanTitle: L('scanTitle'),
    cantScan: L('cantScan'),
    typeCode: L('typeCode'),
    placeholder: L('placeholder'),
    footer: L('footer').replace('{date}', core.CHECKED_ON),
  });

  // Noto Sans CJK draws curly apostrophes full width ("operator ’ s"): English posters use straight ones.
  if (lang === 'en') deepMapStrings(content, (str) => str.replace(/[\u2018\u2019]/g, "'"));

  // QR code: error correction M, a 4-module quiet zone inside the image, fixed scale → same PNG bytes every time.
  const png = qrPng(url);
  const { ops, scale } = layoutBest(content, { png, code, placeholder });
  const meta = { lang, title: `${content.brand} · ${content.title}`, subject: content.subtitle };
  const svg = renderSvg(ops, meta);
  const pdf = wantPdf ? await renderPdf(ops, meta, fonts) : null;
  const lines = ops.filter((o) => o.op === 'text').map((o) => o.str);
  return { svg, pdf, url, code, route, prefix, placeholder, scale, lines };
}

module.exports = {
  makePoster,
  channelContent,
  parseArgs,
  routeFor,
  validatePrefix,
  resolvePrefix,
  findCjkFont,
  wrap,
  textWidth,
  PosterUsageError,
  PosterError,
  PLACEHOLDER_PREFIX,
  FIXED_NOW,
  FONT_HELP,
  REPO_ROOT,
  PROBLEM_IDS: core.PROBLEM_IDS,
  CONCRETE_IDS: core.CONCRETE_IDS,
  CHANNEL_IDS: core.CHANNEL_IDS,
  MAX_PLAN_STEPS,
};
