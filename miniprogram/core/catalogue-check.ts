/**
 * The integrity check of the problem catalogue (part of checkIntegrity):
 * stable ids, every problem reachable from the flow, every plan with a
 * contact step, no contact without a way to reach it, every step, path and
 * number sourced and dated, step ids unique within a problem, "say this"
 * blanks only from SAY_BLANKS, and a police problem keeping 110 and 95017.
 */
import { LINE_BY_ID } from './data/lines';
import { farmHost } from './farm-hosts';
import { POLICE_CONTACTS } from './data/plans';
import { Answers, CatalogueProblem, Channel, CONCRETE_IDS, Fact, PlanStep, PlanStepKind, PROBLEM_IDS, SAY_BLANKS, Source, SourcedText, Text } from './types';

export interface CatalogueStats {
  problems: number;
  steps: Record<PlanStepKind, number>;
  facts: number;
  knownFacts: number;
  unknownFacts: number;
  sourcesByKind: Record<string, number>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const BLANK = /\{([a-zA-Z]+)\}/g;

function isText(value: Text | undefined): boolean {
  return !!value && value.zh.trim() !== '' && value.en.trim() !== '';
}

/** Collects errors, facts and the sources they use. */
class Tally {
  readonly errors: string[] = [];
  facts = 0;
  known = 0;
  readonly used = new Set<string>();
  constructor(private readonly sources: Readonly<Record<string, Source>>) {}

  date(checkedOn: string, where: string): void {
    if (!ISO_DATE.test(checkedOn) || Number.isNaN(Date.parse(checkedOn))) this.errors.push(`${where}: bad checkedOn ${checkedOn}`);
  }
  source(ids: readonly string[], where: string): void {
    for (const id of ids) {
      const source = this.sources[id];
      if (!source) this.errors.push(`${where}: unknown source "${id}"`);
      const farm = source?.url ? farmHost(source.url) : null;
      if (farm) this.errors.push(`${where}: source "${id}" is on a content farm (${farm})`);
      this.used.add(id);
    }
  }
  fact<T>(fact: Fact<T> | undefined, where: string): void {
    if (!fact) return;
    this.facts += 1;
    this.date(fact.checkedOn, where);
    if (!fact.known) return;
    this.known += 1;
    this.source([fact.source, ...(fact.also ?? [])], where);
  }
  sourced(texts: readonly SourcedText[], where: string): void {
    texts.forEach((s, i) => {
      this.facts += 1;
      this.known += 1;
      this.date(s.checkedOn, `${where}[${i}]`);
      this.source([s.source], `${where}[${i}]`);
      if (!isText(s)) this.errors.push(`${where}[${i}]: empty or untranslated text`);
    });
  }
}

function blanksOf(text: string): string[] {
  const out: string[] = [];
  const re = new RegExp(BLANK.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1] ?? '');
  return out;
}

function checkSay(step: PlanStep, where: string, errors: string[]): void {
  if (!step.say) return;
  const zh = blanksOf(step.say.zh);
  const en = blanksOf(step.say.en);
  for (const b of [...zh, ...en]) if ((SAY_BLANKS as readonly string[]).indexOf(b) < 0) errors.push(`${where}: say blank {${b}} is not in SAY_BLANKS`);
  if ([...zh].sort().join() !== [...en].sort().join()) errors.push(`${where}: say blanks differ between zh and en`);
}

const SEARCHABLE_KINDS: readonly string[] = ['app', 'mini-program', 'official-account'];

function lineReachable(id: string): boolean {
  const line = (LINE_BY_ID as Readonly<Record<string, (typeof LINE_BY_ID)[keyof typeof LINE_BY_ID] | undefined>>)[id];
  return !!line && (line.number !== undefined || line.url !== undefined || SEARCHABLE_KINDS.indexOf(line.kind) >= 0);
}

/**
 * A contact must have a way to reach it: a channel that exists for real, or a
 * line with a number or an address (a fact: when it is not confirmed, the app
 * says 「未确认」) or a name to search.
 */
function checkReach(step: PlanStep, where: string, errors: string[], channels: ReadonlyMap<string, Channel>): void {
  if (step.channel !== undefined) {
    const c = channels.get(step.channel);
    if (!c) errors.push(`${where}: unknown channel ${step.channel}`);
    else if (c.notFound) errors.push(`${where}: recommends ${step.channel}, which has no official way to reach it`);
  }
  if (step.line !== undefined) {
    if (!lineReachable(step.line)) errors.push(`${where}: line ${step.line} has no way to reach it`);
  }
}

function checkStep(step: PlanStep, where: string, t: Tally, channels: ReadonlyMap<string, Channel>): void {
  t.facts += 1;
  t.known += 1;
  t.date(step.checkedOn, where);
  t.source([step.source, ...(step.also ?? [])], where);
  t.fact(step.path, `${where}.path`);
  t.fact(step.human, `${where}.human`);
  if (!isText(step.text)) t.errors.push(`${where}: empty or untranslated text`);
  checkSay(step, where, t.errors);
  checkReach(step, where, t.errors, channels);
}

function checkPolice(p: CatalogueProblem, errors: string[]): void {
  if (!p.flags?.police) return;
  const has110 = p.steps.some((s) => s.line !== undefined && POLICE_CONTACTS.lines.indexOf(s.line) >= 0);
  const has95017 = p.steps.some((s) => s.channel !== undefined && POLICE_CONTACTS.channels.indexOf(s.channel) >= 0);
  if (!has110 || !has95017) errors.push(`problem ${p.id}: flagged police, but its plan lacks the 110 or the 95017 step`);
}

function checkProblem(p: CatalogueProblem, t: Tally, channels: ReadonlyMap<string, Channel>, steps: Record<PlanStepKind, number>): void {
  const where = `problem ${p.id}`;
  if ((PROBLEM_IDS as readonly string[]).indexOf(p.category) < 0) t.errors.push(`${where}: unknown category ${p.category}`);
  if (!isText(p.label) || !isText(p.hint)) t.errors.push(`${where}: label or hint missing`);
  if (!p.steps.some((s) => s.kind === 'contact')) t.errors.push(`${where}: the plan has no contact step`);
  const ids = new Set<string>();
  for (const s of p.steps) {
    if (ids.has(s.id)) t.errors.push(`${where}: step id ${s.id} twice`);
    ids.add(s.id);
    steps[s.kind] += 1;
    checkStep(s, `${where} step ${s.id}`, t, channels);
  }
  t.fact(p.materials, `${where}.materials`);
  if (p.materials.known && new Set(p.materials.value.map((m) => m.id)).size !== p.materials.value.length) t.errors.push(`${where}: material ids not unique`);
  t.fact(p.typicalTime, `${where}.typicalTime`);
  t.sourced(p.rules, `${where}.rules`);
  t.sourced(p.warnings, `${where}.warnings`);
  checkPolice(p, t.errors);
}

export function checkCatalogue(
  catalogue: readonly CatalogueProblem[],
  channels: readonly Channel[],
  sources: Readonly<Record<string, Source>>,
  paths: readonly Answers[],
): { errors: string[]; stats: CatalogueStats } {
  const t = new Tally(sources);
  const byId = new Map(channels.map((c) => [c.id as string, c]));
  const steps: Record<PlanStepKind, number> = { self: 0, contact: 0, escalate: 0 };
  const seen = new Set<string>();
  for (const p of catalogue) {
    if ((CONCRETE_IDS as readonly string[]).indexOf(p.id) < 0) t.errors.push(`problem ${p.id}: not a stable id`);
    if (seen.has(p.id)) t.errors.push(`problem ${p.id}: duplicate`);
    seen.add(p.id);
    if (!paths.some((a) => a.detail === p.id)) t.errors.push(`problem ${p.id}: not reachable from the flow`);
    checkProblem(p, t, byId, steps);
  }
  const sourcesByKind: Record<string, number> = {};
  for (const id of t.used) {
    const kind = sources[id]?.kind ?? 'missing';
    sourcesByKind[kind] = (sourcesByKind[kind] ?? 0) + 1;
  }
  return {
    errors: t.errors,
    stats: { problems: catalogue.length, steps, facts: t.facts, knownFacts: t.known, unknownFacts: t.facts - t.known, sourcesByKind },
  };
}
