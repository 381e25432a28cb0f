/**
 * Search on the home page: how people describe their problem → the concrete problem, then the channels and
 * the poster short codes. Offline, on MiniSearch (BM25 ranking, fuzzy matching for Latin words) with a tokenizer
 * for Chinese (character bigrams, plus whole Latin words and numbers), a synonym table that folds the ways
 * people say the same thing into one term, and filler words dropped. Never throws.
 */
import MiniSearch, { SearchResult } from 'minisearch';
import { CHANNELS, CHANNEL_BY_ID } from './data/channels';
import { ENTRIES as CATALOGUE } from './data/catalogue/entries';
import { PROBLEMS, problemById } from './data/problems';
import { buildPath, parseLink, Route } from './links';
import { str, StringKey } from './strings';
import { Channel, ChannelId, ConcreteId, Fact, Lang, ProblemId } from './types';
import { t } from './view/common';

/** Longer queries are cut here before matching (the box itself allows no more). */
const MAX_QUERY_LENGTH = 100;

/**
 * Ways of saying the same thing. When a text holds any variant, the group's term is added to its words, at
 * indexing and at query time, so 「号被黑了」 finds what is written 「账号被盗」. Typos people make are variants
 * too (转帐, 续废, 风号). Latin variants match whole words.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  stolen: ['盗', '被黑', '黑了', '别人登录', '别的手机上登录', '陌生设备', 'hacked', 'hack', 'stolen', 'hijacked'],
  banned: ['封号', '封禁', '被封', '封了', '风号', '被风', '解封', 'banned', 'ban', 'blocked', 'unblock'],
  human: ['人工', '真人', '客服电话', '热线', '人工服务', 'human', 'agent', 'real person', 'hotline', 'customer service'],
  charge: ['扣钱', '扣费', '扣款', '被扣', '乱扣', '少了', '没买过', 'charge', 'charged', 'deduct', 'taken from'],
  renew: ['续费', '续废', '包月', '订阅', '免密', '自动扣', 'auto renewal', 'auto-renew', 'renewal', 'subscription', 'autopay'],
  refund: ['退款', '退钱', '不退', '退回', 'refund'],
  transfer: ['转账', '转帐', '转钱', '转给', '转了', 'transfer', 'transferred', 'sent money'],
  wrong: ['转错', '错人', '发错', '不小心', '手滑', 'wrong', 'mistake'],
  scam: ['骗', '诈骗', '刷单', 'scam', 'scammed', 'scammer', 'fraud'],
  code: ['验证码', '短信码', '六位数字', 'verification code', 'code'],
  password: ['密码', 'password', 'pasword', 'passwrd', 'pin'],
  freeze: ['冻结', '冻住', 'freeze', 'frozen'],
  unfreeze: ['解冻', '解除冻结', 'unfreeze', 'unlock'],
  phoneLost: ['手机丢', '手机被偷', '手机掉', '手机被抢', '没有手机', '手机不见', 'lost my phone', 'lost phone', 'phone stolen'],
  someoneElse: ['朋友', '好友', '我妈', '我爸', '妈妈', '爸爸', '父母', '家人', '同事', '亲戚', 'friend', "friend's", 'mom', "mom's", 'dad', 'parent'],
  child: ['孩子', '小孩', '儿子', '女儿', '未成年', 'kid', 'child', 'minor'],
  teen: ['青少年', '未成年人模式', 'teen', 'parental control', 'parental controls'],
  withdraw: ['提现', '提不出', '转到银行卡', '到银行卡', 'withdraw', 'withdrawl', 'withdrawal', 'cash out'],
  redPacket: ['红包', 'hongbao', 'red packet', 'red envelope'],
  chat: ['聊天记录', '聊天纪录', '聊天', 'chat', 'chats', 'chat history'],
  close: ['注销', '注消', '销号', '删除账号', '删除微信账号', 'delete my wechat account', 'delete account', 'close account'],
  wechatId: ['微信号', '微信id', 'wechat id', 'weixin id'],
  harass: ['骚扰', '辱骂', '色情', 'harass', 'harassing', 'harassment', 'abusive'],
  spam: ['广告', '垃圾', '赌博', '谣言', '假货', 'spam', 'ads', 'junk', 'fake news'],
  phoneCall: ['电话', '短信', '来电', 'call', 'calls', 'sms'],
  deceased: ['去世', '过世', '逝者', '亡故', '人走了', '死了', '遗产', '继承', 'passed away', 'deceased', 'died'],
  noReply: ['不回复', '不回', '没人理', '没结果', '不处理', '没用', '没反应', 'not responding', 'no reply', 'no response', 'ignored'],
  limited: ['限制', '受限', '频繁', 'limited', 'restricted'],
  assist: ['辅助验证', '辅助解封', '帮忙验证', '帮他', '帮别人', '扫码帮', 'verify his', 'verify her', 'verification for'],
  merchant: ['商家', '店家', '卖家', '商户', '发货', 'merchant', 'shop', 'seller'],
  report: ['举报', '投诉', 'report', 'complain'],
  login: ['登不上', '登录不了', '登不进', '登陆', '登录', 'log in', 'login', 'sign in'],
  screen: ['屏幕共享', '共享屏幕', '开屏幕', 'screen sharing', 'shared my screen', 'share screen'],
  insurance: ['百万保障', '保障', '理赔', '关闭会员', 'insurance'],
  phoneNumber: ['手机号', '换号', '号码', 'phone number', 'number'],
  impostor: ['假客服', '冒充', '自称', '说是微信', '说是客服', '假冒', 'claiming to be', 'fake customer service', 'pretending', 'impostor'],
  social: ['朋友圈', '拉群', '加好友', '加不了', '群聊', 'moments', 'add friends'],
  funds: ['资金', '财产', '余额', '零钱', '里面的钱', 'funds', 'balance'],
};

/** Words that say nothing about the problem; dropped before matching (whole Latin words, Chinese anywhere). */
const FILLER_ZH = [
  '怎么办',
  '怎么样',
  '怎么',
  '如何',
  '为什么',
  '请问',
  '一下',
  '能不能',
  '可不可以',
  '是不是',
  '还能',
  '我的',
  '微信',
  '了',
  '的',
  '吗',
  '呢',
  '啊',
  '吧',
  '呀',
  '我',
];
const FILLER_EN = new Set([
  'how',
  'do',
  'i',
  'to',
  'my',
  'the',
  'a',
  'an',
  'is',
  'was',
  'what',
  'can',
  'cant',
  "can't",
  'me',
  'on',
  'of',
  'for',
  'it',
  'and',
  'wechat',
  'weixin',
  'please',
  'help',
]);
const FILLER_RE = new RegExp(FILLER_ZH.join('|'), 'g');

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const RUNS = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9][a-z0-9'_-]*/g;

/** The synonym table split once: Chinese variants match anywhere, one Latin word by word, several words as a phrase. */
const SYN = Object.keys(SYNONYMS).map((group) => {
  const variants = SYNONYMS[group] ?? [];
  return {
    term: `§${group}`,
    zh: variants.filter((v) => CJK.test(v)),
    word: variants.filter((v) => !CJK.test(v) && !/[ ]/.test(v)),
    phrase: variants.filter((v) => !CJK.test(v) && / /.test(v)),
  };
});

/** Full-width to half-width, lower case, spaces folded. */
export function normaliseQuery(input: string): string {
  return input.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function latinWords(text: string): Set<string> {
  return new Set(text.match(/[a-z0-9][a-z0-9'_-]*/g) ?? []);
}

/** The synonym groups a (normalised) text mentions. */
function synonymGroups(text: string, latin: Set<string> = latinWords(text)): string[] {
  const padded = ` ${text.replace(/[^a-z0-9'\u3400-\u9fff\uf900-\ufaff]+/g, ' ')} `;
  const out: string[] = [];
  for (const g of SYN) {
    if (g.zh.some((v) => text.indexOf(v) >= 0) || g.word.some((v) => latin.has(v)) || g.phrase.some((v) => padded.indexOf(` ${v} `) >= 0)) out.push(g.term);
  }
  return out;
}

/** Chinese runs as character bigrams (a single character alone), Latin words and numbers whole. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const run of text.replace(FILLER_RE, ' ').match(RUNS) ?? []) {
    if (CJK.test(run)) {
      if (run.length === 1) out.push(run);
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    } else if (!FILLER_EN.has(run)) {
      out.push(run);
    }
  }
  return out;
}

/** The terms of a text: its words and the synonym groups it mentions. */
export function tokenize(input: string): string[] {
  const text = normaliseQuery(input);
  return [...new Set([...words(text), ...synonymGroups(text)])];
}

type DocKind = 'problem' | 'category' | 'channel';

interface Doc {
  id: string;
  kind: DocKind;
  ref: string;
  title: string;
  phrasings: string;
  body: string;
}

/** A fact's value when the data confirms it; undefined when the channel lacks it or it is unconfirmed. */
function knownValue<T>(fact: Fact<T> | undefined): T | undefined {
  return fact && fact.known ? fact.value : undefined;
}

/** Concrete problems: found by their label, the ways people say them, and their hint. */
function problemDocs(): Doc[] {
  return CATALOGUE.map((p) => ({
    id: `p:${p.id}`,
    kind: 'problem',
    ref: p.id,
    title: `${p.label.zh} ${p.label.en}`,
    phrasings: [...p.phrasings.zh, ...p.phrasings.en].join(' | '),
    body: `${p.hint.zh} ${p.hint.en}`,
  }));
}

/** Problem categories: found by their label, keywords and hint. */
function categoryDocs(): Doc[] {
  return PROBLEMS.map((p) => ({
    id: `k:${p.id}`,
    kind: 'category',
    ref: p.id,
    title: `${p.label.zh} ${p.label.en}`,
    phrasings: p.keywords.join(' | '),
    body: `${p.hint.zh} ${p.hint.en}`,
  }));
}

/** What a channel is found by besides its name: summary, what it handles, number, website, accounts, aliases. */
function channelBody(c: Channel): string {
  const parts = [c.summary.zh, c.summary.en];
  for (const h of knownValue(c.handles) ?? []) parts.push(h.zh, h.en);
  const phone = knownValue(c.phone);
  if (phone !== undefined) parts.push(phone.dial);
  const url = knownValue(c.url);
  if (url !== undefined) parts.push(url);
  parts.push(...(knownValue(c.accounts) ?? []), ...(knownValue(c.aliases) ?? []));
  return parts.join(' ');
}

function channelDocs(): Doc[] {
  return CHANNELS.map((c) => ({ id: `c:${c.id}`, kind: 'channel', ref: c.id, title: `${c.name.zh} ${c.name.en}`, phrasings: '', body: channelBody(c) }));
}

function docs(): Doc[] {
  return [...problemDocs(), ...categoryDocs(), ...channelDocs()];
}

type Index = MiniSearch<Doc>;
let index: Index | null = null;

/** Builds the index (once; about a millisecond for the whole catalogue). */
export function buildIndex(): Index {
  const ms = new MiniSearch<Doc>({
    fields: ['title', 'phrasings', 'body'],
    storeFields: ['kind', 'ref'],
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      boost: { title: 2, phrasings: 1.5, body: 0.5 },
      // Latin words tolerate a typo or two; Chinese bigrams and synonym terms must match exactly.
      fuzzy: (term) => (/^[a-z]{4,}$/.test(term) ? 0.25 : false),
      prefix: (term, i, terms) => i === terms.length - 1 && /^[a-z]{3,}$/.test(term),
      combineWith: 'OR',
    },
  });
  ms.addAll(docs());
  return ms;
}

function getIndex(): Index {
  if (!index) index = buildIndex();
  return index;
}

export type HitKind = 'problem' | 'category' | 'channel' | 'code';

export interface SearchHit {
  kind: HitKind;
  /** A concrete problem id, category id, channel id or scene. */
  ref: string;
  title: string;
  subtitle: string;
  /** Why it matched, in plain words: the phrasing it is closest to. */
  why: string;
  path: string;
}

/** Where a concrete problem opens: its flow, which asks only what that problem needs. */
function concretePath(id: ConcreteId, category: ProblemId): string {
  return buildPath({ page: 'flow', answers: { problem: category, detail: id } });
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  return a.filter((x) => set.has(x)).length;
}

const termCache = new Map<string, string[]>();
function cachedTerms(text: string): string[] {
  let terms = termCache.get(text);
  if (!terms) {
    terms = tokenize(text);
    termCache.set(text, terms);
  }
  return terms;
}

/** The catalogue phrasing (or label) closest to the query, to show why a problem matched. */
function closestPhrasing(queryTerms: readonly string[], candidates: readonly string[]): string {
  let best = '';
  let bestScore = 0;
  for (const c of candidates) {
    const score = overlap(queryTerms, cachedTerms(c));
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function whyText(phrase: string, lang: Lang): string {
  return phrase ? str('searchWhy', lang, { phrase }) : '';
}

/** The fields stored with each document (MiniSearch returns them untyped). */
function stored(r: SearchResult): { kind: DocKind; ref: string } {
  const fields = r as unknown as { kind: DocKind; ref: string };
  return { kind: fields.kind, ref: String(fields.ref) };
}

function problemHit(r: SearchResult, terms: readonly string[], lang: Lang): SearchHit | null {
  const p = CATALOGUE.find((x) => x.id === stored(r).ref);
  if (!p) return null;
  const phrase = closestPhrasing(terms, [p.label[lang], ...(lang === 'zh' ? p.phrasings.zh : p.phrasings.en), p.label.zh, ...p.phrasings.zh]);
  return { kind: 'problem', ref: p.id, title: t(p.label, lang), subtitle: t(p.hint, lang), why: whyText(phrase, lang), path: concretePath(p.id, p.category) };
}

function categoryHit(r: SearchResult, terms: readonly string[], lang: Lang): SearchHit {
  const p = problemById(stored(r).ref as ProblemId);
  const phrase = closestPhrasing(terms, [p.label[lang], ...p.keywords]);
  return {
    kind: 'category',
    ref: p.id,
    title: t(p.label, lang),
    subtitle: t(p.hint, lang),
    why: whyText(phrase, lang),
    path: buildPath({ page: 'flow', answers: { problem: p.id } }),
  };
}

function channelHit(r: SearchResult, lang: Lang): SearchHit {
  const c = CHANNEL_BY_ID[stored(r).ref as ChannelId];
  return { kind: 'channel', ref: c.id, title: t(c.name, lang), subtitle: t(c.summary, lang), why: '', path: buildPath({ page: 'channel', id: c.id }) };
}

/** Pages a poster code can open that are named by a string of their own. */
const PAGE_TITLE: Partial<Record<Route['page'], StringKey>> = { verify: 'verifyTitle', notes: 'notesTitle', channels: 'channelsTitle' };

/** What a poster code opens, in words: the channel, the problem it starts on, or the page. */
function routeTitle(r: Route, lang: Lang): string {
  if (r.page === 'channel') return t(CHANNEL_BY_ID[r.id].name, lang);
  if ((r.page === 'flow' || r.page === 'result') && r.answers.problem) return t(problemById(r.answers.problem).label, lang);
  return str(PAGE_TITLE[r.page] ?? 'startFlow', lang);
}

/** A short code printed on a help poster (the scene of its QR code), when the query is one. */
function codeHit(query: string, lang: Lang): SearchHit | null {
  const scene = query.trim();
  if (!/^[0-9][a-z](\.[a-z0-9-]+)*$/i.test(scene)) return null;
  const code = parseLink({ scene });
  if (code.reason !== 'ok' || code.route.page === 'home') return null;
  const r = code.route;
  return { kind: 'code', ref: scene, title: routeTitle(r, lang), subtitle: scene, why: str('searchCode', lang), path: buildPath(r) };
}

/** The query looks like a phone number, a link or an account id someone gave the user. */
export function looksLikeContact(query: string): boolean {
  const q = normaliseQuery(query);
  if (!q || q.length > 200) return false;
  const digits = q.replace(/[\s()+-]/g, '');
  if (/^\d{5,}$/.test(digits)) return true;
  if (/^(https?:\/\/|www\.)/.test(q) || /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/.test(q)) return true;
  if (/@[a-z0-9-]+\./.test(q)) return true;
  // A WeChat-id-like token: starts with a letter, 6–20 characters, holds a digit, _ or -.
  return /^[a-z][a-z0-9_-]{5,19}$/.test(q) && /[0-9_-]/.test(q);
}

const MAX_PROBLEMS = 5;
const MAX_OTHERS = 3;
/** Hits scoring below this share of the best hit are noise. */
const RELATIVE_FLOOR = 0.2;

/** Ranked hits: the poster code when the query is one, concrete problems, then categories and channels. */
export function search(rawQuery: unknown, lang: Lang): SearchHit[] {
  try {
    if (typeof rawQuery !== 'string') return [];
    const query = rawQuery.slice(0, MAX_QUERY_LENGTH);
    const terms = tokenize(query);
    const hits: SearchHit[] = [];
    const code = codeHit(query, lang);
    if (code) hits.push(code);
    if (!terms.length) return hits;
    const results = getIndex().search(query);
    const [best] = results;
    const top = best ? best.score : 0;
    const kept = results.filter((r) => r.score >= top * RELATIVE_FLOOR);
    for (const r of kept.filter((x) => stored(x).kind === 'problem').slice(0, MAX_PROBLEMS)) {
      const hit = problemHit(r, terms, lang);
      if (hit) hits.push(hit);
    }
    const others = kept.filter((x) => stored(x).kind !== 'problem').slice(0, MAX_OTHERS);
    for (const r of others) hits.push(stored(r).kind === 'category' ? categoryHit(r, terms, lang) : channelHit(r, lang));
    return hits;
  } catch {
    return [];
  }
}

export interface SearchView {
  hits: SearchHit[];
  /** Nothing matched: offer the guided flow and the "reach a human" plan. */
  empty: boolean;
  emptyActions: Array<{ id: string; label: string; path: string }>;
  /** The query looks like a number, link or account: offer the scam check with it filled in. */
  verify: { label: string; path: string } | null;
}

/** What the home page shows for a query ('' when nothing is typed). */
export function searchView(query: string, lang: Lang): SearchView {
  const trimmed = typeof query === 'string' ? query.trim() : '';
  const hits = trimmed ? search(trimmed, lang) : [];
  const needHuman = CATALOGUE.find((p) => p.id === 'need-human');
  const emptyActions = [{ id: 'flow', label: str('startFlow', lang), path: buildPath({ page: 'flow', answers: {} }) }];
  if (needHuman) emptyActions.push({ id: 'need-human', label: t(needHuman.label, lang), path: concretePath(needHuman.id, needHuman.category) });
  return {
    hits,
    empty: trimmed !== '' && hits.length === 0,
    emptyActions,
    verify:
      trimmed && looksLikeContact(trimmed)
        ? { label: str('searchVerify', lang, { text: trimmed.slice(0, 40) }), path: buildPath({ page: 'verify', text: trimmed }) }
        : null,
  };
}
