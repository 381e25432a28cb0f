/**
 * The decision for a category plan: canonical answers in, the channel order
 * with reason codes and warning codes out. Pure; no sentences here (they are
 * rendered in view/reasons.ts from the strings table).
 */
import { CHANNEL_BY_ID, CHANNELS } from '../data/channels';
import { peakAt, PeakWindow } from '../data/peaks';
import { PLANS, Plan } from '../data/plans';
import { problemById } from '../data/problems';
import { canonicalAnswers, CanonicalAnswers, nextQuestion } from '../flow';
import { channelStatus, ChannelStatus } from '../hours';
import { Answers, CatalogueProblem, Channel, ChannelId, Fact, Material, PlanStep, ProblemId, SourcedText, Step, Text } from '../types';
import { applyRules, hasRole, initialRanking, Reason, RuleContext } from './rules';
import { planSteps, StepContext, StepReason } from './steps';

export type { Reason } from './rules';
export type { StepReason } from './steps';

export type Warning =
  | { code: 'safety' }
  | { code: 'police'; via: 'call' | 'someone' | 'abroad' }
  | { code: 'fake-numbers' }
  | { code: 'closed'; channel: ChannelId }
  | { code: 'peak'; peak: PeakWindow };

export interface MaterialItem {
  /**
   * The material's own id from the data (never its position or its text): the checklist key on the device.
   * Unique within one result; a problem's item and a channel's item never share one.
   */
  id: string;
  text: Text;
}

export interface Recommendation {
  answers: CanonicalAnswers;
  problem: ProblemId;
  primary: ChannelId;
  fallbacks: ChannelId[];
  reasons: Reason[];
  /** Typical wait and resolution time of the primary channel. */
  wait: Fact<Text>;
  resolution: Fact<Text>;
  /** Whether the figures above are typical (seed) rather than measured or promised. */
  figuresTypical: boolean;
  materials: MaterialItem[];
  steps: Text[];
  warnings: Warning[];
  status: ChannelStatus;
  peak: PeakWindow | null;
}

const ABROAD_ROUTE: ChannelId | undefined = CHANNELS.find((c) => hasRole(c, 'abroad-route'))?.id;

/** The rule context for canonical answers: every flag the rules read, computed once. */
function ruleContext(answers: CanonicalAnswers, plan: Plan, now: number): RuleContext {
  const problem = problemById(answers.problem ?? 'other');
  return {
    urgent: answers.urgent === 'yes' || problem.urgency === 'always',
    textOnly: answers.need === 'text',
    simple: answers.need === 'simple',
    abroad: answers.region === 'overseas',
    essential: plan.essential === true,
    now,
    channel: (id) => CHANNEL_BY_ID[id],
    abroadRoute: ABROAD_ROUTE,
  };
}

/** The channel order and why, for canonical answers. */
export function rankChannels(answers: CanonicalAnswers, now: number): { order: ChannelId[]; reasons: Reason[] } {
  const problem = answers.problem ?? 'other';
  const plan = PLANS[problem];
  const ctx = ruleContext(answers, plan, now);
  const start = initialRanking(ctx, ctx.urgent ? plan.urgent : plan.normal, { code: 'plan', problem });
  const ranked = applyRules(ctx, start);
  return { order: [...ranked.order], reasons: [...ranked.reasons] };
}

function materialsFor(problem: ProblemId, primary: Channel): MaterialItem[] {
  const p = problemById(problem);
  const seen = new Set<string>();
  const items: MaterialItem[] = [];
  // The problem's own list comes first; a channel item that asks for the same thing in other words is left out.
  const add = (list: readonly Material[]): void => {
    for (const item of list) {
      const key = item.key ?? item.zh;
      if (seen.has(key) || seen.has(item.zh)) continue;
      seen.add(key);
      seen.add(item.zh);
      items.push({ id: item.id, text: { zh: item.zh, en: item.en } });
    }
  };
  if (p.materials.known) add(p.materials.value);
  if (primary.materials.known) add(primary.materials.value);
  return items;
}

function policeWarning(answers: Answers): Warning {
  if (answers.region === 'overseas') return { code: 'police', via: 'abroad' };
  return { code: 'police', via: answers.need === 'text' ? 'someone' : 'call' };
}

function warningsFor(answers: Answers, plan: Plan, status: ChannelStatus, primary: ChannelId, peak: PeakWindow | null): Warning[] {
  const warnings: Warning[] = [{ code: 'safety' }];
  if (plan.police) warnings.push(policeWarning(answers));
  warnings.push({ code: 'fake-numbers' });
  if (status.state === 'closed') warnings.push({ code: 'closed', channel: primary });
  if (peak) warnings.push({ code: 'peak', peak });
  return warnings;
}

/** A step that is a phone call does not help someone who cannot phone, or who is abroad. */
function stepsFor(answers: Answers, plan: Plan, primary: Channel): Text[] {
  const own: readonly Step[] = primary.steps.known ? primary.steps.value : [];
  const also = plan.also && plan.also.unless !== primary.id ? plan.also.steps : [];
  const noCalls = answers.need === 'text' || answers.region === 'overseas';
  return [...own, ...also].filter((s) => !(s.call && noCalls)).map((s) => ({ zh: s.zh, en: s.en }));
}

function isTypical(fact: Fact<Text>): boolean {
  return fact.known && fact.typical === true;
}

/** The recommendation for canonical, complete answers. */
export function decide(answers: CanonicalAnswers, now: number): Recommendation {
  const problem = answers.problem ?? 'other';
  const plan = PLANS[problem];
  const { order, reasons } = rankChannels(answers, now);
  const primary = CHANNEL_BY_ID[order[0] ?? 'smart-assistant'];
  const status = channelStatus(primary, now);
  const peak = peakAt(now);
  return {
    answers,
    problem,
    primary: primary.id,
    fallbacks: order.slice(1),
    reasons,
    wait: primary.wait,
    resolution: primary.resolution,
    figuresTypical: isTypical(primary.wait) || isTypical(primary.resolution),
    materials: materialsFor(problem, primary),
    steps: stepsFor(answers, plan, primary),
    warnings: warningsFor(answers, plan, status, primary.id, peak),
    status,
    peak,
  };
}

/**
 * The recommendation for answers at `now` (epoch ms); canonicalises once.
 * Returns null when a question is still unanswered.
 */
export function recommend(input: Answers, now: number): Recommendation | null {
  const answers = canonicalAnswers(input);
  if (nextQuestion(answers) !== null) return null;
  return decide(answers, now);
}

/** The decision for a concrete problem: its plan's steps for these answers, and what to prepare and beware of. */
export interface ConcreteDecision {
  answers: CanonicalAnswers;
  problem: CatalogueProblem;
  steps: readonly PlanStep[];
  reasons: readonly StepReason[];
  materials: MaterialItem[];
  warnings: Warning[];
  /** The problem's own warnings and rules, sourced. */
  notes: readonly SourcedText[];
  peak: PeakWindow | null;
}

/** The step context for canonical answers: unanswered follow-ups take their defaults (mainland, any, urgency as the problem says). */
function stepContext(answers: CanonicalAnswers, problem: CatalogueProblem): StepContext {
  const urgent = answers.urgent ?? (problem.urgency === 'always' ? 'yes' : 'no');
  return { problem, region: answers.region ?? 'mainland', urgent, textOnly: answers.need === 'text' };
}

function concreteMaterials(problem: CatalogueProblem): MaterialItem[] {
  return problem.materials.known ? problem.materials.value.map((m) => ({ id: m.id, text: { zh: m.zh, en: m.en } })) : [];
}

export function decideConcrete(answers: CanonicalAnswers, problem: CatalogueProblem, now: number): ConcreteDecision {
  const plan = planSteps(stepContext(answers, problem));
  const peak = peakAt(now);
  const warnings: Warning[] = [{ code: 'safety' }];
  if (problem.flags?.police) warnings.push(policeWarning(answers));
  warnings.push({ code: 'fake-numbers' });
  if (peak) warnings.push({ code: 'peak', peak });
  return {
    answers,
    problem,
    steps: plan.steps,
    reasons: plan.reasons,
    materials: concreteMaterials(problem),
    warnings,
    notes: [...problem.warnings, ...problem.rules],
    peak,
  };
}
