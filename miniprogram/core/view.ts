/**
 * View models: plain objects of strings that pages and components bind as
 * they are. Everything a page shows is computed here, so pages only bind
 * data and forward taps. Pure: `now`, the user's UTC offset and the
 * language come in as arguments.
 */
import { CHANNEL_BY_ID, CHANNELS } from './data/channels';
import { PROBLEMS, problemById } from './data/problems';
import { SOURCES } from './data/sources';
import { canonicalAnswers, nextQuestion, progress, QUESTIONS, questionPath, withAnswer } from './flow';
import { channelStatus, ChannelStatus, hoursText, statusLine, StatusState } from './hours';
import { buildLink, buildPath, parseLink, Route } from './links';
import { recommend } from './recommend';
import { str } from './strings';
import { Answers, Channel, ChannelId, Fact, Lang, NeedId, QUESTION_IDS, QuestionId, RegionId, Text } from './types';
import { classify, Verdict } from './verify';

export type ActionType = 'call' | 'copy' | 'open-mp';

export interface ActionView {
  type: ActionType;
  label: string;
  /** Number to dial, text to copy, or appId to open. */
  value: string;
  /** Toast after copying. */
  done: string;
  aria: string;
  primary: boolean;
}

export interface ChannelCardView {
  id: ChannelId;
  name: string;
  summary: string;
  /** A contact (number, URL, account) confirmed by an official or government page. */
  official: boolean;
  /**
   * False for a channel people look for that we found no official way to reach
   * (a Tencent phone line, service counters): its summary says so, and the
   * card shows no hours, wait or difficulty for something that does not exist.
   */
  reachable: boolean;
  sourceBadge: string;
  state: StatusState;
  statusText: string;
  waitText: string;
  difficulty: number;
  difficultyText: string;
  ratingText: string;
  detailPath: string;
  actions: ActionView[];
}

export interface LabelledSource {
  label: string;
  title: string;
  kind: string;
  url: string;
  checkedOn: string;
}

export interface ChannelDetailView extends ChannelCardView {
  /** The channel's name, or "渠道详情" when the navigation bar would cut it ("微信支付客服热线 9…"). */
  navTitle: string;
  /** Open/closed with the next change (Beijing and the user's own time) is worth its own line. */
  showStatus: boolean;
  handles: string[];
  steps: string[];
  hoursText: string;
  resolutionText: string;
  materials: string[];
  limits: string[];
  contacts: Array<{ label: string; value: string; badge: string }>;
  sources: LabelledSource[];
  sharePath: string;
  shareTitle: string;
}

const t = (text: Text, lang: Lang): string => text[lang];

/** "未确认（why）": the label already follows a colon, so the reason goes in brackets. */
function unconfirmed(note: Text, lang: Lang): string {
  const head = str('notConfirmed', lang);
  const why = t(note, lang);
  if (why === head) return head;
  return lang === 'zh' ? `${head}（${why}）` : `${head} (${why.charAt(0).toLowerCase()}${why.slice(1)})`;
}

function factText(fact: Fact<Text>, lang: Lang): string {
  return fact.known ? t(fact.value, lang) : unconfirmed(fact.note, lang);
}

function factList(fact: Fact<Text[]>, lang: Lang): string[] {
  return fact.known ? fact.value.map((x) => t(x, lang)) : [unconfirmed(fact.note, lang)];
}

function isOfficialSource(id: string): boolean {
  const s = SOURCES[id];
  return !!s && (s.kind === 'official' || s.kind === 'government');
}

function contactFacts(c: Channel): Array<Fact<unknown>> {
  const all: Array<Fact<unknown> | undefined> = [c.phone, c.phoneAbroad, c.url, c.email, c.accounts, c.miniProgram];
  return all.filter((f): f is Fact<unknown> => f !== undefined);
}

function officialContact(c: Channel): boolean {
  return contactFacts(c).some((f) => f.known && isOfficialSource(f.source));
}

/** A name after a label: 「腾讯客服」 in Chinese, “腾讯客服” after a space in English. */
function quoted(name: string, lang: Lang): string {
  return lang === 'zh' ? `「${name}」` : ` “${name}”`;
}

/** Characters that fit the navigation bar beside the capsule at 375 px. */
const NAV_TITLE_MAX: Record<Lang, number> = { zh: 9, en: 18 };

/** A channel can be used unless the data says no official one was found (its steps then point elsewhere). */
export function isReachable(c: Channel): boolean {
  return c.notFound !== true;
}

function badgeFor(fact: Fact<unknown>, lang: Lang): string {
  if (!fact.known) return str('notConfirmed', lang);
  return isOfficialSource(fact.source) ? str('official', lang) : str('thirdParty', lang);
}

/**
 * The one-tap actions a channel offers, most useful first. With a known
 * region only the number that can be dialled from there is offered; for
 * someone who asked for text only, a number that is not the card's own
 * purpose (95017 on the freeze card) is left out.
 */
export function channelActions(c: Channel, lang: Lang, region?: RegionId, need?: NeedId): ActionView[] {
  const actions: ActionView[] = [];
  const copied = str('copied', lang);
  if (c.phone && c.phone.known && region !== 'overseas' && !(c.phone.value.purpose && need === 'text')) {
    const p = c.phone.value;
    const call = `${str('call', lang)} ${p.dial}`;
    if (p.purpose) {
      // A narrower job than the card's: a secondary action that says what it does.
      const label = `${t(p.purpose, lang)}${lang === 'zh' ? '：' : ': '}${lang === 'zh' ? call : call.toLowerCase()}`;
      actions.push({ type: 'call', label, value: p.dial, done: '', aria: label, primary: false });
    } else {
      actions.push({ type: 'call', label: call, value: p.dial, done: '', aria: `${str('call', lang)} ${p.display}`, primary: true });
      actions.push({ type: 'copy', label: str('copyNumber', lang), value: p.dial, done: copied, aria: `${str('copyNumber', lang)} ${p.dial}`, primary: false });
    }
  }
  if (c.phoneAbroad && c.phoneAbroad.known && region !== 'mainland') {
    const p = c.phoneAbroad.value;
    actions.push({ type: 'call', label: str('callAbroad', lang), value: p.dial, done: '', aria: `${str('callAbroad', lang)} ${p.display}`, primary: false });
  }
  if (c.miniProgram && c.miniProgram.known) {
    const mp = c.miniProgram.value;
    if (mp.appId) {
      actions.push({ type: 'open-mp', label: str('openMiniProgram', lang), value: mp.appId, done: '', aria: `${str('openMiniProgram', lang)} ${mp.name}`, primary: true });
    } else {
      actions.push({ type: 'copy', label: `${str('copyMiniProgram', lang)}${quoted(mp.name, lang)}`, value: mp.name, done: str('copiedAccount', lang), aria: `${str('copyMiniProgram', lang)} ${mp.name}`, primary: actions.length === 0 });
    }
  }
  if (c.accounts && c.accounts.known) {
    for (const name of c.accounts.value) {
      actions.push({ type: 'copy', label: `${str('copyAccount', lang)}${quoted(name, lang)}`, value: name, done: str('copiedAccount', lang), aria: `${str('copyAccount', lang)} ${name}`, primary: actions.length === 0 });
    }
  }
  if (c.url && c.url.known) {
    actions.push({ type: 'copy', label: str('copyLink', lang), value: c.url.value, done: copied, aria: `${str('copyLink', lang)} ${c.url.value}`, primary: false });
  }
  if (c.email && c.email.known) {
    actions.push({ type: 'copy', label: str('copyEmail', lang), value: c.email.value[0], done: copied, aria: `${str('copyEmail', lang)} ${c.email.value[0]}`, primary: false });
  }
  return actions;
}

/**
 * The card's status line: self-service channels say they can be used any time
 * (not that people answer around the clock); hours from the seed say "typical".
 */
function cardStatusText(c: Channel, status: ChannelStatus, lang: Lang): string {
  if (status.state === 'always' && c.hours.known && c.hours.source === 'editorial') {
    return lang === 'zh' ? '自助办理，随时可用' : 'Self-service, any time';
  }
  const line = statusLine(status, lang);
  return c.hours.known && c.hours.typical ? `${line} · ${lang === 'zh' ? '典型时间' : 'typical hours'}` : line;
}

export function channelCard(id: ChannelId, now: number, lang: Lang, userOffsetMinutes?: number, region?: RegionId, need?: NeedId): ChannelCardView {
  const c = CHANNEL_BY_ID[id];
  const status = channelStatus(c, now, userOffsetMinutes);
  const official = officialContact(c);
  return {
    id,
    name: t(c.name, lang),
    summary: t(c.summary, lang),
    official,
    reachable: isReachable(c),
    sourceBadge: official ? str('official', lang) : '',
    state: status.state,
    statusText: cardStatusText(c, status, lang),
    waitText: factText(c.wait, lang),
    difficulty: c.difficulty.known ? c.difficulty.value : 0,
    difficultyText: c.difficulty.known ? `${c.difficulty.value}/5` : str('notConfirmed', lang),
    ratingText: c.rating.known ? `${c.rating.value.toFixed(1)}/5` : t(c.rating.note, lang),
    detailPath: buildPath({ page: 'channel', id }),
    actions: channelActions(c, lang, region, need),
  };
}

/** Every channel; those with no official way to reach them come last. */
export function channelCards(now: number, lang: Lang, userOffsetMinutes?: number): ChannelCardView[] {
  const cards = CHANNELS.map((c) => channelCard(c.id, now, lang, userOffsetMinutes));
  return [...cards.filter((c) => c.reachable), ...cards.filter((c) => !c.reachable)];
}

const LABEL_JOIN: Record<Lang, string> = { zh: '、', en: ', ' };

function sourcesOf(c: Channel, lang: Lang): LabelledSource[] {
  const fields: Array<[string, Fact<unknown> | undefined]> = [
    [str('handles', lang), c.handles],
    [str('steps', lang), c.steps],
    [str('hours', lang), c.hours],
    [str('wait', lang), c.wait],
    [str('materials', lang), c.materials],
    [lang === 'zh' ? '电话' : 'Phone', c.phone],
    [lang === 'zh' ? '境外电话' : 'Phone from abroad', c.phoneAbroad],
    [lang === 'zh' ? '网址' : 'Website', c.url],
    [lang === 'zh' ? '邮箱' : 'Email', c.email],
    [lang === 'zh' ? '公众号' : 'Official accounts', c.accounts],
    [lang === 'zh' ? '小程序' : 'Mini program', c.miniProgram],
  ];
  // One entry per source, naming every fact it backs ("怎么联系、电话").
  const out: LabelledSource[] = [];
  const byId = new Map<string, LabelledSource>();
  for (const [label, fact] of fields) {
    if (!fact || !fact.known) continue;
    for (const id of [fact.source, ...(fact.also ?? [])]) {
      const s = SOURCES[id];
      const seen = byId.get(id);
      if (seen) {
        if (seen.label.split(LABEL_JOIN[lang]).indexOf(label) < 0) seen.label += `${LABEL_JOIN[lang]}${label}`;
        if (fact.checkedOn < seen.checkedOn) seen.checkedOn = fact.checkedOn;
        continue;
      }
      const entry: LabelledSource = {
        label,
        title: t(s.title, lang),
        kind: isOfficialSource(id) ? str('official', lang) : s.kind === 'third-party' ? str('thirdParty', lang) : s.kind === 'seed' ? (lang === 'zh' ? '网络文章' : 'Online article') : lang === 'zh' ? '编辑判断' : 'Editorial',
        url: s.url ?? '',
        checkedOn: fact.checkedOn,
      };
      byId.set(id, entry);
      out.push(entry);
    }
  }
  return out;
}

export function channelDetail(id: ChannelId, now: number, lang: Lang, userOffsetMinutes?: number): ChannelDetailView {
  const c = CHANNEL_BY_ID[id];
  const card = channelCard(id, now, lang, userOffsetMinutes);
  const contacts: ChannelDetailView['contacts'] = [];
  if (c.phone) {
    const purpose = c.phone.known && c.phone.value.purpose ? `${lang === 'zh' ? '（' : ' ('}${t(c.phone.value.purpose, lang)}${lang === 'zh' ? '）' : ')'}` : '';
    contacts.push({ label: lang === 'zh' ? '电话' : 'Phone', value: c.phone.known ? `${c.phone.value.display}${purpose}` : t(c.phone.note, lang), badge: badgeFor(c.phone, lang) });
  }
  if (c.phoneAbroad) contacts.push({ label: lang === 'zh' ? '境外电话' : 'From abroad', value: c.phoneAbroad.known ? c.phoneAbroad.value.display : t(c.phoneAbroad.note, lang), badge: badgeFor(c.phoneAbroad, lang) });
  if (c.url) contacts.push({ label: lang === 'zh' ? '网址' : 'Website', value: c.url.known ? c.url.value : t(c.url.note, lang), badge: badgeFor(c.url, lang) });
  if (c.email) contacts.push({ label: lang === 'zh' ? '邮箱' : 'Email', value: c.email.known ? c.email.value.join(' / ') : t(c.email.note, lang), badge: badgeFor(c.email, lang) });
  if (c.accounts) contacts.push({ label: lang === 'zh' ? '公众号' : 'Official account', value: c.accounts.known ? c.accounts.value.join('、') : t(c.accounts.note, lang), badge: badgeFor(c.accounts, lang) });
  if (c.miniProgram) contacts.push({ label: lang === 'zh' ? '小程序' : 'Mini program', value: c.miniProgram.known ? c.miniProgram.value.name : t(c.miniProgram.note, lang), badge: badgeFor(c.miniProgram, lang) });
  const status = channelStatus(c, now, userOffsetMinutes);
  let hours = c.hours.known ? hoursText(c.hours.value, lang) : unconfirmed(c.hours.note, lang);
  if (c.hours.known && c.hours.typical) hours += lang === 'zh' ? '（典型情况）' : ' (typical)';

  return {
    ...card,
    showStatus: status.state === 'open' || status.state === 'closed',
    handles: factList(c.handles, lang),
    steps: factList(c.steps, lang),
    hoursText: hours,
    resolutionText: factText(c.resolution, lang),
    materials: factList(c.materials, lang),
    limits: factList(c.limits, lang),
    contacts,
    sources: sourcesOf(c, lang),
    navTitle: card.name.length <= NAV_TITLE_MAX[lang] ? card.name : str('pageChannel', lang),
    sharePath: buildPath({ page: 'channel', id }),
    shareTitle: lang === 'zh' ? `${t(c.name, lang)}：怎么联系、要准备什么` : `${t(c.name, lang)}: how to reach it`,
  };
}

// ---- flow ---------------------------------------------------------------

export interface FlowView {
  question: { id: QuestionId; title: string; help: string };
  options: Array<{ id: string; label: string; hint: string; selected: boolean; recommended: boolean; path: string }>;
  stepText: string;
  percent: number;
  answered: Array<{ question: string; answer: string; editPath: string }>;
  backPath: string;
  /** "上一步", or "回到首页" on the first question. */
  backLabel: string;
  /** Start again is offered only once something has been answered. */
  canRestart: boolean;
  restartPath: string;
}

function optionLabel(q: QuestionId, value: string, lang: Lang): string {
  const o = QUESTIONS[q].options.find((x) => x.id === value);
  return o ? t(o.label, lang) : value;
}

/** Where a choice leads: the next question, or the result once the answers are complete. */
function afterChoice(answers: Answers): string {
  return nextQuestion(answers) === null ? buildPath({ page: 'result', answers }) : buildPath({ page: 'flow', answers });
}

/** In care mode the simplest path is suggested (listed first, marked recommended) when the `need` question comes up. */
export function flowView(input: Answers, lang: Lang, edit?: QuestionId, care = false): FlowView {
  const answers = canonicalAnswers(input);
  const current: QuestionId = edit && answers[edit] !== undefined ? edit : nextQuestion(answers) ?? 'need';
  const q = QUESTIONS[current];
  const path = questionPath(answers);
  const p = progress(answers);
  const index = path.indexOf(current);
  // Going back drops the answer to the question before this one.
  const before = path.slice(0, Math.max(index, 0));
  const backAnswers: Answers = {};
  for (const id of before.slice(0, -1)) if (answers[id] !== undefined) (backAnswers as Record<string, string>)[id] = answers[id] as string;
  const step = index + 1;
  return {
    question: { id: q.id, title: t(q.title, lang), help: t(q.help, lang) },
    options: q.options
      .map((o) => ({
        id: o.id,
        label: t(o.label, lang),
        hint: o.hint ? t(o.hint, lang) : '',
        selected: answers[current] === o.id,
        recommended: care && current === 'need' && o.id === 'simple',
        path: afterChoice(withAnswer(answers, current, o.id)),
      }))
      .sort((a, b) => Number(b.recommended) - Number(a.recommended)),
    stepText: str('stepOf', lang, { step, total: p.total }),
    // The bar shows where you are: step 1 of 4 is a quarter, the last step is full.
    percent: Math.round((Math.max(step, 1) / p.total) * 100),
    answered: path
      .filter((id) => answers[id] !== undefined && id !== current)
      .map((id) => ({
        question: t(QUESTIONS[id].title, lang),
        answer: optionLabel(id, answers[id] as string, lang),
        editPath: buildPath({ page: 'flow', answers, edit: id }),
      })),
    backLabel: index <= 0 ? str('backHome', lang) : str('back', lang),
    canRestart: QUESTION_IDS.some((id) => answers[id] !== undefined),
    // While changing an answer, "back" changes the one before it and keeps every answer given.
    backPath:
      index <= 0
        ? buildPath({ page: 'home' })
        : edit && answers[edit] !== undefined
          ? buildPath({ page: 'flow', answers, edit: path[index - 1] })
          : buildPath({ page: 'flow', answers: backAnswers }),
    restartPath: buildPath({ page: 'flow', answers: {} }),
  };
}

// ---- result -------------------------------------------------------------

export interface ResultView {
  key: string;
  title: string;
  primary: ChannelCardView;
  reasons: string[];
  waitText: string;
  resolutionText: string;
  typicalNote: string;
  materials: Array<{ id: string; text: string }>;
  steps: string[];
  warnings: string[];
  fallbacks: Array<{ id: ChannelId; name: string; statusText: string; path: string }>;
  answered: Array<{ question: string; answer: string; editPath: string }>;
  sharePath: string;
  shareTitle: string;
  restartPath: string;
  notesPath: string;
}

export function resultView(input: Answers, now: number, lang: Lang, userOffsetMinutes?: number): ResultView | null {
  const r = recommend(input, now);
  if (!r) return null;
  const answers = r.answers;
  const primary = channelCard(r.primary, now, lang, userOffsetMinutes, r.answers.region, r.answers.need);
  const problem = problemById(answers.problem ?? 'other');
  const route: Route = { page: 'result', answers };
  return {
    key: buildLink(route).scene,
    title: t(problem.label, lang),
    primary,
    reasons: r.reasons.map((x) => t(x, lang)),
    waitText: t(r.wait, lang),
    resolutionText: t(r.resolution, lang),
    typicalNote: r.figuresTypical ? str('typical', lang) : '',
    materials: r.materials.map((m) => ({ id: m.id, text: t(m.text, lang) })),
    steps: r.steps.map((s) => t(s, lang)),
    warnings: r.warnings.map((w) => t(w, lang)),
    fallbacks: r.fallbacks.map((id) => {
      const c = CHANNEL_BY_ID[id];
      return { id, name: t(c.name, lang), statusText: cardStatusText(c, channelStatus(c, now, userOffsetMinutes), lang), path: buildPath({ page: 'channel', id }) };
    }),
    answered: questionPath(answers)
      .filter((id) => answers[id] !== undefined)
      .map((id) => ({
        question: t(QUESTIONS[id].title, lang),
        answer: optionLabel(id, answers[id] as string, lang),
        editPath: buildPath({ page: 'flow', answers, edit: id }),
      })),
    sharePath: buildPath(route),
    shareTitle:
      lang === 'zh'
        ? `${t(problem.label, lang)}？先找「${primary.name}」`
        : `${t(problem.label, lang)}? Start with ${primary.name}`,
    restartPath: buildPath({ page: 'flow', answers: {} }),
    notesPath: buildPath({ page: 'notes', channel: r.primary, problem: answers.problem }),
  };
}

// ---- home: problems and search -------------------------------------------

export interface SearchHit {
  kind: 'problem' | 'channel' | 'code';
  title: string;
  subtitle: string;
  path: string;
}

const PROBLEM_ICONS: Readonly<Record<string, string>> = {
  payment: 'paid',
  fraud: 'warning-o',
  stolen: 'shield-o',
  banned: 'failure',
  login: 'user-o',
  howto: 'question-o',
  report: 'flag-o',
  other: 'ellipsis',
};

export function problemTiles(lang: Lang): Array<{ id: string; label: string; aria: string; icon: string; path: string }> {
  return PROBLEMS.map((p) => ({
    id: p.id,
    label: t(p.short, lang),
    aria: t(p.label, lang),
    icon: PROBLEM_ICONS[p.id],
    path: buildPath({ page: 'flow', answers: { problem: p.id } }),
  }));
}

export interface HomeView {
  problems: ReturnType<typeof problemTiles>;
  paths: { freeze: string; fraud: string; flow: string; channels: string; verify: string; notes: string };
}

export function homeView(lang: Lang): HomeView {
  return {
    problems: problemTiles(lang),
    paths: {
      freeze: buildPath({ page: 'channel', id: 'emergency-freeze' }),
      fraud: buildPath({ page: 'flow', answers: { problem: 'fraud', urgent: 'yes' } }),
      flow: buildPath({ page: 'flow', answers: {} }),
      channels: buildPath({ page: 'channels' }),
      verify: buildPath({ page: 'verify' }),
      notes: buildPath({ page: 'notes' }),
    },
  };
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

/** Plain substring search over problems (labels, hints, keywords) and channels (names, summaries, handles, contacts). */
export function search(query: string, lang: Lang): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  // A short code printed on a help poster (the scene of its QR code).
  const code = parseLink({ scene: query.trim() });
  if (code.reason === 'ok' && code.route.page !== 'home') {
    const r = code.route;
    const what =
      r.page === 'channel'
        ? t(CHANNEL_BY_ID[r.id].name, lang)
        : (r.page === 'flow' || r.page === 'result') && r.answers.problem
          ? t(problemById(r.answers.problem).label, lang)
          : str(r.page === 'verify' ? 'verifyTitle' : r.page === 'notes' ? 'notesTitle' : r.page === 'channels' ? 'channelsTitle' : 'startFlow', lang);
    hits.push({ kind: 'code', title: what, subtitle: query.trim(), path: buildPath(r) });
  }
  for (const p of PROBLEMS) {
    const hay = [p.label.zh, p.label.en, p.hint.zh, p.hint.en, ...p.keywords].map(normalise).join('|');
    if (hay.indexOf(q) >= 0) hits.push({ kind: 'problem', title: t(p.label, lang), subtitle: t(p.hint, lang), path: buildPath({ page: 'flow', answers: { problem: p.id } }) });
  }
  for (const c of CHANNELS) {
    const parts = [c.name.zh, c.name.en, c.summary.zh, c.summary.en];
    if (c.handles.known) for (const h of c.handles.value) parts.push(h.zh, h.en);
    if (c.phone && c.phone.known) parts.push(c.phone.value.dial);
    if (c.url && c.url.known) parts.push(c.url.value);
    if (c.accounts && c.accounts.known) parts.push(...c.accounts.value);
    if (parts.map(normalise).join('|').indexOf(q) >= 0) hits.push({ kind: 'channel', title: t(c.name, lang), subtitle: t(c.summary, lang), path: buildPath({ page: 'channel', id: c.id }) });
  }
  return hits;
}

// ---- verify ---------------------------------------------------------------

export interface VerifyView {
  verdict: Verdict;
  title: string;
  body: string;
  patterns: string[];
  /** Why something that looks official is still not confirmed (an unusual port …). */
  notes: string[];
  cards: ChannelCardView[];
  /** Shown when a scam sign comes with an official number or site. */
  officialToo: string;
  advice: Array<{ text: string; path: string }>;
  /** Offer the police line (110) when the input suggests money is involved. */
  showPolice: boolean;
}

export function verifyView(input: string, now: number, lang: Lang, userOffsetMinutes?: number): VerifyView {
  const c = classify(input);
  const cards = c.channels.map((id) => channelCard(id, now, lang, userOffsetMinutes));
  const advice: VerifyView['advice'] = [];
  if (c.verdict === 'scam') {
    advice.push({ text: str('doFreeze', lang), path: buildPath({ page: 'channel', id: 'emergency-freeze' }) });
    advice.push({ text: str('doReport', lang), path: buildPath({ page: 'channel', id: 'tencent-110' }) });
  }
  if (c.verdict !== 'empty') advice.push({ text: str('doOfficial', lang), path: buildPath({ page: 'channels' }) });
  const heads: Record<Verdict, [string, string]> = {
    empty: ['', ''],
    official: [str('verdictOfficial', lang), str('verdictOfficialBody', lang)],
    'official-domain': [str('verdictOfficialDomain', lang), str('verdictOfficialDomainBody', lang)],
    scam: [str('verdictScam', lang), str('verdictScamBody', lang)],
    unknown: [str('verdictUnknown', lang), str('verdictUnknownBody', lang)],
  };
  return {
    verdict: c.verdict,
    title: heads[c.verdict][0],
    body: heads[c.verdict][1],
    patterns: c.patterns.map((p) => t(p.text, lang)),
    notes: c.notes.map((n) => t(n.text, lang)),
    cards,
    officialToo: c.verdict === 'scam' && cards.length ? str('verdictScamOfficialToo', lang) : '',
    advice,
    showPolice: c.verdict === 'scam',
  };
}

// ---- notes ----------------------------------------------------------------

export function channelOptions(lang: Lang): Array<{ id: ChannelId; name: string }> {
  return CHANNELS.map((c) => ({ id: c.id, name: t(c.name, lang) }));
}

/**
 * Width of a form's label column (Vant's `title-width`) so the longest label stays on one line: Chinese and
 * other full-width characters count 1 em, anything else a generous 0.62 em, plus 0.5 em to spare. In em, so
 * it grows with the font in care mode.
 */
export function labelWidth(labels: readonly string[]): string {
  const em = (s: string): number => [...s].reduce((sum, ch) => sum + (/[\u1100-\uffdc]/.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 1 : 0.62), 0);
  const widest = Math.max(4, ...labels.map((l) => em(l) + 0.5));
  return `${Math.ceil(widest * 10) / 10}em`;
}
