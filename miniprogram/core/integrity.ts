/**
 * Data integrity check, run in the tests and by `npm run check-data`:
 * every reference resolves, every flow path ends in a recommendation, no
 * question is dead or unreachable, every number/URL is well formed, and
 * every fact is sourced and dated.
 */
import { CHANNELS } from './data/channels';
import { PROBLEMS } from './data/problems';
import { ALL_SOURCES as SOURCES } from './data/catalogue/sources';
import { allCompleteAnswers, CanonicalAnswers, optionIds } from './flow';
import { PLANS } from './data/plans';
import { recommend } from './decide';
import { CATALOGUE } from './data/catalogue';
import { CatalogueStats, checkCatalogue } from './catalogue-check';
import { farmHost } from './farm-hosts';
import {
  CatalogueProblem,
  Channel,
  CHANNEL_IDS,
  DETAIL_UNSURE,
  Fact,
  Hours,
  NEED_IDS,
  PROBLEM_IDS,
  ProblemId,
  QUESTION_IDS,
  QuestionId,
  REGION_IDS,
  Source,
  Text,
  URGENT_IDS,
} from './types';

/** The stable ids each question's options must offer, exactly. */
const VALUE_IDS: Readonly<Record<QuestionId, readonly string[]>> = {
  problem: PROBLEM_IDS,
  detail: [...CATALOGUE.map((c) => c.id), DETAIL_UNSURE],
  urgent: URGENT_IDS,
  region: REGION_IDS,
  need: NEED_IDS,
};

export interface IntegrityData {
  channels: readonly Channel[];
  sources: Readonly<Record<string, Source>>;
  catalogue?: readonly CatalogueProblem[];
}

export interface IntegrityReport {
  errors: string[];
  stats: {
    channels: number;
    problems: number;
    questions: number;
    paths: number;
    facts: number;
    knownFacts: number;
    unknownFacts: number;
    sources: number;
    sourcesByKind: Record<string, number>;
    catalogue: CatalogueStats;
  };
}

// The farm list lives in farm-hosts.ts (catalogue-check.ts uses it too); re-exported for callers of this module.
export { FARM_HOSTS, FARM_NAMES, farmHost } from './farm-hosts';

const PHONE_DIAL = /^\+?\d{3,15}$/;
const HTTPS_URL = /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s]*)?$/i;
const ANY_URL = /^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s]*)?$/i;
const EMAIL = /^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$/i;
const APP_ID = /^wx[0-9a-f]{16}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isText(value: unknown): value is Text {
  const t = value as Text;
  return !!t && typeof t.zh === 'string' && typeof t.en === 'string' && t.zh.trim() !== '' && t.en.trim() !== '';
}

function checkHours(hours: Hours, where: string, errors: string[]): void {
  if (hours.kind === 'always') return;
  if (!hours.slots.length) errors.push(`${where}: weekly hours without slots`);
  for (const slot of hours.slots) {
    if (!(slot.from >= 0 && slot.from < slot.to && slot.to <= 1440)) errors.push(`${where}: bad slot ${slot.from}-${slot.to}`);
    if (!slot.days.length || slot.days.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) errors.push(`${where}: bad days`);
  }
}

/** What is wrong with a fact's value, or null when it is fine. */
type ValueCheck<T> = (value: T) => string | null;

/** The value type a channel field's fact carries. */
type FactValue<F> = F extends { known: true; value: infer T } ? T : never;

/** What the fact checks gather while they run: the errors, and counts for the report. */
interface FactTally {
  errors: string[];
  sources: Readonly<Record<string, Source>>;
  facts: number;
  knownFacts: number;
  usedSources: Set<string>;
}

function checkCheckedOn(checkedOn: string, where: string, errors: string[]): void {
  if (!ISO_DATE.test(checkedOn) || Number.isNaN(Date.parse(checkedOn))) errors.push(`${where}: bad checkedOn ${checkedOn}`);
}

/** A cited source must exist and must not be on a content farm; either way it counts as used. */
function checkCitation(id: string, where: string, tally: FactTally): void {
  const source = tally.sources[id];
  if (!source) tally.errors.push(`${where}: unknown source "${id}"`);
  const farm = source?.url ? farmHost(source.url) : null;
  if (farm) tally.errors.push(`${where}: source "${id}" is on a content farm (${farm})`);
  tally.usedSources.add(id);
}

/** A fact is dated; an unknown one explains itself, a known one cites sources and passes its value check. */
function checkFact<T>(fact: Fact<T> | undefined, where: string, tally: FactTally, value?: ValueCheck<T>): void {
  if (!fact) return;
  tally.facts += 1;
  checkCheckedOn(fact.checkedOn, where, tally.errors);
  if (!fact.known) {
    if (!isText(fact.note)) tally.errors.push(`${where}: unknown fact without a note`);
    return;
  }
  tally.knownFacts += 1;
  for (const id of [fact.source, ...(fact.also ?? [])]) checkCitation(id, where, tally);
  const problem = value ? value(fact.value) : null;
  if (problem) tally.errors.push(`${where}: ${problem}`);
}

// Value checks, one per kind of fact.
const texts: ValueCheck<Text[]> = (list) => (list.length && list.every(isText) ? null : 'empty or untranslated text');
const oneText: ValueCheck<Text> = (v) => (isText(v) ? null : 'empty text');
const difficulty: ValueCheck<number> = (v) => (Number.isInteger(v) && v >= 1 && v <= 5 ? null : `difficulty ${v} not 1-5`);
const rating: ValueCheck<number> = (v) => (v >= 0 && v <= 5 ? null : `rating ${v} not 0-5`);
const phone: ValueCheck<{ dial: string }> = (p) => (PHONE_DIAL.test(p.dial) ? null : `phone "${p.dial}" malformed`);
const phoneAbroad: ValueCheck<{ dial: string }> = (p) => (/^\+\d{6,15}$/.test(p.dial) ? null : `phone "${p.dial}" malformed`);
const httpsUrl: ValueCheck<string> = (u) => (HTTPS_URL.test(u) ? null : `url "${u}" malformed`);
const emails: ValueCheck<string[]> = (list) => (list.length && list.every((e) => EMAIL.test(e)) ? null : 'email malformed');
const accounts: ValueCheck<string[]> = (list) => (list.length && list.every((a) => a.trim() !== '') ? null : 'empty account name');

function miniProgram(m: FactValue<Channel['miniProgram']>): string | null {
  if (!m.name.trim()) return 'mini program without a name';
  return m.appId !== undefined && !APP_ID.test(m.appId) ? `appId "${m.appId}" malformed` : null;
}

function hoursOf(where: string): ValueCheck<Hours> {
  return (h) => {
    const errs: string[] = [];
    checkHours(h, where, errs);
    return errs.length ? errs.join('; ') : null;
  };
}

/** Only names the channel's own texts already use: an alias makes "Is this official?" say official. */
function aliasesOf(c: Channel): ValueCheck<string[]> {
  const own = [c.name.zh, c.name.en, c.summary.zh, c.summary.en].join('\n').toLowerCase();
  return (list) => {
    const stray = list.filter((a) => !a.trim() || own.indexOf(a.toLowerCase()) < 0);
    return stray.length ? `alias "${stray.join('", "')}" is not in the channel's name or summary` : null;
  };
}

function checkChannelFacts(c: Channel, tally: FactTally): void {
  const w = (field: string): string => `channel ${c.id}.${field}`;
  checkFact(c.handles, w('handles'), tally, texts);
  checkFact(c.steps, w('steps'), tally, texts);
  checkFact(c.hours, w('hours'), tally, hoursOf(w('hours')));
  checkFact(c.wait, w('wait'), tally, oneText);
  checkFact(c.resolution, w('resolution'), tally, oneText);
  checkFact(c.human, w('human'), tally, oneText);
  checkFact(c.difficulty, w('difficulty'), tally, difficulty);
  checkFact(c.rating, w('rating'), tally, rating);
  checkFact(c.materials, w('materials'), tally, texts);
  checkFact(c.limits, w('limits'), tally, texts);
  checkFact(c.phone, w('phone'), tally, phone);
  checkFact(c.phoneAbroad, w('phoneAbroad'), tally, phoneAbroad);
  checkFact(c.url, w('url'), tally, httpsUrl);
  checkFact(c.email, w('email'), tally, emails);
  checkFact(c.accounts, w('accounts'), tally, accounts);
  checkFact(c.miniProgram, w('miniProgram'), tally, miniProgram);
  checkFact(c.aliases, w('aliases'), tally, aliasesOf(c));
}

function checkChannel(c: Channel, tally: FactTally): void {
  if ((CHANNEL_IDS as readonly string[]).indexOf(c.id) < 0) tally.errors.push(`channel ${c.id}: not a stable id`);
  if (!isText(c.name) || !isText(c.summary)) tally.errors.push(`channel ${c.id}: name or summary missing`);
  checkChannelFacts(c, tally);
  if (c.voiceOnly && c.textOnly) tally.errors.push(`channel ${c.id}: both voiceOnly and textOnly`);
}

/** Channels: exactly the stable ids, each once. Returns the ids seen. */
function checkChannels(channels: readonly Channel[], tally: FactTally): Set<string> {
  const seen = new Set<string>();
  for (const c of channels) {
    if (seen.has(c.id)) tally.errors.push(`channel ${c.id}: duplicate`);
    seen.add(c.id);
    checkChannel(c, tally);
  }
  for (const id of CHANNEL_IDS) if (!seen.has(id)) tally.errors.push(`channel ${id}: missing`);
  return seen;
}

function checkProblems(tally: FactTally): void {
  for (const p of PROBLEMS) {
    checkFact(p.materials, `problem ${p.id}.materials`, tally, texts);
    if (!isText(p.label) || !isText(p.short) || !isText(p.hint)) tally.errors.push(`problem ${p.id}: label, short label or hint missing`);
  }
}

/** A plan recommends only known channels, and none without an official way in. */
function checkPlanChannel(id: ProblemId, c: string, channels: readonly Channel[], seen: Set<string>, errors: string[]): void {
  if (!seen.has(c)) errors.push(`plan ${id}: unknown channel ${c}`);
  else if (channels.find((x) => x.id === c)?.notFound) errors.push(`plan ${id}: recommends ${c}, which has no official way to reach it`);
}

function checkPlan(id: ProblemId, channels: readonly Channel[], seen: Set<string>, errors: string[]): void {
  const plan = PLANS[id];
  if (!plan) {
    errors.push(`plan ${id}: missing`);
    return;
  }
  for (const list of [plan.urgent, plan.normal]) {
    if (!list.length) errors.push(`plan ${id}: empty`);
    for (const c of list) checkPlanChannel(id, c, channels, seen, errors);
  }
}

/** Every problem id has its problem and its plan. */
function checkPlans(channels: readonly Channel[], seen: Set<string>, errors: string[]): void {
  for (const id of PROBLEM_IDS) {
    if (!PROBLEMS.some((p) => p.id === id)) errors.push(`problem ${id}: missing`);
    checkPlan(id, channels, seen, errors);
  }
}

/** Source kinds anyone can look up, so they must give a url. */
const PUBLIC_KINDS: readonly string[] = ['official', 'government', 'third-party'];

function checkSources(sources: Readonly<Record<string, Source>>, errors: string[]): void {
  for (const [id, s] of Object.entries(sources)) {
    if (!isText(s.title)) errors.push(`source ${id}: no title in both languages`);
    if (s.url !== undefined && !ANY_URL.test(s.url)) errors.push(`source ${id}: url malformed`);
    if (PUBLIC_KINDS.indexOf(s.kind) >= 0 && !s.url) errors.push(`source ${id}: public source without url`);
  }
}

/** Noon and midnight, Beijing time, on an ordinary day. */
const PROBE_TIMES: readonly number[] = [Date.UTC(2026, 5, 10, 4), Date.UTC(2026, 5, 10, 16)];

/** Every path ends in a recommendation, at noon and at midnight. */
function checkPaths(paths: readonly CanonicalAnswers[], errors: string[]): void {
  for (const answers of paths) {
    for (const now of PROBE_TIMES) {
      if (!recommend(answers, now)) errors.push(`path ${JSON.stringify(answers)}: no recommendation`);
    }
  }
}

/** The `question=option` pairs some path answers. */
function reachedOptions(paths: readonly CanonicalAnswers[]): Set<string> {
  const reached = new Set<string>();
  for (const answers of paths) {
    for (const q of QUESTION_IDS) {
      const value = answers[q];
      if (value !== undefined) reached.add(`${q}=${value}`);
    }
  }
  return reached;
}

/** Every question and option is reachable, and each question offers exactly its stable ids. */
function checkQuestions(paths: readonly CanonicalAnswers[], errors: string[]): void {
  const reached = reachedOptions(paths);
  for (const q of QUESTION_IDS) {
    if (!paths.some((a) => a[q] !== undefined)) errors.push(`question ${q}: unreachable`);
    for (const o of optionIds(q)) if (!reached.has(`${q}=${o}`)) errors.push(`option ${q}=${o}: unreachable`);
    const ids = [...VALUE_IDS[q]].sort().join();
    if ([...optionIds(q)].sort().join() !== ids)
      errors.push(`question ${q}: options ${optionIds(q).join(', ')} differ from its ids ${VALUE_IDS[q].join(', ')}`);
  }
}

/** How many of the cited sources are of each kind ('missing' for ids with no source). */
function countByKind(used: Set<string>, sources: Readonly<Record<string, Source>>): Record<string, number> {
  const byKind: Record<string, number> = {};
  for (const id of used) {
    const kind = sources[id] ? sources[id].kind : 'missing';
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  return byKind;
}

export function checkIntegrity(data: IntegrityData = { channels: CHANNELS, sources: SOURCES }): IntegrityReport {
  const tally: FactTally = { errors: [], sources: data.sources, facts: 0, knownFacts: 0, usedSources: new Set<string>() };
  const errors = tally.errors;

  const seen = checkChannels(data.channels, tally);
  checkProblems(tally);
  checkPlans(data.channels, seen, errors);
  checkSources(data.sources, errors);

  // Flow graph: every next node is known, every question and option reachable, every path ends in a recommendation.
  const paths = allCompleteAnswers();
  checkPaths(paths, errors);
  checkQuestions(paths, errors);

  const catalogue = checkCatalogue(data.catalogue ?? CATALOGUE, data.channels, data.sources, paths);
  errors.push(...catalogue.errors);

  return {
    errors,
    stats: {
      channels: data.channels.length,
      problems: PROBLEMS.length,
      questions: QUESTION_IDS.length,
      paths: paths.length,
      facts: tally.facts,
      knownFacts: tally.knownFacts,
      unknownFacts: tally.facts - tally.knownFacts,
      sources: tally.usedSources.size,
      sourcesByKind: countByKind(tally.usedSources, data.sources),
      catalogue: catalogue.stats,
    },
  };
}
