/**
 * @jest-environment node
 */
/**
 * Help-desk posters (scripts/poster): every problem and channel poster's QR
 * code decodes to a URL the app routes to the intended page, the short code
 * does the same, output is byte-for-byte reproducible, the plain-words text is
 * there, and wrong options exit with code 2 without writing anything.
 *
 * PDF checks need a CJK font (Debian: fonts-noto-cjk); without one they are
 * reported as skipped with that reason, and the SVG checks still run. Checks
 * that rasterise or read the PDF also need poppler-utils (pdftoppm,
 * pdftotext); same rule. Under CI=true a missing tool fails (test/helpers/needs.ts).
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import jsQR from 'jsqr';
import { firstMissing, itWhen, Missing } from '../helpers/needs';
import { CHANNEL_BY_ID, CHANNELS } from '../../miniprogram/core/data/channels';
import { problemById } from '../../miniprogram/core/data/problems';
import { channelStatus, hoursText, statusLine } from '../../miniprogram/core/hours';
import { parseLink, Route } from '../../miniprogram/core/links';
import { SAFETY_WARNING } from '../../miniprogram/core/view/reasons';
import { CHANNEL_IDS, ChannelId, CONCRETE_IDS, Lang, PROBLEM_IDS, ProblemId } from '../../miniprogram/core/types';
import { resultView } from '../../miniprogram/core/view/result';
import { concreteById } from '../../miniprogram/core/data/catalogue';
import { channelActions } from '../../miniprogram/core/view/card';

interface PosterOptions {
  problem?: string;
  channel?: string;
  lang?: string;
  prefix?: string;
  env?: Record<string, string | undefined>;
  pdf?: boolean;
}
interface Poster {
  svg: string;
  pdf: Buffer | null;
  url: string;
  code: string;
  route: Route;
  placeholder: boolean;
  lines: string[];
}
interface PosterModule {
  makePoster(options: PosterOptions): Promise<Poster>;
  validatePrefix(prefix: string): string;
  resolvePrefix(given: string | undefined, env: Record<string, string | undefined>): { prefix: string; source: string; placeholder: boolean };
  findCjkFont(env: Record<string, string | undefined>): { regular: { path: string } } | null;
  wrap(text: string, width: number, size: number, bold?: boolean): string[];
  textWidth(text: string, size: number, bold?: boolean): number;
  PLACEHOLDER_PREFIX: string;
  FIXED_NOW: number;
  MAX_PLAN_STEPS: number;
}
interface DecodedPng {
  width: number;
  height: number;
  data: Buffer;
}

const poster = require('../../scripts/poster/poster') as PosterModule;
const { FIXED_NOW, MAX_PLAN_STEPS } = poster;
const { PNG } = require('pngjs') as { PNG: { sync: { read(data: Buffer): DecodedPng } } };

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'scripts', 'poster', 'cli.js');
const WXACODE = path.join(ROOT, 'scripts', 'poster', 'wxacode.js');
const PREFIX = 'https://help.example.com/wsn';
/** No WSN_QR_PREFIX from the developer's shell: the tests choose the prefix. */
// INIT_CWD is set by `npm run`; the tests set it themselves where it matters.
const ENV: Record<string, string | undefined> = { ...process.env, WSN_QR_PREFIX: undefined, INIT_CWD: undefined };
jest.setTimeout(60000);

function fontAvailable(): boolean {
  try {
    return poster.findCjkFont(ENV) !== null;
  } catch {
    return false;
  }
}
const FONT = fontAvailable();
const NO_FONT: Missing = FONT ? null : 'no CJK font (apt-get install fonts-noto-cjk)';

function hasTool(name: string): boolean {
  return spawnSync(name, ['-v'], { encoding: 'utf8' }).error === undefined;
}
const NO_POPPLER: Missing = hasTool('pdftoppm') && hasTool('pdftotext') ? null : 'no pdftoppm/pdftotext (apt-get install poppler-utils)';

const problemRoute = (problem: ProblemId): Route => ({ page: 'flow', answers: { problem } });
const channelRoute = (id: ChannelId): Route => ({ page: 'channel', id });

/** The QR code's PNG, as embedded in the SVG. */
function qrPng(svg: string): Buffer {
  const m = /xlink:href="data:image\/png;base64,([A-Za-z0-9+/=]+)"/.exec(svg);
  if (!m) throw new Error('no PNG data URI in the SVG');
  return Buffer.from(m[1]!, 'base64');
}

function decodeQr(png: Buffer): string | null {
  const img = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), img.width, img.height);
  return code ? code.data : null;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** All text of the SVG, in drawing order, whitespace removed (wrapping may drop or add spaces). */
function svgText(svg: string): string {
  const parts: string[] = [];
  const re = /<text[^>]*>([^<]*)<\/text>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(svg)) !== null) parts.push(unescapeXml(m[1]!));
  return squash(parts.join(''));
}
const squash = (s: string): string => s.replace(/\s+/g, '');
/** The English posters print straight apostrophes (the CJK font draws curly ones full width). */
const printed = (s: string, lang: Lang): string => squash(lang === 'en' ? s.replace(/[\u2018\u2019]/g, "'") : s);

async function make(options: PosterOptions): Promise<Poster> {
  return poster.makePoster({ prefix: PREFIX, env: ENV, pdf: FONT, ...options });
}

describe('every poster opens the intended page', () => {
  const cases: Array<[string, PosterOptions, Route]> = [
    ...PROBLEM_IDS.map((id): [string, PosterOptions, Route] => [`problem ${id}`, { problem: id }, problemRoute(id)]),
    ...CHANNEL_IDS.map((id): [string, PosterOptions, Route] => [`channel ${id}`, { channel: id }, channelRoute(id)]),
  ];

  it.each(cases)('%s: the QR decodes to a link to it, and the short code parses to it', async (_name, options, route) => {
    for (const lang of ['zh', 'en'] as const) {
      const p = await make({ ...options, lang, pdf: false });
      const url = decodeQr(qrPng(p.svg));
      expect(url).toBe(p.url);
      expect(url && url.startsWith(`${PREFIX}?s=`)).toBe(true);
      expect(parseLink({ q: encodeURIComponent(url as string) })).toEqual({ route, reason: 'ok' });
      // The code printed under the QR code is the scene; the home search parses it the same way.
      expect(svgText(p.svg)).toContain(p.code);
      expect(parseLink({ scene: p.code })).toEqual({ route, reason: 'ok' });
    }
  });

  itWhen(NO_FONT, 'each Chinese poster is also a PDF', async () => {
    for (const [, options] of cases) {
      const p = await make({ ...options, lang: 'zh', pdf: true });
      expect(p.pdf).not.toBeNull();
      expect((p.pdf as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });
});

describe("a concrete problem's poster", () => {
  // The scene each poster must carry, written out: the result for the answers the poster prints.
  const cases: Array<[string, string, Route]> = [
    [
      'wrong-transfer',
      '1r.wrong-transfer.y.m.a',
      { page: 'result', answers: { problem: 'payment', detail: 'wrong-transfer', urgent: 'yes', region: 'mainland', need: 'any' } },
    ],
    ['hijacked', '1r.hijacked', { page: 'result', answers: { problem: 'stolen', detail: 'hijacked' } }],
    ['scam-paid', '1r.scam-paid', { page: 'result', answers: { problem: 'fraud', detail: 'scam-paid' } }],
    [
      'account-banned',
      '1r.account-banned.-.m.a',
      { page: 'result', answers: { problem: 'banned', detail: 'account-banned', region: 'mainland', need: 'any' } },
    ],
  ];

  it.each(cases)('%s: the QR decodes to its concrete scene, which opens its result', async (id, scene, route) => {
    for (const lang of ['zh', 'en'] as const) {
      const p = await make({ problem: id, lang, pdf: false });
      const url = decodeQr(qrPng(p.svg));
      expect(url).toBe(`${PREFIX}?s=${scene}`);
      expect(parseLink({ q: encodeURIComponent(url as string) })).toEqual({ route, reason: 'ok' });
      expect(p.code).toBe(scene);
      expect(svgText(p.svg)).toContain(scene);
      expect(parseLink({ scene: p.code })).toEqual({ route, reason: 'ok' });
    }
  });

  it.each(cases)("%s: prints its plan's first steps and its first contact, as the result page shows them", async (id, _scene, route) => {
    if (route.page !== 'result') throw new Error('a concrete poster opens a result');
    for (const lang of ['zh', 'en'] as const) {
      const text = svgText((await make({ problem: id, lang, pdf: false })).svg);
      // The app's own result view for the same answers (at the poster's fixed moment).
      const view = resultView(route.answers, FIXED_NOW, lang);
      expect(view?.concrete).toBe(id);
      expect(text).toContain(printed(view!.title, lang));
      expect(text).toContain(printed(view!.primary.name, lang));
      const first = view!.plan!.inOrder.slice(0, MAX_PLAN_STEPS);
      expect(first.length).toBeGreaterThan(1);
      for (const step of first) expect([step.id, text.includes(printed(step.text, lang))]).toEqual([step.id, true]);
      expect(text).toContain(printed(SAFETY_WARNING[lang], lang));
      for (const now of ['服务中', '已休息', 'Opennow', 'Closednow']) expect(text).not.toContain(now);
    }
  });

  it("a scam victim's poster prints its 110 and 95017 steps, even past the first steps", async () => {
    const answers = { problem: 'fraud', detail: 'scam-paid' } as const;
    const problem = concreteById('scam-paid');
    const police = problem!.steps.filter((x) => !x.alternative && (x.line === 'police-110' || x.channel === 'pay-hotline')).map((x) => x.id);
    expect(police.length).toBeGreaterThanOrEqual(2);
    const text = svgText((await make({ problem: 'scam-paid', pdf: false })).svg);
    const steps = resultView(answers, FIXED_NOW, 'zh')!.plan!.inOrder.filter((v) => police.indexOf(v.id) >= 0);
    expect(steps.map((v) => v.id).sort()).toEqual([...police].sort());
    for (const v of steps) expect([v.id, text.includes(squash(v.text))]).toEqual([v.id, true]);
  });

  it('two runs give the same SVG bytes', async () => {
    const a = await make({ problem: 'wrong-transfer', lang: 'zh', pdf: false });
    const b = await make({ problem: 'wrong-transfer', lang: 'zh', pdf: false });
    expect(b.svg).toBe(a.svg);
  });

  it('every concrete problem makes a one-page poster whose QR opens its result', async () => {
    for (const id of CONCRETE_IDS) {
      const p = await make({ problem: id, lang: 'zh', pdf: false });
      const parsed = parseLink({ q: encodeURIComponent(p.url) });
      expect([id, parsed.reason, parsed.route.page, parsed.route.page === 'result' && parsed.route.answers.detail]).toEqual([id, 'ok', 'result', id]);
    }
  });
});

describe('plain-words content', () => {
  it.each(PROBLEM_IDS.map((id) => [id]))('problem %s: label and safety warning in both languages; no "open now"', async (id) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = svgText((await make({ problem: id, lang, pdf: false })).svg);
      expect(text).toContain(printed(problemById(id).label[lang], lang));
      expect(text).toContain(printed(SAFETY_WARNING[lang], lang));
      for (const now of ['服务中', '已休息', 'Opennow', 'Closednow']) expect(text).not.toContain(now);
    }
  });

  it.each(CHANNEL_IDS.map((id) => [id]))('channel %s: name, safety warning, hours line, known phone only', async (id) => {
    const channel = CHANNEL_BY_ID[id];
    for (const lang of ['zh', 'en'] as const) {
      const p = await make({ channel: id, lang, pdf: false });
      const text = svgText(p.svg);
      expect(text).toContain(printed(channel.name[lang], lang));
      expect(text).toContain(printed(SAFETY_WARNING[lang], lang));
      if (!channel.hours.known) expect(text).toContain(lang === 'zh' ? '服务时间未确认' : 'Hoursnotconfirmed');
      // A "Phone" row only when the data has the number as a known fact.
      const phoneLabel = lang === 'zh' ? '电话' : 'Phone';
      expect(p.lines.includes(phoneLabel)).toBe(channel.phone !== undefined && channel.phone.known);
      if (channel.phone && channel.phone.known) expect(text).toContain(channel.phone.value.dial);
    }
  });

  it('the pay-hotline poster shows 95017 and its number from abroad', async () => {
    const text = svgText((await make({ channel: 'pay-hotline', pdf: false })).svg);
    expect(text).toContain('95017');
    expect(text).toContain(squash('+86 571 95017'));
    expect(text).toContain('服务时间未确认');
  });

  /** 95017's own hours, as the app shows them: those of the pay hotline ("服务时间未确认" in the data). */
  const unknownHours = (lang: Lang): string => {
    const status = channelStatus(CHANNEL_BY_ID['pay-hotline'], 0);
    expect(status.state).toBe('unknown');
    return statusLine(status, lang);
  };
  const allPosters: Array<[string, PosterOptions]> = [
    ...PROBLEM_IDS.map((id): [string, PosterOptions] => [`problem ${id}`, { problem: id }]),
    ...CHANNEL_IDS.map((id): [string, PosterOptions] => [`channel ${id}`, { channel: id }]),
  ];
  /** Every phone number the data holds as a known fact (95017, +86 571 95017). */
  const numbers = Array.from(
    new Set(
      CHANNELS.flatMap((c) => [c.phone, c.phoneAbroad])
        .filter((f) => f !== undefined && f.known)
        .map((f) => (f as { value: { display: string } }).value.display),
    ),
  );

  it.each(allPosters)("%s: no hours next to a number unless they are that number's; the channel's hours come before its steps", async (_name, options) => {
    for (const lang of ['zh', 'en'] as const) {
      const { lines } = await make({ ...options, lang, pdf: false });
      const always = hoursText({ kind: 'always' }, lang);
      const hoursLabel = lang === 'zh' ? '服务时间' : 'Hours';
      lines.forEach((line, i) => {
        if (!numbers.some((n) => line.indexOf(n) >= 0)) return;
        // A channel's 24-hour self-service hours are never printed right under a phone number.
        expect([line, lines[i + 1], lines[i + 2]]).not.toContain(always);
        expect([lines[i + 1], lines[i + 2]]).not.toContain(hoursLabel);
      });
      // Where a card has numbered steps (a channel whose steps are not confirmed has none), its hours come first.
      const at = lines.indexOf(always);
      const firstStep = lines.indexOf('1');
      if (at >= 0 && firstStep >= 0) expect(at).toBeLessThan(firstStep);
    }
  });

  it.each([
    ['channel emergency-freeze', { channel: 'emergency-freeze' }],
    ['problem stolen', { problem: 'stolen' }],
    ['problem login', { problem: 'login' }],
  ] as Array<[string, PosterOptions]>)(
    '%s: 95017 is printed as "freeze WeChat Pay" (as in the app), with its own hours, not as the card\'s phone',
    async (_name, options) => {
      const freeze = CHANNEL_BY_ID['emergency-freeze'];
      const steps = freeze.steps.known ? freeze.steps.value : [];
      const stepNo = steps.findIndex((st) => st.zh.indexOf('95017') >= 0) + 1;
      expect(stepNo).toBeGreaterThan(0);
      for (const lang of ['zh', 'en'] as const) {
        const p = await make({ ...options, lang, pdf: false });
        const text = svgText(p.svg);
        // The app's own label for the same action ("冻结微信支付：拨打 95017").
        const action = channelActions(freeze, lang, 'mainland').find((a) => a.type === 'call');
        expect(action && action.primary).toBe(false);
        const label = (action as { label: string }).label;
        const see = lang === 'zh' ? `（见第 ${stepNo} 步）` : ` (see step ${stepNo})`;
        // 95017's own hours (those of the pay hotline: not confirmed) sit right under it.
        expect(text).toContain(squash(label + see + unknownHours(lang)));
        expect(p.lines).not.toContain('95017'); // never the card's big phone number
        expect(text).not.toContain(squash(lang === 'zh' ? '电话95017服务时间' : 'Phone95017Hours'));
        // The freeze itself (the in-app steps) is what the 24 hours are about: printed before the steps.
        const always = hoursText({ kind: 'always' }, lang);
        expect(p.lines.indexOf(always)).toBeGreaterThan(-1);
        expect(p.lines.indexOf(always)).toBeLessThan(p.lines.indexOf('1'));
      }
    },
  );

  it("typical hours are marked as typical, as on the app's card (official accounts: 8:00–24:00 from the seed article)", async () => {
    const channel = CHANNEL_BY_ID['official-accounts'];
    expect(channel.hours.known && channel.hours.typical).toBe(true);
    for (const lang of ['zh', 'en'] as const) {
      const text = svgText((await make({ channel: 'official-accounts', lang, pdf: false })).svg);
      const hours = channel.hours.known ? hoursText(channel.hours.value, lang) : '';
      expect(text).toContain(squash(hours + (lang === 'zh' ? '（典型时间）' : ' (typical hours)')));
    }
  });

  it('a fallback with a purpose number names the purpose, not "phone 95017"', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = svgText((await make({ problem: 'fraud', lang, pdf: false })).svg);
      const name = CHANNEL_BY_ID['emergency-freeze'].name[lang];
      expect(text).toContain(squash(lang === 'zh' ? `${name}（冻结微信支付：拨打 95017）` : `${name} (freeze WeChat Pay: call 95017)`));
      expect(text).not.toContain(squash(lang === 'zh' ? '（电话 95017）' : '(phone 95017)'));
    }
  });

  it.each([
    ['channel pay-hotline', { channel: 'pay-hotline' }],
    ['problem payment', { problem: 'payment' }],
    ['problem fraud', { problem: 'fraud' }],
  ] as Array<[string, PosterOptions]>)("%s: each number has its own hours under it; the abroad line's come from the data", async (_name, options) => {
    const hotline = CHANNEL_BY_ID['pay-hotline'];
    const abroad = hotline.phoneAbroad && hotline.phoneAbroad.known ? hotline.phoneAbroad.value.display : '';
    const limits = hotline.limits.known ? hotline.limits.value : [];
    // The data's note on the number from abroad (its hours, 9:00–18:00 on weekdays, and for whom).
    const about = limits.find((l) => l.zh.indexOf(abroad) >= 0);
    expect(about && about.zh).toMatch(/9:00–18:00/);
    for (const lang of ['zh', 'en'] as const) {
      const p = await make({ ...options, lang, pdf: false });
      const main = p.lines.indexOf('95017');
      const other = p.lines.indexOf(abroad);
      expect(main).toBeGreaterThan(-1);
      // 95017's hours (not confirmed) right under 95017, before the number from abroad.
      expect(p.lines[main + 1]).toBe(unknownHours(lang));
      expect(p.lines.slice(main + 2, other)).toEqual([lang === 'zh' ? '境外拨打' : 'From abroad']);
      expect(p.lines.lastIndexOf(unknownHours(lang))).toBe(main + 1);
      // Under the number from abroad: the data's note about it, printed once.
      const text = svgText(p.svg);
      const note = printed((about as { zh: string; en: string })[lang], lang);
      expect(text).toContain(squash(abroad) + note);
      expect(text.split(note).length).toBe(2);
    }
  });

  it('the stolen-account poster starts with the freeze, names fallbacks and the checklist', async () => {
    const text = svgText((await make({ problem: 'stolen', pdf: false })).svg);
    expect(text).toContain(squash(CHANNEL_BY_ID['emergency-freeze'].name.zh));
    expect(text).toContain(squash(CHANNEL_BY_ID['security-center'].name.zh));
    expect(text).toContain('本人身份证件');
    expect(text).toContain(squash('扫不了码？'));
    expect(text).toContain('1f.stolen');
  });

  it('never prints the QR URL; the placeholder prefix marks the poster as a sample', async () => {
    const real = await make({ problem: 'stolen', pdf: false });
    expect(real.placeholder).toBe(false);
    expect(real.svg).not.toContain('help.example.com');
    expect(svgText(real.svg)).not.toContain('样张');
    const sample = await poster.makePoster({ problem: 'stolen', env: {}, pdf: false });
    expect(sample.placeholder).toBe(true);
    expect(sample.url).toBe(`${poster.PLACEHOLDER_PREFIX}?s=1f.stolen`);
    expect(svgText(sample.svg)).toContain('样张');
    expect(sample.svg).not.toContain('example.org');
  });

  it('the SVG names the Noto Sans CJK SC font and is an A4 page', async () => {
    const { svg } = await make({ channel: 'kf-web', pdf: false });
    expect(svg).toContain(`font-family="'Noto Sans CJK SC', sans-serif"`);
    expect(svg).toContain('width="210mm" height="297mm"');
  });

  it('wraps CJK text by characters and Latin text at spaces, never wider than asked', () => {
    const zh = poster.wrap(SAFETY_WARNING.zh, 200, 12);
    expect(zh.length).toBeGreaterThan(1);
    expect(zh.join('')).toBe(SAFETY_WARNING.zh);
    for (const line of zh) expect(poster.textWidth(line, 12)).toBeLessThanOrEqual(200);
    // No line starts with closing punctuation.
    for (const line of zh) expect('，。、；：！？）”').not.toContain(line[0]);
    const title = 'Tencent customer service website kf.qq.com';
    const en = poster.wrap(title, 300, 24, true);
    expect(en.length).toBeGreaterThan(1);
    expect(en.join(' ')).toBe(title);
    expect(en[en.length - 1]).toMatch(/(^| )kf\.qq\.com$/); // a domain is never cut at its dots
    for (const line of en) expect(poster.textWidth(line, 24, true)).toBeLessThanOrEqual(300);
  });
});

describe('the QR URL prefix', () => {
  it('accepts an https URL without query or fragment', () => {
    expect(poster.validatePrefix('https://example.org/wsn')).toBe('https://example.org/wsn');
    expect(poster.validatePrefix(`https://example.org/${'a'.repeat(180)}`)).toHaveLength(200);
  });

  it.each([
    ['http', 'http://example.org/wsn'],
    ['query', 'https://example.org/wsn?x=1'],
    ['fragment', 'https://example.org/wsn#top'],
    ['too long', `https://example.org/${'a'.repeat(181)}`],
    ['not a URL', 'https://'],
    ['spaces', 'https://example.org/w sn'],
    ['credentials', 'https://user:pw@example.org/wsn'],
  ])('rejects %s', (_why, prefix) => {
    expect(() => poster.validatePrefix(prefix)).toThrow(/bad QR URL prefix/);
  });

  it('comes from --prefix, else WSN_QR_PREFIX, else config.json', () => {
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts/poster/config.json'), 'utf8')) as { qrPrefix: string };
    expect(config.qrPrefix).toBe('https://example.org/wsn');
    expect(poster.resolvePrefix(undefined, {})).toEqual({ prefix: config.qrPrefix, source: 'scripts/poster/config.json', placeholder: true });
    expect(poster.resolvePrefix(undefined, { WSN_QR_PREFIX: 'https://a.example/x' }).prefix).toBe('https://a.example/x');
    expect(poster.resolvePrefix('https://b.example/y', { WSN_QR_PREFIX: 'https://a.example/x' }).prefix).toBe('https://b.example/y');
    expect(() => poster.resolvePrefix(undefined, { WSN_QR_PREFIX: 'ftp://a.example/x' })).toThrow(/WSN_QR_PREFIX/);
  });
});

describe('determinism', () => {
  it.each([[{ problem: 'stolen', lang: 'zh' }], [{ channel: 'pay-hotline', lang: 'en' }]])(
    'two runs give the same SVG bytes: %j',
    async (options: PosterOptions) => {
      const a = await make({ ...options, pdf: false });
      const b = await make({ ...options, pdf: false });
      expect(b.svg).toBe(a.svg);
      expect(a.svg).not.toMatch(/20\d\d-\d\d-\d\dT|Math\.random/);
    },
  );

  itWhen(NO_FONT, 'two runs give the same PDF bytes', async () => {
    for (const options of [
      { problem: 'stolen', lang: 'zh' },
      { channel: 'pay-hotline', lang: 'en' },
    ] as PosterOptions[]) {
      const a = await make(options);
      const b = await make(options);
      expect(Buffer.compare(a.pdf as Buffer, b.pdf as Buffer)).toBe(0);
      expect((a.pdf as Buffer).length).toBeGreaterThan(1000);
    }
  });
});

describe('the PDF', () => {
  itWhen(firstMissing(NO_FONT, NO_POPPLER), 'carries the same QR code (rasterised with pdftoppm) and the same text (pdftotext)', async () => {
    const p = await make({ channel: 'pay-hotline' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poster-pdf-'));
    try {
      const pdfFile = path.join(dir, 'p.pdf');
      fs.writeFileSync(pdfFile, p.pdf as Buffer);
      const raster = spawnSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdfFile, path.join(dir, 'page')]);
      expect(raster.status).toBe(0);
      expect(decodeQr(fs.readFileSync(path.join(dir, 'page.png')))).toBe(p.url);
      const text = spawnSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
      expect(text.status).toBe(0);
      const t = squash(text.stdout);
      expect(t).toContain('95017');
      expect(t).toContain(squash(CHANNEL_BY_ID['pay-hotline'].name.zh));
      expect(t).toContain(squash(SAFETY_WARNING.zh));
      expect(t).toContain('1c.pay-hotline');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cli.js', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poster-cli-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const run = (args: string[], env: Record<string, string | undefined> = ENV) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd: dir, env: env as NodeJS.ProcessEnv, encoding: 'utf8' });

  it.each([
    ['an unknown option', ['--problem', 'stolen', '--colour', 'red'], /unknown option --colour/],
    ['a stray argument', ['stolen'], /unexpected argument/],
    ['an unknown problem (lists the valid ones)', ['--problem', 'hacked'], /unknown problem "hacked".*payment.*stolen.*other/],
    ['an unknown channel (lists the valid ones)', ['--channel', '95017'], /unknown channel "95017".*pay-hotline.*international/],
    ['both --problem and --channel', ['--problem', 'stolen', '--channel', 'pay-hotline'], /not both/],
    ['neither --problem nor --channel', [], /--problem ID or --channel ID/],
    ['a bad --lang', ['--problem', 'stolen', '--lang', 'fr'], /unknown language "fr"/],
    ['an http prefix', ['--problem', 'stolen', '--prefix', 'http://example.org/wsn'], /https/],
    ['a prefix with a query', ['--problem', 'stolen', '--prefix', 'https://example.org/wsn?a=1'], /query/],
    ['a prefix over 200 characters', ['--problem', 'stolen', '--prefix', `https://example.org/${'a'.repeat(190)}`], /200/],
    ['a value without the option value', ['--problem'], /needs a value/],
    ['an over-long argument', ['--problem', 'x'.repeat(400)], /too long/],
  ])('%s: exit 2, a message, nothing written', (_name, args, message) => {
    const r = run([...args, '--out', path.join(dir, 'poster')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  itWhen(NO_FONT, 'a concrete problem: writes problem-<id>-zh.svg and .pdf under --out, naming its scene', () => {
    const r = run(['--problem', 'wrong-transfer', '--out', `${dir}/`, '--prefix', PREFIX]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1r.wrong-transfer.y.m.a');
    expect(fs.readdirSync(dir).sort()).toEqual(['problem-wrong-transfer-zh.pdf', 'problem-wrong-transfer-zh.svg']);
  });

  it('an --out folder that does not exist: exit 2, nothing written', () => {
    const r = run(['--problem', 'stolen', '--out', path.join(dir, 'missing', 'poster')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/does not exist/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a bad WSN_QR_PREFIX in the environment: exit 2, nothing written', () => {
    const r = run(['--problem', 'stolen', '--out', path.join(dir, 'poster')], { ...ENV, WSN_QR_PREFIX: 'https://example.org/wsn#x' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/WSN_QR_PREFIX/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a missing font: exit 1 naming fonts-noto-cjk, nothing written', () => {
    const r = run(['--problem', 'stolen', '--out', path.join(dir, 'poster')], { ...ENV, WSN_POSTER_FONT: path.join(dir, 'no-such-font.ttc') });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/fonts-noto-cjk/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  itWhen(NO_FONT, 'writes FILE.svg and FILE.pdf, the same bytes as makePoster', async () => {
    const r = run(['--channel', 'pay-hotline', '--lang', 'en', '--prefix', PREFIX, '--out', path.join(dir, 'hotline.pdf')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['hotline.pdf', 'hotline.svg']);
    const p = await make({ channel: 'pay-hotline', lang: 'en' });
    expect(fs.readFileSync(path.join(dir, 'hotline.svg'), 'utf8')).toBe(p.svg);
    expect(Buffer.compare(fs.readFileSync(path.join(dir, 'hotline.pdf')), p.pdf as Buffer)).toBe(0);
    expect(r.stdout).toContain(`QR code opens: ${PREFIX}?s=1c.pay-hotline`);
    expect(r.stdout).toContain('1c.pay-hotline');
  });

  itWhen(NO_FONT, 'reports the files by their absolute path, also outside the working directory', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'poster-out-'));
    try {
      const r = run(['--channel', 'kf-web', '--prefix', PREFIX, '--out', path.join(elsewhere, 'p.svg')]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`wrote ${path.join(elsewhere, 'p.svg')}\n`);
      expect(r.stdout).toContain(`wrote ${path.join(elsewhere, 'p.pdf')}\n`);
      expect(r.stdout).not.toContain('..');
      // A relative --out is reported by its absolute path too.
      const rel = run(['--channel', 'kf-web', '--prefix', PREFIX, '--out', 'here']);
      expect(rel.status).toBe(0);
      expect(rel.stdout).toContain(`wrote ${path.join(dir, 'here.svg')}\n`);
      expect(fs.readdirSync(dir).sort()).toEqual(['here.pdf', 'here.svg']);
      // Under `npm run` the working directory is the package root; a relative --out follows
      // the folder the command was typed in (INIT_CWD), not the package root.
      const typed = run(['--channel', 'kf-web', '--prefix', PREFIX, '--out', 'typed'], { ...ENV, INIT_CWD: elsewhere });
      expect(typed.status).toBe(0);
      expect(typed.stdout).toContain(`wrote ${path.join(elsewhere, 'typed.svg')}\n`);
      expect(fs.existsSync(path.join(dir, 'typed.svg'))).toBe(false);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  itWhen(NO_FONT, 'warns on stderr when the placeholder prefix is used', () => {
    const r = run(['--problem', 'howto', '--out', path.join(dir, 'howto')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/placeholder prefix https:\/\/example\.org\/wsn/);
  });
});

describe('wxacode.js (never calls WeChat in tests)', () => {
  let dir: string;
  let preload: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poster-wxa-'));
    // Any network attempt ends the process with 99 and a marker, so "no network call" is checked, not assumed.
    preload = path.join(dir, 'no-network.js');
    fs.writeFileSync(
      preload,
      [
        "const trap = () => { process.stderr.write('NETWORK-CALLED'); process.exit(99); };",
        'globalThis.fetch = trap;',
        "for (const m of ['http', 'https']) { const mod = require(m); mod.request = trap; mod.get = trap; }",
        "const net = require('net'); net.connect = trap; net.createConnection = trap;",
      ].join('\n'),
    );
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const run = (args: string[], extra: Record<string, string>) =>
    spawnSync(process.execPath, ['--require', preload, WXACODE, ...args], {
      cwd: dir,
      env: { ...ENV, WX_APPID: undefined, WX_SECRET: undefined, ...extra } as NodeJS.ProcessEnv,
      encoding: 'utf8',
    });

  it('the trap works: a network call is detected', () => {
    const r = spawnSync(process.execPath, ['--require', preload, '-e', "fetch('https://api.weixin.qq.com/')"], { encoding: 'utf8' });
    expect(r.status).toBe(99);
    expect(r.stderr).toContain('NETWORK-CALLED');
  });

  it('without WX_APPID and WX_SECRET: a clear message, non-zero exit, no network, no file', () => {
    const r = run(['--problem', 'stolen', '--out', path.join(dir, 'code.png')], {});
    expect(r.status).not.toBe(0);
    expect(r.status).not.toBe(99);
    expect(r.stderr).toMatch(/WX_APPID and WX_SECRET not set/);
    expect(r.stderr).not.toContain('NETWORK-CALLED');
    expect(fs.readdirSync(dir)).toEqual(['no-network.js']);
  });

  it('with only WX_APPID: names the missing WX_SECRET', () => {
    const r = run(['--channel', 'pay-hotline', '--out', path.join(dir, 'code.png')], { WX_APPID: 'wx0000000000000000' });
    expect(r.status).not.toBe(0);
    expect(r.status).not.toBe(99);
    expect(r.stderr).toMatch(/WX_SECRET not set/);
    expect(r.stderr).not.toMatch(/WX_APPID and/);
    expect(r.stderr).not.toContain('NETWORK-CALLED');
  });

  it('checks its options before anything else: an unknown problem exits 2', () => {
    const r = run(['--problem', 'hacked'], { WX_APPID: 'wx0000000000000000', WX_SECRET: 'not-a-secret' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown problem "hacked"/);
    expect(r.stderr).not.toContain('NETWORK-CALLED');
  });
});
