/**
 * Masking of personal numbers in notes: mainland resident ID numbers, bank card numbers and mobile numbers keep
 * only their last 4 digits, on screen and in every export. Pure.
 *
 * What counts as a digit: every Unicode decimal digit (full-width, Arabic-Indic, math bold …) and what NFKC
 * turns into one digit (circled ①, superscript ¹). Between digit groups people put spaces of any kind, dashes,
 * dots (. · 。 ・), commas (, ， 、), slashes, underscores, brackets of every kind, or invisible characters:
 * up to 4 of these join the groups into one run.
 *
 * Within a run, each span of groups is tested, and the non-overlapping spans worth the most are masked (digits
 * covered, weighted by how sure each is):
 * - **sure** in any grouping, also with 1–2 digits glued on either end (「第1」「1次」 written without a
 *   space; then only mobiles and IDs, and in free text cards of 16+ digits): an 11-digit mobile (with
 *   86 / 0086 in front or not); an 18-character ID whose check character is right and whose region and
 *   birth date are real; a card of 13–19 digits passing the Luhn check with a card
 *   network's leading digits (2200–2720, 3, 4, 5, 6, 8);
 * - **ID-like**, in any grouping: 18 characters with a real region and birth date (a typo in the check
 *   character or a digit); 15 digits with a real region and birth date (the old 15-digit ID);
 * - in free text (`text` mode), **shaped**: 15–19 digits of any kind (a card or ID with a typo), 17 digits and X, or
 *   13–14 digits passing the Luhn check,
 *   written in one piece or in groups of at least 3 digits (so a date in front, 2026-11-29, stays a date),
 *   also with 1–2 digits glued on;
 * - **spelled out**, in both fields: 15–19 digits (or 17 and X) starting as a card network's or an ID region's
 *   do, written in six groups or more of 1–2 digits (the first and last of up to 4): 「62 22 02 12 34 56 78 90 12」,
 *   「6 2 2 2 0 2 …」, 「6222 02 12 …」; the whole stretch of small groups, so a longer list is not cut into a card.
 *
 * The ticket field (`ticket` mode) holds numbers the user must read out, so there a 15–19-digit number that
 * passes none of the sure or ID-like tests, is not written in card groups of 4 nor spelled out, is taken as a ticket number
 * and stays readable. Everywhere, these stay readable: runs of up to 14 digits that are not mobiles or cards
 * (dates, times, amounts such as 200元, hotlines such as 95017, landlines, short ticket numbers) and runs of
 * 22 digits or more in one piece (WeChat Pay 交易单号 have 28), and lists of six small numbers or more that count
 * evenly (「1 2 3 4 5 6 7 8 9 10 11 12」, 「31 32 33 …」). Not recognised: a card or ID with a typo glued to 3 or more
 * other digits, or written with a group of 3 digits among small ones (「622 2 02 12 …」: the safety net in maskedSpans
 * still hides it, but for its last four).
 */

export type MaskMode = 'text' | 'ticket';

// ---- the numbers ---------------------------------------------------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** First two digits of mainland resident IDs (provinces; 71 Taiwan, 81/82 Hong Kong/Macao, 83 residence permits). */
const ID_REGIONS = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
  '91',
]);

function idCheckOk(value: string): boolean {
  const sum = ID_WEIGHTS.reduce((total, w, i) => total + Number(value.charAt(i)) * w, 0);
  return ID_CHECK.charAt(sum % 11) === value.charAt(17).toUpperCase();
}

function realDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[m - 1] ?? 0);
}

/** 18 characters with a real region and birth date (1900–2099), whatever the check character. */
function idShaped18(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value) || !ID_REGIONS.has(value.slice(0, 2))) return false;
  const y = Number(value.slice(6, 10));
  return y >= 1900 && y <= 2099 && realDate(y, Number(value.slice(10, 12)), Number(value.slice(12, 14)));
}

/** The old 15-digit ID: a real region and a birth date YYMMDD (19YY). */
function idShaped15(value: string): boolean {
  if (!/^\d{15}$/.test(value) || !ID_REGIONS.has(value.slice(0, 2))) return false;
  return realDate(1900 + Number(value.slice(6, 8)), Number(value.slice(8, 10)), Number(value.slice(10, 12)));
}

/** Mainland resident ID (18 characters) with a valid check character. */
export function isResidentId(value: string): boolean {
  return /^\d{17}[\dXx]$/.test(value) && idCheckOk(value);
}

export function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Bank card number (13–19 digits) passing the Luhn check. */
export function isBankCard(digits: string): boolean {
  return /^\d{13,19}$/.test(digits) && luhnOk(digits);
}

/** Leading digits a card network uses: UnionPay 62/81, Visa 4, Mastercard 51–55 and 2221–2720, Mir 2200–2204, JCB/Amex 3. */
function cardNetwork(digits: string): boolean {
  if (/^[34568]/.test(digits)) return true;
  const first4 = Number(digits.slice(0, 4));
  return first4 >= 2200 && first4 <= 2720;
}

export function isMobile(digits: string): boolean {
  return /^(?:0086|86)?1[3-9]\d{9}$/.test(digits);
}

/** An 18-character ID with a valid check character and a real region and birth date. */
function checkedId(c: string): boolean {
  return c.length === 18 && isResidentId(c) && idShaped18(c);
}

/** A card of 16 digits or more passing the Luhn check with a card network's leading digits. */
function networkCard16(c: string): boolean {
  return c.length >= 16 && isBankCard(c) && cardNetwork(c);
}

/** Sure in any grouping and with digits glued on. */
function sure(c: string): boolean {
  return isMobile(c) || checkedId(c) || (isBankCard(c) && cardNetwork(c));
}

function idLike(c: string): boolean {
  return idShaped18(c) || idShaped15(c);
}

/** In free text, a card or ID with a typo: 15–19 digits of any kind, or 17 digits and X. */
function shapedText(c: string): boolean {
  return /^\d{15,19}$/.test(c) || /^\d{17}[Xx]$/.test(c);
}

// ---- reading the text ------------------------------------------------------------------------

const SEPARATORS = new Set([
  ...'-‐‑‒–—―−﹣－_＿.·•・･．。︒﹒,，、﹐﹑/／\\＼()（）[]［］【】〔〕〖〗{}｛｝<>＜＞《》〈〉「」『』',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
]);
const MAX_GAP = 4;

function digitOf(ch: string): string | null {
  if (ch >= '0' && ch <= '9') return ch;
  if (/\p{Nd}/u.test(ch)) {
    // Unicode decimal digits come in runs of ten from a zero: walk back to the run's start.
    const cp = ch.codePointAt(0) as number;
    let start = cp;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start -= 1;
    return String((cp - start) % 10);
  }
  const n = ch.normalize('NFKC');
  return n.length === 1 && n >= '0' && n <= '9' ? n : null;
}

function isSeparator(ch: string): boolean {
  return /\s/.test(ch) || SEPARATORS.has(ch);
}

function isX(ch: string): boolean {
  const n = ch.normalize('NFKC');
  return n === 'X' || n === 'x';
}

interface Group {
  digits: string;
  /** Index in the character array of its first and after its last digit. */
  from: number;
  to: number;
}

interface Run {
  groups: Group[];
  /** Index of an X right after the last group (an ID's check character), or -1. */
  x: number;
  /** Index after the run (after the X when there is one). */
  end: number;
}

/**
 * Dates written with separators (2026-11-29, 2026/11/29, 2026.11.29) and clock times (10:30) are text, never
 * part of a number next to them: 「2026-11-29 13812345678」 is a date and a mobile. A date glued to more digits
 * by a dash or dot (an ID written 110105-1949-12-31-002X) is not taken out.
 */
function textDates(chars: string[]): boolean[] {
  const view = chars
    .map((ch) => {
      const d = digitOf(ch);
      if (d !== null) return d;
      const n = ch.length === 1 ? ch.normalize('NFKC') : '';
      return n.length === 1 ? n : '?';
    })
    .join('');
  const blocked = chars.map(() => false);
  // No lookbehind: older iOS JavaScriptCore (WeChat's engine there) cannot even parse it, which would stop the
  // whole page script. What came just before a match is checked by hand instead.
  const isDigit = (i: number): boolean => /[0-9]/.test(view.charAt(i));
  const patterns: { re: RegExp; clearBefore: (at: number) => boolean }[] = [
    {
      re: /(?:19|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![-/.]?[0-9])/g,
      clearBefore: (at) => !isDigit(at - 1) && !(/[-/.]/.test(view.charAt(at - 1)) && isDigit(at - 2)),
    },
    { re: /(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![0-9])/g, clearBefore: (at) => !isDigit(at - 1) },
  ];
  for (const { re, clearBefore } of patterns) {
    for (let m = re.exec(view); m; m = re.exec(view)) {
      if (!clearBefore(m.index)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      for (let i = m.index; i < m.index + m[0].length; i++) blocked[i] = true;
    }
  }
  return blocked;
}

/** The index after the separators (at most MAX_GAP) that start at `i`. */
function skipGap(chars: string[], i: number): number {
  let j = i;
  while (j - i < MAX_GAP && isSeparator(chars[j] ?? '')) j += 1;
  return j;
}

/** The digits from `from` up to the first character that is not one. */
function readGroup(chars: string[], from: number, digitAt: (i: number) => string | null): Group {
  let digits = '';
  let i = from;
  while (i < chars.length) {
    const d = digitAt(i);
    if (d === null) break;
    digits += d;
    i += 1;
  }
  return { digits, from, to: i };
}

/** Where the run's next group starts: a digit after a gap of separators; -1 when the run ends at `i`. */
function nextGroupStart(chars: string[], i: number, digitAt: (i: number) => string | null): number {
  const j = skipGap(chars, i);
  return j > i && j < chars.length && digitAt(j) !== null ? j : -1;
}

/** Index of an X after the gap at `i` that does not start a Latin word (xyz, Xbox …): an ID's check character; or -1. */
function checkX(chars: string[], i: number): number {
  const k = skipGap(chars, i);
  if (!isX(chars[k] ?? '')) return -1;
  const next = (chars[k + 1] ?? '').normalize('NFKC');
  return /[A-Za-z0-9]/.test(next) ? -1 : k;
}

function readRun(chars: string[], start: number, blocked: boolean[]): Run {
  const digitAt = (i: number): string | null => (blocked[i] ? null : digitOf(chars[i] ?? ''));
  const groups: Group[] = [];
  let end = start;
  for (let next = start; next >= 0; next = nextGroupStart(chars, end, digitAt)) {
    const group = readGroup(chars, next, digitAt);
    groups.push(group);
    end = group.to;
  }
  const x = checkX(chars, end);
  return { groups, x, end: x >= 0 ? x + 1 : end };
}

// ---- choosing what to mask ----------------------------------------------------------------------

interface Span {
  /** First and last group. */
  i: number;
  j: number;
  /** Digits left visible at the start of group i and at the end of group j (glued-on digits). */
  lead: number;
  tail: number;
  /** The span ends with the run's X. */
  withX: boolean;
  compact: string;
  /** See rankOf. */
  rank: number;
  /** Groups of exactly 4 digits (card groups). */
  fours: number;
  /** Starts with a compact date (20261129) followed by more groups: more likely a date and a number. */
  dateFirst: boolean;
}

/** Every group but the last has at least 3 digits: the way one number is written, not a date and a number. */
function shaped(groups: Group[], i: number, j: number): boolean {
  return groups.slice(i, j).every((g) => g.digits.length >= 3);
}

/**
 * Groups i…j spell one number out in small groups (「62 22 02 12 34 56 78 90 12」「6 2 2 2 0 2 …」): six groups or
 * more, those inside of 1–2 digits, the first and last of at most 4 (「6222 02 12 …」, a digit glued on at the end),
 * and the whole stretch of small groups in the run (a longer list of small numbers is not cut into a card). A list
 * that counts up, down or stays the same (「1 2 3 4 5 6 7 8 9 10 11 12」) is a list, not a number.
 */
function spelledOut(groups: readonly Group[], i: number, j: number): boolean {
  const sizes = groups.map((g) => g.digits.length);
  const small = (k: number): boolean => (sizes[k] ?? 3) <= 2;
  if (j - i < 5 || !sizes.slice(i + 1, j).every((n) => n <= 2) || (sizes[i] ?? 0) > 4 || (sizes[j] ?? 0) > 4) return false;
  return !small(i - 1) && !small(j + 1) && !evenList(groups.slice(i, j + 1));
}

/** Six small numbers or more (1–2 digits) that count up, down or stay the same: 「1 2 3 4 5 6 7 8 9 10 11 12」, 「31 32 33 …」. */
function evenList(groups: readonly Group[]): boolean {
  return groups.length >= 6 && groups.every((g) => g.digits.length <= 2) && countsEvenly(groups);
}

/** The groups, read as numbers, go up or down by the same step every time (or stay the same). */
function countsEvenly(groups: readonly Group[]): boolean {
  const values = groups.map((g) => Number(g.digits));
  const step = (values[1] ?? 0) - (values[0] ?? 0);
  return values.every((v, k) => k === 0 || v - (values[k - 1] ?? 0) === step);
}

/** The digits of the run's group k ('' past its end). */
function groupDigits(run: Run, k: number): string {
  return run.groups[k]?.digits ?? '';
}

function cardGroups(groups: Group[], i: number, j: number): boolean {
  const last = groups[j]?.digits.length ?? 0;
  return j - i >= 3 && groups.slice(i, j).every((g) => g.digits.length === 4) && last >= 1 && last <= 4;
}

/** Written as it stands: sure, then ID-like, then (text) shaped or (ticket) a card in groups of 4. */
function rankWritten(c: string, mode: MaskMode, groups: Group[], w: Window): number {
  if (sure(c)) return 6;
  if (idLike(c)) return 5;
  return rankShaped(c, mode, groups, w);
}

/** A card or ID with a typo: spelled out in small groups, shaped (text) or in card groups of 4 (ticket). */
function rankShaped(c: string, mode: MaskMode, groups: Group[], w: Window): number {
  if (w.spelled && spelledNumber(c)) return 4;
  if (mode === 'text' && w.isShaped && (shapedText(c) || isBankCard(c))) return 4;
  return mode === 'ticket' && /^\d{16,19}$/.test(c) && cardGroups(groups, w.i, w.j) ? 4 : 0;
}

/**
 * A card or ID with a typo spelled out in groups of 1–2 digits (「62 22 02 12 …」「6 2 2 2 …」, see spelledOut):
 * 15–19 digits, or 17 and X, that start as a card network's or an ID region's do.
 */
function spelledNumber(c: string): boolean {
  return shapedText(c) && (cardNetwork(c) || ID_REGIONS.has(c.slice(0, 2)));
}

/** With digits glued on: mobiles and checked IDs; in free text also long network cards, ID-shaped, shaped. */
function rankGlued(c: string, mode: MaskMode, isShaped: boolean): number {
  if (isMobile(c) || checkedId(c)) return 3;
  if (mode !== 'text') return 0;
  if (networkCard16(c) || idShaped18(c)) return 2;
  return isShaped && shapedText(c) ? 1 : 0;
}

/**
 * How sure a span is a personal number (0: not one). Written as it stands beats glued to other digits (so a
 * mistyped card is not cut up for a mobile found inside it); then sure beats ID-like beats shaped. With digits
 * glued on, only mobiles and checked IDs count in the ticket field, where a glued card would mostly be a
 * ticket number passing the Luhn check by chance.
 */
function rankOf(c: string, glued: boolean, mode: MaskMode, groups: Group[], w: Window): number {
  if (w.list) return 0;
  return glued ? rankGlued(c, mode, w.isShaped) : rankWritten(c, mode, groups, w);
}

/** The longest span worth testing: 19 digits, 4 glued on, 4 more for a 0086 in front. */
const MAX_SPAN = 27;

/** Groups i…j of a run as candidates() walks them: their digits, card groups, shape, and whether the X may follow. */
interface Window {
  i: number;
  j: number;
  all: string;
  fours: number;
  isShaped: boolean;
  /** Spelled out in groups of 1–2 digits (see spelledOut). */
  spelled: boolean;
  /** A list of small numbers counting evenly (see evenList): no number at all. */
  list: boolean;
  canX: boolean;
}

/** The candidates of a window with `lead` and `tail` digits trimmed: without the run's X, then with it. */
function spansTrimmed(run: Run, mode: MaskMode, w: Window, lead: number, tail: number): Span[] {
  const found: Span[] = [];
  const core = w.all.slice(lead, w.all.length - tail);
  const dateFirst = w.j > w.i && lead === 0 && compactDate(groupDigits(run, w.i));
  for (const withX of w.canX && tail === 0 ? [false, true] : [false]) {
    const c = withX ? `${core}X` : core;
    const rank = rankOf(c, lead + tail > 0, mode, run.groups, w);
    if (rank) found.push({ i: w.i, j: w.j, lead, tail, withX, compact: c, rank, fours: w.fours, dateFirst });
  }
  return found;
}

/** Whether `tail` digits can be trimmed from the window's end and still leave digits in its groups. */
function tailFits(run: Run, w: Window, lead: number, tail: number): boolean {
  if (tail === 0) return true;
  return groupDigits(run, w.j).length > tail && !(w.i === w.j && groupDigits(run, w.i).length <= lead + tail);
}

/** The candidates of a window, with 0–2 digits glued on at either end. */
function spansOfWindow(run: Run, mode: MaskMode, w: Window): Span[] {
  const found: Span[] = [];
  for (let lead = 0; lead <= 2; lead++) {
    if (lead > 0 && groupDigits(run, w.i).length <= lead) break;
    for (let tail = 0; tail <= 2 && tailFits(run, w, lead, tail); tail++) found.push(...spansTrimmed(run, mode, w, lead, tail));
  }
  return found;
}

/** The candidates that start at group `i`, shortest first, up to MAX_SPAN digits. */
function spansFrom(run: Run, mode: MaskMode, i: number): Span[] {
  const { groups } = run;
  const found: Span[] = [];
  let all = '';
  let fours = 0;
  for (const [j, g] of groups.entries()) {
    if (j < i) continue;
    all += g.digits;
    if (g.digits.length === 4) fours += 1;
    if (all.length > MAX_SPAN) break;
    const w: Window = {
      i,
      j,
      all,
      fours,
      isShaped: shaped(groups, i, j),
      spelled: spelledOut(groups, i, j),
      list: evenList(groups.slice(i, j + 1)),
      canX: j === groups.length - 1 && run.x >= 0,
    };
    found.push(...spansOfWindow(run, mode, w));
  }
  return found;
}

/** Every span of the run that is (or may be) a personal number. */
function candidates(run: Run, mode: MaskMode): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < run.groups.length; i++) found.push(...spansFrom(run, mode, i));
  return found;
}

function compactDate(g: string): boolean {
  if (!/^(?:19|20)\d{6}$/.test(g)) return false;
  return realDate(Number(g.slice(0, 4)), Number(g.slice(4, 6)), Number(g.slice(6, 8)));
}

/**
 * How much a span is worth masking: its digits, weighted by how sure it is; card groups, no trimming and not
 * starting with a date break ties.
 */
const CONFIDENCE = [0, 0.8, 0.85, 0.95, 1, 1.05, 1.5];
function weight(s: Span): number {
  return s.compact.length * (CONFIDENCE[s.rank] ?? 0) + s.fours * 0.01 - (s.lead + s.tail) * 0.02 - (s.dateFirst ? 0.5 : 0);
}

/**
 * The spans to mask: the set of non-overlapping candidates worth the most (so a mobile found across the end
 * of an ID does not cut the ID up), each then grown to a longer candidate containing it where that overlaps
 * nothing else (a mistyped 18-digit card that starts with a valid 16-digit one is masked whole).
 */
function choose(run: Run, mode: MaskMode): Span[] {
  const found = candidates(run, mode);
  if (!found.length) return [];
  const chosen = bestSet(found, run.groups.length);
  return chosen.map((s, idx) => grow(run, found, s, chosen[idx - 1]?.j ?? -1, chosen[idx + 1]?.i ?? run.groups.length));
}

/**
 * The non-overlapping spans worth the most over groups 0…n-1, in reading order: best[k] is the worth of the
 * best choice within the first k groups, pick[k] the span ending at group k-1 that reaches it.
 */
function bestSet(found: readonly Span[], n: number): Span[] {
  const best: number[] = [0];
  const pick: Array<Span | null> = [null];
  const byEnd: Span[][] = Array.from({ length: n }, () => []);
  for (const s of found) byEnd[s.j]?.push(s);
  byEnd.forEach((ending, k) => {
    let top = best[k] ?? 0;
    let topSpan: Span | null = null;
    for (const s of ending) {
      const w = (best[s.i] ?? 0) + weight(s);
      if (w > top) [top, topSpan] = [w, s];
    }
    best.push(top);
    pick.push(topSpan);
  });
  const chosen: Span[] = [];
  for (let k = n; k > 0;) {
    const s = pick[k];
    if (s && best[k] !== best[k - 1]) {
      chosen.push(s);
      k = s.i;
    } else k -= 1;
  }
  return chosen.reverse();
}

/** The longest candidate containing `s` that stays between the groups of its chosen neighbours (`before`, `after`). */
function grow(run: Run, found: readonly Span[], s: Span, before: number, after: number): Span {
  let grown = s;
  for (const o of found) {
    if (o.i > before && o.j < after && contains(run, o, grown) && o.compact.length > grown.compact.length) grown = o;
  }
  return grown;
}

function edges(run: Run, s: Span): [number, number] {
  const from = (run.groups[s.i]?.from ?? 0) + s.lead;
  return [from, s.withX ? run.x + 1 : (run.groups[s.j]?.to ?? from) - s.tail];
}

function contains(run: Run, outer: Span, inner: Span): boolean {
  const [a, b] = edges(run, outer);
  const [c, d] = edges(run, inner);
  return a <= c && b >= d;
}

export function maskCompact(compact: string): string {
  return `${'*'.repeat(Math.max(compact.length - 4, 4))}${compact.slice(-4)}`;
}

type Masked = { from: number; to: number; text: string };

/** A compact date leading the run, left as it is, is a date (「20261129 6222 0212 3456 7890」), not a leak. */
function leadingDateKept(run: Run, spans: readonly Masked[]): boolean {
  const lead = run.groups[0];
  return lead !== undefined && run.groups.length > 1 && compactDate(lead.digits) && !spans.some((sp) => sp.from < lead.to);
}

/** The run as it would be shown, from `from` to the end of its last group. */
function shownRun(chars: readonly string[], from: number, stop: number, spans: readonly Masked[]): string {
  let shown = '';
  let at = from;
  for (const sp of spans) {
    if (sp.to <= at) continue;
    shown += chars.slice(at, sp.from).join('') + sp.text;
    at = sp.to;
  }
  return shown + chars.slice(at, stop).join('');
}

/** The longest stretch of digits a masked run still shows before its last four (stars and separators aside). */
function longestShown(chars: readonly string[], run: Run, spans: readonly Masked[]): number {
  const first = leadingDateKept(run, spans) ? run.groups[1] : run.groups[0];
  const last = run.groups[run.groups.length - 1];
  if (!first || !last) return 0;
  const kept = Array.from(shownRun(chars, first.from, last.to, spans))
    .map((ch) => (ch === '*' ? '*' : (digitOf(ch) ?? '')))
    .join('')
    .slice(0, -4);
  return kept.split('*').reduce((m, part) => Math.max(m, part.length), 0);
}

/**
 * The run's masked spans. A safety net after the choice: a grouped run of 15 or more digits that still shows 8
 * digits in a row before its last four (an ID behind a compact date, with digits glued on: 「20261129 110110 1970
 * 0101 000012次」) is masked whole, but for its last four: hiding a date next to an ID is better than showing a
 * birth date. Runs in one piece (a 28-digit transaction number) are left to the choice.
 */
function maskedSpans(chars: readonly string[], run: Run, mode: MaskMode): Masked[] {
  const spans = choose(run, mode).map((span) => {
    const [from, to] = edges(run, span);
    return { from, to, text: maskCompact(span.compact) };
  });
  const all = run.groups.map((g) => g.digits).join('');
  const first = run.groups[0];
  const last = run.groups[run.groups.length - 1];
  if (!first || !last || run.groups.length < 2 || all.length < 15 || evenList(run.groups) || longestShown(chars, run, spans) < 8) return spans;
  return [{ from: first.from, to: last.to, text: maskCompact(all) }];
}

/**
 * Masks ID-card, bank-card and mobile numbers in text, keeping the last 4 characters (see the top of this
 * file for what is recognised). `mode: 'ticket'` is for ticket and transaction numbers; the older boolean
 * form (`cards`: true for free text, false for ticket numbers) still works.
 */
export function maskSensitive(text: string, modeOrCards: MaskMode | boolean = 'text'): string {
  const mode: MaskMode = modeOrCards === true ? 'text' : modeOrCards === false ? 'ticket' : modeOrCards;
  const chars = Array.from(text);
  const blocked = textDates(chars);
  const out: Array<{ from: number; to: number; text: string }> = [];
  let i = 0;
  while (i < chars.length) {
    if (blocked[i] || digitOf(chars[i] ?? '') === null) {
      i += 1;
      continue;
    }
    const run = readRun(chars, i, blocked);
    out.push(...maskedSpans(chars, run, mode));
    i = run.end;
  }
  if (!out.length) return text;
  out.sort((a, b) => a.from - b.from);
  let result = '';
  let at = 0;
  for (const r of out) {
    result += chars.slice(at, r.from).join('') + r.text;
    at = r.to;
  }
  return result + chars.slice(at).join('');
}
