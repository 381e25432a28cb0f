/**
 * Reading a paste the way a person sees it, before anything is matched.
 *
 * Scammers write 95017 in circled, full-width, bold or Arabic-Indic digits or as
 * 九五零一七, hide zero-width characters in names, write domains with Cyrillic
 * letters, punycode, 点 or spaces (`evil 点 cn`), and percent-encode link targets.
 * Everything here turns those back into plain text; what was hidden is kept
 * as a mark (HIDDEN) so a contact that held it can be flagged as a look-alike.
 */

/** Stands where an invisible or bidi character was; removed before matching, kept for flagging. */
export const HIDDEN = '\uE000';

/** The paste is read up to this many characters; the page says so when there was more. */
export const MAX_CHARS = 20000;

/**
 * Invisible and direction characters: soft hyphen, combining grapheme joiner, Arabic letter mark,
 * Hangul fillers, Mongolian selectors, zero-width space/joiners, LRM/RLM, embeddings and overrides,
 * word joiner and invisible operators, isolates, variation selectors, BOM, tag characters.
 */
const INVISIBLE_RANGES: ReadonlyArray<[number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];
// Built from code points: several of these are combining marks, which a literal character class would garble.
const INVISIBLE = new RegExp(`[${INVISIBLE_RANGES.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}]`, 'gu');

/** Circled and dingbat digits NFKC leaves alone. */
function dingbatDigit(cp: number): string | undefined {
  const ranges: Array<[number, number, number]> = [
    [0x2776, 0x277f, 1], // ❶ … ❿
    [0x2780, 0x2789, 1], // ➀ … ➉
    [0x278a, 0x2793, 1], // ➊ … ➓
    [0x24f5, 0x24fe, 1], // ⓵ … ⓾
    [0x24eb, 0x24f4, 11], // ⓫ … ⓴
    [0x1f10b, 0x1f10b, 0], // 🄋
    [0x1f10c, 0x1f10c, 0], // 🄌
  ];
  for (const [from, to, first] of ranges) if (cp >= from && cp <= to) return String(first + cp - from);
  if (cp === 0x24ff) return '0'; // ⓿
  return undefined;
}

const ND = /\p{Nd}/u;
const digitCache = new Map<number, string>();

/** The value of any Unicode decimal digit: Nd digits come in runs of ten, 0 first. */
function decimalValue(cp: number): string {
  const cached = digitCache.get(cp);
  if (cached !== undefined) return cached;
  let start = cp;
  while (start > 0 && cp - start < 60 && ND.test(String.fromCodePoint(start - 1))) start -= 1;
  const value = String((cp - start) % 10);
  digitCache.set(cp, value);
  return value;
}

/** Every decimal digit of any script as 0–9, and dingbat digits too. */
export function asciiDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) {
      out += ch;
      continue;
    }
    const dingbat = dingbatDigit(cp);
    if (dingbat !== undefined) out += dingbat;
    else if (ND.test(ch)) out += decimalValue(cp);
    else out += ch;
  }
  return out;
}

const CN_DIGIT: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  洞: '0',
  一: '1',
  幺: '1',
  壹: '1',
  二: '2',
  贰: '2',
  两: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  拐: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
  勾: '9',
};
/**
 * A run of at least five digits written (partly) in Chinese numerals, digit by digit as phone numbers are
 * spoken (九五零一七, 一三八 幺二三四 …). 十/百/千 are not digits, so 九十 stays as it is.
 */
const CN_RUN = /[0-9零〇洞一幺壹二贰两三叁四肆五伍六陆七柒拐八捌九玖勾](?:[\s\-\uE000]*[0-9零〇洞一幺壹二贰两三叁四肆五伍六陆七柒拐八捌九玖勾]){4,}/g;
/** Characters only used as digits in phone-speak; a run made only of these needs two real Chinese numerals too. */
const SPOKEN_ONLY = /[洞两拐勾]/g;

export function chineseDigits(text: string): string {
  return text.replace(CN_RUN, (run) => {
    const chinese = run.replace(/[0-9\s\-\uE000]/g, '');
    if (!chinese) return run;
    // 两/拐/洞/勾 are ordinary words as well: trust them only beside real numerals or digits.
    if (chinese.replace(SPOKEN_ONLY, '').length === 0 && !/[0-9]/.test(run)) return run;
    return run.replace(/[^\s\-\uE000]/g, (ch) => CN_DIGIT[ch] ?? ch);
  });
}

/** Top-level domains read when a space or 点 splits a domain ("evil .cn", "kf 点 qq 点 com"). */
const TLDS =
  'com|cn|net|org|top|xyz|vip|info|cc|io|me|hk|tw|mo|co|app|site|online|shop|club|icu|live|fun|ltd|work|link|store|tech|pro|asia|biz|wang|ren|ink|gov|edu|mobi|tv|uk|us|jp|kr|sg|de|fr|ru|in|au|ca';
const LABEL_GAP = new RegExp(
  `([a-z0-9-])\\s*(?:[.。．｡点]|\\[\\.\\]|\\(\\.\\)|\\[点\\]|\\(点\\)|\\sdot\\s)\\s*(?=(?:[a-z0-9-]+\\s*(?:[.。．｡点]|\\[\\.\\]|\\(\\.\\))\\s*)*(?:${TLDS}|xn--[a-z0-9-]+)(?![a-z]))`,
  'gi',
);
/** 点 / 。 between two Latin labels always reads as a dot ("evil点cn", "kf。qq。com"). */
const CJK_DOT = /([a-z0-9-])[。．｡点]([a-z0-9])/gi;

/** Domains as they would be typed: 点 / 。 / ． as dots, no spaces around the dots, [.] un-defanged. */
export function readDots(text: string): string {
  let out = text.replace(CJK_DOT, '$1.$2');
  for (let i = 0; i < 4; i += 1) {
    const next = out.replace(LABEL_GAP, '$1.');
    if (next === out) break;
    out = next;
  }
  return out;
}

export interface Normalised {
  /** The text as read: hidden characters marked with HIDDEN, digits ASCII, dots as dots. */
  marked: string;
  /** The same without the marks: what keywords are matched against. */
  text: string;
  /** Hidden characters were found (anywhere). */
  hidden: boolean;
  /** The paste was longer than MAX_CHARS; only the first MAX_CHARS were read. */
  truncated: boolean;
  /** Length of the paste as given. */
  length: number;
}

/** Reads a paste: invisible characters marked, NFKC, digits of every script, Chinese numerals in digit runs, dots. */
export function normalise(raw: string): Normalised {
  const input = typeof raw === 'string' ? raw : '';
  const length = input.length;
  const truncated = length > MAX_CHARS;
  const cut = truncated ? input.slice(0, MAX_CHARS) : input;
  const hiddenMarked = cut.replace(INVISIBLE, HIDDEN);
  const hidden = hiddenMarked.includes(HIDDEN);
  let marked = hiddenMarked.normalize('NFKC');
  marked = asciiDigits(marked)
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
  marked = chineseDigits(marked);
  marked = readDots(marked);
  return { marked, text: marked.split(HIDDEN).join(''), hidden, truncated, length };
}

// ---- domains -----------------------------------------------------------------

/** Cyrillic, Greek and other letters that look like Latin ones (after NFKC and lower-casing). */
const CONFUSABLE: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ɡ: 'g',
  ɑ: 'a',
  ı: 'i',
  ȷ: 'j',
  ℓ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ᴀ: 'a',
  ᴄ: 'c',
  ᴇ: 'e',
  ᴋ: 'k',
  ᴍ: 'm',
  ᴏ: 'o',
  ᴘ: 'p',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ᴢ: 'z',
};

/** A host with look-alike letters replaced by the Latin ones they imitate; `mixed` when any were found. */
export function skeleton(host: string): { latin: string; confusable: boolean } {
  let confusable = false;
  let latin = '';
  for (const ch of host.toLowerCase()) {
    const to = CONFUSABLE[ch];
    if (to) {
      confusable = true;
      latin += to;
    } else latin += ch;
  }
  // Accents stripped: "wéchat" reads as "wechat".
  const plain = latin.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (plain !== latin) confusable = true;
  return { latin: plain, confusable };
}

// RFC 3492 (punycode) decoding, as browsers do for xn-- labels.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 22;
  if (cp >= 0x41 && cp <= 0x5a) return cp - 0x41;
  if (cp >= 0x61 && cp <= 0x7a) return cp - 0x61;
  return BASE;
}

/** Decoding stops at the largest value a 32-bit signed integer holds (RFC 3492 overflow handling). */
const MAX_INT = 0x7fffffff;

/** The threshold for the digit at position k (RFC 3492 §6.2). */
function threshold(k: number, bias: number): number {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

/** The code points before the last "-", which must all be ASCII; undefined when one is not. */
function basicPoints(input: string, basic: number): number[] | undefined {
  const out: number[] = [];
  for (let j = 0; j < Math.max(basic, 0); j += 1) {
    const cp = input.charCodeAt(j);
    if (cp >= 0x80) return undefined;
    out.push(cp);
  }
  return out;
}

/**
 * Reads one variable-length integer from `start` and adds it to i: the new i and where reading
 * stopped; undefined when the input is cut short, holds a non-digit or overflows.
 */
function readDelta(input: string, start: number, i: number, bias: number): { i: number; index: number } | undefined {
  let index = start;
  let sum = i;
  for (let w = 1, k = BASE; ; k += BASE) {
    if (index >= input.length) return undefined;
    const digit = digitOf(input.charCodeAt(index++));
    if (digit >= BASE) return undefined;
    sum += digit * w;
    if (sum > MAX_INT) return undefined;
    const t = threshold(k, bias);
    if (digit < t) return { i: sum, index };
    w *= BASE - t;
    if (w > MAX_INT) return undefined;
  }
}

/** Decodes one punycode label (without "xn--"); undefined when it is not valid punycode. */
export function decodePunycode(input: string): string | undefined {
  const basic = input.lastIndexOf('-');
  const out = basicPoints(input, basic);
  if (!out) return undefined;
  let i = 0;
  let n = 0x80;
  let bias = 72;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    const read = readDelta(input, index, i, bias);
    if (!read) return undefined;
    i = read.i;
    index = read.index;
    const points = out.length + 1;
    bias = adapt(i - oldi, points, oldi === 0);
    n += Math.floor(i / points);
    i %= points;
    if (n > 0x10ffff) return undefined;
    out.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...out);
}

/** A host as a person would read it: xn-- labels decoded (invalid ones kept as they are). */
export function unicodeHost(host: string): { host: string; punycode: boolean } {
  let punycode = false;
  const labels = host.split('.').map((label) => {
    if (!/^xn--/i.test(label)) return label;
    const decoded = decodePunycode(label.slice(4).toLowerCase());
    if (decoded === undefined) return label;
    punycode = true;
    return decoded.toLowerCase();
  });
  return { host: labels.join('.'), punycode };
}

/** Percent-decoding of a link, at most `rounds` times (double-encoded targets are a known trick). */
export function percentDecode(text: string, rounds = 3): string {
  let out = text;
  for (let r = 0; r < rounds && /%[0-9a-f]{2}/i.test(out); r += 1) {
    const next = out.replace(/(?:%[0-9a-f]{2})+/gi, (seq) => {
      try {
        return decodeURIComponent(seq);
      } catch {
        return seq.replace(/%([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
      }
    });
    if (next === out) break;
    out = next;
  }
  return out;
}
