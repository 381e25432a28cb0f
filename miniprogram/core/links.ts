/**
 * One codec for every way into the app:
 *  - share paths: `/pages/result/index?v=1&problem=payment&urgent=yes&region=mainland&need=any`
 *  - the `scene` of a mini-program code (≤ 32 characters), e.g. `1r.payment.y.m.a`
 *  - the `q` of an ordinary-link QR code: the URL-encoded poster URL `<prefix>?s=<scene>`
 *
 * `parseLink` never throws: whatever comes in, it returns a route (home when
 * in doubt) and a reason the page can show.
 */
import { CHANNEL_BY_ID } from './data/channels';
import { canonicalAnswers, concreteById, concreteOf, isValidAnswer, nextQuestion, optionalAfter } from './flow';
import { Answers, ChannelId, DETAIL_UNSURE, FollowUpId, ProblemId, QUESTION_IDS, QuestionId, Text } from './types';

const LINK_VERSION = 1;
export const MAX_SCENE_LENGTH = 32;
/** Longer input than this is refused before any parsing. */
const MAX_INPUT_LENGTH = 1024;
/** A number, link or account handed to the scam check in a link. */
const MAX_VERIFY_TEXT = 200;

export type PageName = 'home' | 'channels' | 'channel' | 'flow' | 'result' | 'verify' | 'notes';

export type Route =
  | { page: 'home' }
  | { page: 'channels' }
  | { page: 'channel'; id: ChannelId }
  | { page: 'flow'; answers: Answers; edit?: QuestionId }
  | { page: 'result'; answers: Answers }
  | { page: 'verify'; text?: string }
  | { page: 'notes'; channel?: ChannelId; problem?: ProblemId };

export type LinkReason =
  'ok' | 'too-long' | 'bad-encoding' | 'unknown-version' | 'unknown-page' | 'unknown-channel' | 'bad-answer' | 'incomplete' | 'malformed';

export interface ParsedLink {
  route: Route;
  reason: LinkReason;
}

export const LINK_REASON_TEXT: Readonly<Record<LinkReason, Text>> = {
  ok: { zh: '', en: '' },
  'too-long': { zh: '这个链接太长，无法识别，已为你打开首页。', en: 'This link is too long to read, so the home page is shown.' },
  'bad-encoding': { zh: '这个链接或二维码内容已损坏，已为你打开首页。', en: 'This link or QR code is damaged, so the home page is shown.' },
  'unknown-version': {
    zh: '这个二维码来自更新的版本，请先更新小程序；已为你打开首页。',
    en: 'This QR code is from a newer version. Please update the mini program; the home page is shown.',
  },
  'unknown-page': { zh: '找不到链接指向的页面，已为你打开首页。', en: 'The page in this link does not exist, so the home page is shown.' },
  'unknown-channel': { zh: '链接里的客服渠道不存在或已下线，已为你打开首页。', en: 'The channel in this link does not exist, so the home page is shown.' },
  'bad-answer': { zh: '链接里的选项无法识别，已为你打开首页。', en: 'The answers in this link could not be read, so the home page is shown.' },
  incomplete: { zh: '链接里的回答还不完整，请继续回答剩下的问题。', en: 'The answers in this link are incomplete; please answer the remaining questions.' },
  malformed: { zh: '无法识别这个链接或二维码，已为你打开首页。', en: 'This link or QR code could not be read, so the home page is shown.' },
};

const PAGE_PATHS: Readonly<Record<PageName, string>> = {
  home: '/pages/index/index',
  channels: '/pages/channels/index',
  channel: '/pages/channel/index',
  flow: '/pages/flow/index',
  result: '/pages/result/index',
  verify: '/pages/verify/index',
  notes: '/pages/notes/index',
};

const PAGE_CODES: Readonly<Record<PageName, string>> = {
  home: 'h',
  channels: 'l',
  channel: 'c',
  flow: 'f',
  result: 'r',
  verify: 'v',
  notes: 'n',
};

/**
 * Short codes for answers inside a scene. The problem slot holds the concrete
 * problem's id when there is one (concrete ids never equal a category id),
 * else the category's; `detail` has no slot of its own.
 */
const SHORT: Readonly<Record<FollowUpId, Readonly<Record<string, string>>>> = {
  urgent: { yes: 'y', no: 'n' },
  region: { mainland: 'm', overseas: 'o' },
  need: { any: 'a', text: 't', simple: 's' },
};

const HOME: ParsedLink = { route: { page: 'home' }, reason: 'ok' };

function fail(reason: LinkReason): ParsedLink {
  return { route: { page: 'home' }, reason };
}

function isChannelId(value: unknown): value is ChannelId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CHANNEL_BY_ID, value);
}

function pageFromPath(path: string): PageName | null {
  const clean = path.replace(/^\//, '').split('?')[0];
  for (const name of Object.keys(PAGE_PATHS) as PageName[]) {
    if (PAGE_PATHS[name].slice(1) === clean) return name;
  }
  return null;
}

function answersQuery(answers: Answers): string[] {
  const parts: string[] = [];
  for (const q of QUESTION_IDS) {
    const value = answers[q];
    if (value !== undefined) parts.push(`${q}=${value}`);
  }
  return parts;
}

/** The path (with query) that opens this route; used for navigation and shares. */
/** The query fields of a route after `v=`. */
function routeQuery(route: Route): string[] {
  switch (route.page) {
    case 'channel':
      return [`id=${route.id}`];
    case 'flow':
      return [...answersQuery(canonicalAnswers(route.answers)), ...(route.edit ? [`edit=${route.edit}`] : [])];
    case 'result':
      return answersQuery(canonicalAnswers(route.answers));
    // What the scam check opens with, e.g. a number typed into the home search (never in a scene or poster).
    case 'verify':
      return route.text ? [`text=${encodeURIComponent(route.text.slice(0, MAX_VERIFY_TEXT))}`] : [];
    case 'notes':
      return [...(route.channel ? [`channel=${route.channel}`] : []), ...(route.problem ? [`problem=${route.problem}`] : [])];
    default:
      return [];
  }
}

export function buildPath(route: Route): string {
  return `${PAGE_PATHS[route.page]}?${[`v=${LINK_VERSION}`, ...routeQuery(route)].join('&')}`;
}

/** Marks 「不确定 / 其他情况」 in a flow scene where nothing after it says so (`1f.payment~`). */
const UNSURE_MARK = '~';

/** The problem slot: the concrete id, or the category (marked when only the mark can tell it is 「不确定」). */
function problemSlot(page: 'flow' | 'result', a: Answers): string {
  const concrete = concreteOf(a);
  if (concrete) return concrete.id;
  if (a.problem === undefined) return '-';
  const implied = withLegacyDetail(page, { ...a, detail: undefined }).detail === DETAIL_UNSURE;
  return a.detail === DETAIL_UNSURE && !implied ? `${a.problem}${UNSURE_MARK}` : a.problem;
}

/**
 * The scene of a mini-program code for this route: at most 32 characters.
 * A flow's `edit` is not carried: printed codes open a question, never an edit in progress.
 */
const FOLLOW_UP_SLOTS: readonly FollowUpId[] = ['urgent', 'region', 'need'];

function answerFields(page: 'flow' | 'result', answers: Answers): string[] {
  const a = canonicalAnswers(answers);
  return [
    problemSlot(page, a),
    ...FOLLOW_UP_SLOTS.map((q) => {
      const value = a[q];
      return value === undefined ? '-' : (SHORT[q][value] ?? '-');
    }),
  ];
}

function sceneFields(route: Route): string[] {
  if (route.page === 'channel') return [route.id];
  if (route.page === 'notes') return [route.channel ?? '-', route.problem ?? '-'];
  if (route.page === 'flow' || route.page === 'result') return answerFields(route.page, route.answers);
  return [];
}

export function buildScene(route: Route): string {
  const head = `${LINK_VERSION}${PAGE_CODES[route.page]}`;
  const fields = sceneFields(route);
  while (fields.length && fields[fields.length - 1] === '-') fields.pop();
  return fields.length ? `${head}.${fields.join('.')}` : head;
}

/** The URL an ordinary-link QR code carries, for a configured prefix such as `https://example.org/wsn`. */
export function buildQrUrl(route: Route, prefix: string): string {
  return `${prefix}?s=${buildScene(route)}`;
}

export interface Link {
  path: string;
  scene: string;
}

export function buildLink(route: Route): Link {
  return { path: buildPath(route), scene: buildScene(route) };
}

/** The part of a URL or path before its `#fragment`. */
function withoutFragment(value: string): string {
  const hash = value.indexOf('#');
  return hash < 0 ? value : value.slice(0, hash);
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * The problem slot of a link: a category id, or a concrete problem's id (which
 * sets the category and the detail). False when it is neither.
 */
function setProblem(answers: Answers, value: string): boolean {
  if (isValidAnswer('problem', value)) {
    answers.problem = value as ProblemId;
    return true;
  }
  const c = concreteById(value);
  if (!c) return false;
  answers.problem = c.category;
  answers.detail = c.id;
  return true;
}

function setProblemSlot(answers: Answers, slot: string): boolean {
  if (!slot.endsWith(UNSURE_MARK)) return setProblem(answers, slot);
  if (!isValidAnswer('problem', slot.slice(0, -1))) return false;
  answers.problem = slot.slice(0, -1) as ProblemId;
  answers.detail = DETAIL_UNSURE;
  return true;
}

/**
 * Links made before concrete problems (every `v=1` link and printed poster)
 * name only the category: a result, or a flow already past the first
 * question, keeps the category plan (「不确定 / 其他情况」); a flow at the
 * first question asks which problem it is.
 */
function withLegacyDetail(page: 'flow' | 'result', answers: Answers): Answers {
  if (answers.problem === undefined || answers.detail !== undefined) return answers;
  const later = answers.urgent !== undefined || answers.region !== undefined || answers.need !== undefined;
  return page === 'result' || later ? { ...answers, detail: DETAIL_UNSURE } : answers;
}

/** A route for answers read from a link: result when complete, the flow otherwise. */
function answersRoute(page: 'flow' | 'result', input: Answers, edit?: QuestionId): ParsedLink {
  const canonical = canonicalAnswers(withLegacyDetail(page, input));
  if (page === 'result' && nextQuestion(canonical) !== null) {
    return { route: { page: 'flow', answers: canonical }, reason: 'incomplete' };
  }
  if (page === 'flow') {
    const editable = edit !== undefined && (canonical[edit] !== undefined || (optionalAfter(canonical) as readonly QuestionId[]).indexOf(edit) >= 0);
    const route: Route = edit && editable ? { page, answers: canonical, edit } : { page, answers: canonical };
    return { route, reason: 'ok' };
  }
  return { route: { page, answers: canonical }, reason: 'ok' };
}

/** A notes route from optional prefill values; unknown values are an error, absent ones are fine. */
function notesRoute(channel: string | undefined, problem: string | undefined): ParsedLink {
  const route: { page: 'notes'; channel?: ChannelId; problem?: ProblemId } = { page: 'notes' };
  if (channel !== undefined && channel !== '-' && channel !== '') {
    if (!isChannelId(channel)) return fail('unknown-channel');
    route.channel = channel;
  }
  if (problem !== undefined && problem !== '-' && problem !== '') {
    if (!isValidAnswer('problem', problem)) return fail('bad-answer');
    route.problem = problem as ProblemId;
  }
  return { route, reason: 'ok' };
}

/** The answers in a scene's fields (problem slot, then the follow-ups' short codes); null when one cannot be read. */
function sceneAnswers(args: readonly string[]): Answers | null {
  const answers: Answers = {};
  const [problem, ...codes] = args;
  if (problem !== undefined && problem !== '-' && !setProblemSlot(answers, problem)) return null;
  for (let i = 0; i < codes.length; i++) {
    const q = FOLLOW_UP_SLOTS[i];
    const code = codes[i];
    if (q === undefined || code === undefined || code === '-') continue;
    const long = Object.keys(SHORT[q]).find((k) => SHORT[q][k] === code);
    if (!long) return null;
    (answers as Record<string, string>)[q] = long;
  }
  return answers;
}

function channelRoute(args: readonly string[]): ParsedLink {
  if (args.length !== 1) return fail('malformed');
  return isChannelId(args[0]) ? { route: { page: 'channel', id: args[0] }, reason: 'ok' } : fail('unknown-channel');
}

function sceneRoute(page: PageName, args: readonly string[]): ParsedLink {
  if (page === 'channel') return channelRoute(args);
  if (page === 'notes') return args.length > 2 ? fail('malformed') : notesRoute(args[0], args[1]);
  if (page === 'flow' || page === 'result') {
    if (args.length > 4) return fail('malformed');
    const answers = sceneAnswers(args);
    return answers ? answersRoute(page, answers) : fail('bad-answer');
  }
  return args.length ? fail('malformed') : { route: { page } as Route, reason: 'ok' };
}

function parseScene(raw: string): ParsedLink {
  const scene = raw.trim();
  if (!scene) return fail('malformed');
  if (scene.length > MAX_SCENE_LENGTH) return fail('too-long');
  const [head = '', ...args] = scene.split('.');
  const match = /^([1-9]\d*)([a-z])$/.exec(head);
  if (!match) return fail('malformed');
  if (Number(match[1]) !== LINK_VERSION) return fail('unknown-version');
  const page = (Object.keys(PAGE_CODES) as PageName[]).find((p) => PAGE_CODES[p] === match[2]);
  return page ? sceneRoute(page, args) : fail('unknown-page');
}

function isReason(value: unknown): value is LinkReason {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LINK_REASON_TEXT, value);
}

/** The home page, telling the user why they landed there instead of where a link pointed. */
export function homeWithNotice(reason: LinkReason): string {
  return reason === 'ok' ? buildPath({ page: 'home' }) : `${PAGE_PATHS.home}?v=${LINK_VERSION}&notice=${reason}`;
}

/** The answers in a query; null when one cannot be read. */
function queryAnswers(query: Record<string, string | undefined>): Answers | null {
  const answers: Answers = {};
  for (const q of QUESTION_IDS) {
    const value = query[q];
    if (value === undefined || value === '') continue;
    if (q === 'problem' ? !setProblem(answers, value) : !isValidAnswer(q, value)) return null;
    if (q !== 'problem') (answers as Record<string, string>)[q] = value;
  }
  return answers;
}

function queryAnswersRoute(query: Record<string, string | undefined>, page: 'flow' | 'result'): ParsedLink {
  const answers = queryAnswers(query);
  const edit = query.edit;
  const editQuestion = edit !== undefined && (QUESTION_IDS as readonly string[]).indexOf(edit) >= 0 ? (edit as QuestionId) : undefined;
  if (!answers || (edit !== undefined && !editQuestion)) return fail('bad-answer');
  return answersRoute(page, answers, editQuestion);
}

/** Pages whose query carries more than the version. */
function pageQueryRoute(query: Record<string, string | undefined>, page: PageName): ParsedLink | null {
  if (page === 'channel') return isChannelId(query.id) ? { route: { page, id: query.id }, reason: 'ok' } : fail('unknown-channel');
  if (page === 'flow' || page === 'result') return queryAnswersRoute(query, page);
  if (page === 'notes') return notesRoute(query.channel, query.problem);
  return null;
}

function parseQuery(query: Record<string, string | undefined>, page: PageName): ParsedLink {
  const version = query.v;
  if (version !== undefined && version !== String(LINK_VERSION)) return fail('unknown-version');
  const routed = pageQueryRoute(query, page);
  if (routed) return routed;
  if (page === 'home' && isReason(query.notice)) return { route: { page }, reason: query.notice };
  if (page === 'verify' && query.text) return { route: { page, text: query.text.slice(0, MAX_VERIFY_TEXT) }, reason: 'ok' };
  return { route: { page } as Route, reason: 'ok' };
}

function parseQrUrl(raw: string): ParsedLink {
  const url = safeDecode(raw);
  if (url === null) return fail('bad-encoding');
  const queryStart = url.indexOf('?');
  if (queryStart < 0) return fail('malformed');
  const params = parseQueryString(withoutFragment(url.slice(queryStart + 1)));
  if (params === null) return fail('bad-encoding');
  const scene = params.s;
  if (scene === undefined) return fail('malformed');
  return parseScene(scene);
}

/** `a=1&b=2` → `{a:'1', b:'2'}` with values decoded; `null` when an escape is broken. */
function parseQueryString(qs: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  if (!qs) return out;
  for (const part of qs.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq < 0 ? part : part.slice(0, eq));
    const value = safeDecode(eq < 0 ? '' : part.slice(eq + 1).replace(/\+/g, ' '));
    if (key === null || value === null) return null;
    if (!Object.prototype.hasOwnProperty.call(out, key)) out[key] = value;
  }
  return out;
}

/**
 * Reads whatever a page received in `onLoad(query)`.
 * `page` is the page that received it (a share path names its page by path).
 * `scene` (mini-program code) and `q` (ordinary-link QR code) take precedence.
 */
/** The query's string values, or why it cannot be read. */
function stringQuery(raw: Record<string, unknown>): Record<string, string> | LinkReason {
  const q: Record<string, string> = {};
  let total = 0;
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') return 'malformed';
    total += key.length + value.length;
    if (total > MAX_INPUT_LENGTH) return 'too-long';
    q[key] = value;
  }
  return q;
}

export function parseLink(query: unknown, page: PageName = 'home'): ParsedLink {
  try {
    if (query === null || query === undefined) return HOME;
    if (typeof query !== 'object') return fail('malformed');
    const q = stringQuery(query as Record<string, unknown>);
    if (typeof q === 'string') return fail(q);
    if (q.scene !== undefined) {
      const scene = safeDecode(q.scene);
      return scene === null ? fail('bad-encoding') : parseScene(scene);
    }
    if (q.q !== undefined) return parseQrUrl(q.q);
    return parseQuery(q, page);
  } catch {
    return fail('malformed');
  }
}

/** Reads a full path such as `/pages/result/index?v=1&problem=payment…` (e.g. from a share card). */
export function parsePath(path: unknown): ParsedLink {
  if (typeof path !== 'string') return fail('malformed');
  if (path.length > MAX_INPUT_LENGTH) return fail('too-long');
  const page = pageFromPath(path);
  if (!page) return fail('unknown-page');
  const noFragment = withoutFragment(path);
  const qs = noFragment.indexOf('?') >= 0 ? noFragment.slice(noFragment.indexOf('?') + 1) : '';
  const query = parseQueryString(qs);
  if (query === null) return fail('bad-encoding');
  return parseLink(query, page);
}

/** Two routes open the same page with the same content. */
export function sameRoute(a: Route, b: Route): boolean {
  return buildPath(a) === buildPath(b);
}
