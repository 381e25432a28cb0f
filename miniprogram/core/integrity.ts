/**
 * Data integrity check, run in the tests and by `npm run check-data`:
 * every reference resolves, every flow path ends in a recommendation, no
 * question is dead or unreachable, every number/URL is well formed, and
 * every fact is sourced and dated.
 */
import { CHANNELS } from './data/channels';
import { PROBLEMS } from './data/problems';
import { ALL_SOURCES as SOURCES } from './data/catalogue/sources';
import { allCompleteAnswers, optionIds } from './flow';
import { PLANS } from './data/plans';
import { recommend } from './decide';
import { CATALOGUE } from './data/catalogue';
import { CatalogueStats, checkCatalogue } from './catalogue-check';
import {
  CatalogueProblem,
  Channel,
  CHANNEL_IDS,
  DETAIL_UNSURE,
  Fact,
  Hours,
  NEED_IDS,
  PROBLEM_IDS,
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

/**
 * Content farms and AI-written pages (shared/FACTS.md and the research files' FARM
 * lists): a fact citing a source on one of these hosts, or a subdomain, fails.
 */
export const FARM_HOSTS: readonly string[] = [
  'nctoro.com',
  'grokipedia.com',
  'badongedu.com',
  'my399.com',
  'jixiztb.com',
  'fsnews.com.cn',
  'jjsx.com.cn',
  '51dongshi.com',
  '51dongshi.net',
  'sboyo.com',
  'gzjll.com',
  'fudaoke.com',
  'path411.com',
  'qinbaol.com',
  'drbdp.com',
  'kfkhr.com',
  'crecexpo.com.cn',
  'jxtaichi.com',
  'tangniaobingw.cn',
  'hkyyi.com',
  'zhanuu.com',
  'divizg.com',
  '909279.com',
  'jxshyzhx.com',
  'australiadatabase.store',
  'qq959.com',
  'robotxin.com',
  'help-w.com',
  'xycity.cn',
  'mogufr.com',
  'aivtp.com',
  'yeequu.com',
];

/** The farm host a URL is on, if any. */
export function farmHost(url: string): string | null {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  if (!m) return null;
  const host = m[1].toLowerCase();
  return FARM_HOSTS.find((f) => host === f || host.endsWith(`.${f}`)) ?? null;
}

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

export function checkIntegrity(data: IntegrityData = { channels: CHANNELS, sources: SOURCES }): IntegrityReport {
  const errors: string[] = [];
  let facts = 0;
  let knownFacts = 0;
  const usedSources = new Set<string>();

  const checkFact = <T>(fact: Fact<T> | undefined, where: string, value?: (v: T) => string | null): void => {
    if (!fact) return;
    facts += 1;
    if (!ISO_DATE.test(fact.checkedOn) || Number.isNaN(Date.parse(fact.checkedOn))) errors.push(`${where}: bad checkedOn ${fact.checkedOn}`);
    if (!fact.known) {
      if (!isText(fact.note)) errors.push(`${where}: unknown fact without a note`);
      return;
    }
    knownFacts += 1;
    for (const id of [fact.source, ...(fact.also ?? [])]) {
      if (!data.sources[id]) errors.push(`${where}: unknown source "${id}"`);
      const farm = data.sources[id]?.url ? farmHost(data.sources[id].url ?? '') : null;
      if (farm) errors.push(`${where}: source "${id}" is on a content farm (${farm})`);
      usedSources.add(id);
    }
    const problem = value ? value(fact.value) : null;
    if (problem) errors.push(`${where}: ${problem}`);
  };
  const texts = (list: Text[]): string | null => (list.length && list.every(isText) ? null : 'empty or untranslated text');

  // Channels: exactly the stable ids, each once.
  const seen = new Set<string>();
  for (const c of data.channels) {
    if (seen.has(c.id)) errors.push(`channel ${c.id}: duplicate`);
    seen.add(c.id);
    if ((CHANNEL_IDS as readonly string[]).indexOf(c.id) < 0) errors.push(`channel ${c.id}: not a stable id`);
    if (!isText(c.name) || !isText(c.summary)) errors.push(`channel ${c.id}: name or summary missing`);
    const w = (field: string): string => `channel ${c.id}.${field}`;
    checkFact(c.handles, w('handles'), texts);
    checkFact(c.steps, w('steps'), texts);
    checkFact(c.hours, w('hours'), (h) => {
      const errs: string[] = [];
      checkHours(h, w('hours'), errs);
      return errs.length ? errs.join('; ') : null;
    });
    checkFact(c.wait, w('wait'), (v) => (isText(v) ? null : 'empty text'));
    checkFact(c.resolution, w('resolution'), (v) => (isText(v) ? null : 'empty text'));
    checkFact(c.human, w('human'), (v) => (isText(v) ? null : 'empty text'));
    checkFact(c.difficulty, w('difficulty'), (v) => (Number.isInteger(v) && v >= 1 && v <= 5 ? null : `difficulty ${v} not 1-5`));
    checkFact(c.rating, w('rating'), (v) => (v >= 0 && v <= 5 ? null : `rating ${v} not 0-5`));
    checkFact(c.materials, w('materials'), texts);
    checkFact(c.limits, w('limits'), texts);
    checkFact(c.phone, w('phone'), (p) => (PHONE_DIAL.test(p.dial) ? null : `phone "${p.dial}" malformed`));
    checkFact(c.phoneAbroad, w('phoneAbroad'), (p) => (/^\+\d{6,15}$/.test(p.dial) ? null : `phone "${p.dial}" malformed`));
    checkFact(c.url, w('url'), (u) => (HTTPS_URL.test(u) ? null : `url "${u}" malformed`));
    checkFact(c.email, w('email'), (list) => (list.length && list.every((e) => EMAIL.test(e)) ? null : 'email malformed'));
    checkFact(c.accounts, w('accounts'), (list) => (list.length && list.every((a) => a.trim() !== '') ? null : 'empty account name'));
    checkFact(c.miniProgram, w('miniProgram'), (m) =>
      !m.name.trim() ? 'mini program without a name' : m.appId !== undefined && !APP_ID.test(m.appId) ? `appId "${m.appId}" malformed` : null,
    );
    checkFact(c.aliases, w('aliases'), (list) => {
      // Only names the channel's own texts already use: an alias makes "Is this official?" say official.
      const own = [c.name.zh, c.name.en, c.summary.zh, c.summary.en].join('\n').toLowerCase();
      const stray = list.filter((a) => !a.trim() || own.indexOf(a.toLowerCase()) < 0);
      return stray.length ? `alias "${stray.join('", "')}" is not in the channel's name or summary` : null;
    });
    if (c.voiceOnly && c.textOnly) errors.push(`channel ${c.id}: both voiceOnly and textOnly`);
  }
  for (const id of CHANNEL_IDS) if (!seen.has(id)) errors.push(`channel ${id}: missing`);

  // Problems and their plans.
  for (const p of PROBLEMS) {
    checkFact(p.materials, `problem ${p.id}.materials`, texts);
    if (!isText(p.label) || !isText(p.short) || !isText(p.hint)) errors.push(`problem ${p.id}: label, short label or hint missing`);
  }
  for (const id of PROBLEM_IDS) {
    if (!PROBLEMS.some((p) => p.id === id)) errors.push(`problem ${id}: missing`);
    const plan = PLANS[id];
    if (!plan) {
      errors.push(`plan ${id}: missing`);
      continue;
    }
    for (const list of [plan.urgent, plan.normal]) {
      if (!list.length) errors.push(`plan ${id}: empty`);
      for (const c of list) {
        if (!seen.has(c)) errors.push(`plan ${id}: unknown channel ${c}`);
        else if (data.channels.find((x) => x.id === c)?.notFound) errors.push(`plan ${id}: recommends ${c}, which has no official way to reach it`);
      }
    }
  }

  // Sources.
  for (const id of Object.keys(data.sources)) {
    const s = data.sources[id];
    if (!isText(s.title)) errors.push(`source ${id}: no title in both languages`);
    if (s.url !== undefined && !ANY_URL.test(s.url)) errors.push(`source ${id}: url malformed`);
    if ((s.kind === 'official' || s.kind === 'government' || s.kind === 'third-party') && !s.url) errors.push(`source ${id}: public source without url`);
  }

  // Flow graph: every next node is known, every question and option reachable, every path ends in a recommendation.
  const paths = allCompleteAnswers();
  const reached = new Set<string>();
  for (const answers of paths) {
    for (const q of QUESTION_IDS) {
      const value = answers[q];
      if (value !== undefined) reached.add(`${q}=${value}`);
    }
    // Noon and midnight, Beijing time, on an ordinary day.
    for (const now of [Date.UTC(2026, 5, 10, 4), Date.UTC(2026, 5, 10, 16)]) {
      if (!recommend(answers, now)) errors.push(`path ${JSON.stringify(answers)}: no recommendation`);
    }
  }
  for (const q of QUESTION_IDS) {
    if (!paths.some((a) => a[q] !== undefined)) errors.push(`question ${q}: unreachable`);
    for (const o of optionIds(q)) if (!reached.has(`${q}=${o}`)) errors.push(`option ${q}=${o}: unreachable`);
    const ids = [...VALUE_IDS[q]].sort().join();
    if ([...optionIds(q)].sort().join() !== ids)
      errors.push(`question ${q}: options ${optionIds(q).join(', ')} differ from its ids ${VALUE_IDS[q].join(', ')}`);
  }

  const catalogue = checkCatalogue(data.catalogue ?? CATALOGUE, data.channels, data.sources, paths);
  errors.push(...catalogue.errors);

  const sourcesByKind: Record<string, number> = {};
  for (const id of usedSources) {
    const kind = data.sources[id] ? data.sources[id].kind : 'missing';
    sourcesByKind[kind] = (sourcesByKind[kind] ?? 0) + 1;
  }
  return {
    errors,
    stats: {
      channels: data.channels.length,
      problems: PROBLEMS.length,
      questions: QUESTION_IDS.length,
      paths: paths.length,
      facts,
      knownFacts,
      unknownFacts: facts - knownFacts,
      sources: usedSources.size,
      sourcesByKind,
      catalogue: catalogue.stats,
    },
  };
}
