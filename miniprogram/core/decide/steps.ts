/**
 * The plan of a concrete problem: its steps, filtered and ordered for the
 * answers. Small rules applied in order (situation, text only, abroad), each
 * returning the steps and reason codes with data (which step, and why).
 *
 * Guarantee: a step the problem must keep (for a problem flagged `police`,
 * the 110 and 95017 steps; for `stopLoss`, steps on a stop-loss channel) is
 * never left out, and no rule moves another contact step ahead of it.
 */
import { CHANNEL_BY_ID } from '../data/channels';
import { LINE_BY_ID } from '../data/lines';
import { POLICE_CONTACTS } from '../data/plans';
import { CatalogueProblem, PlanStep, RegionId, UrgentId } from '../types';
import { hasRole } from './rules';

export interface StepContext {
  problem: CatalogueProblem;
  region: RegionId;
  urgent: UrgentId;
  textOnly: boolean;
}

export type StepReason =
  | { code: 'call-left-out'; step: string }
  | { code: 'kept-for-safety'; step: string; because: 'text-only' | 'situation' }
  | { code: 'abroad-moved'; step: string };

export interface StepPlan {
  steps: readonly PlanStep[];
  reasons: readonly StepReason[];
}

export type StepRule = (ctx: StepContext, plan: StepPlan) => StepPlan;

function policeStep(s: PlanStep): boolean {
  return (s.line !== undefined && POLICE_CONTACTS.lines.indexOf(s.line) >= 0) || (s.channel !== undefined && POLICE_CONTACTS.channels.indexOf(s.channel) >= 0);
}

/** Whether the problem must keep this step whatever the answers. */
export function mustKeep(problem: CatalogueProblem, s: PlanStep): boolean {
  if (problem.flags?.police && policeStep(s)) return true;
  return problem.flags?.stopLoss === true && s.channel !== undefined && hasRole(CHANNEL_BY_ID[s.channel], 'stop-loss');
}

function fitsSituation(ctx: StepContext, s: PlanStep): boolean {
  const only = s.only;
  if (!only) return true;
  return (only.region === undefined || only.region === ctx.region) && (only.urgent === undefined || only.urgent === ctx.urgent);
}

/** Steps for other situations (`only`) are left out; a step the problem must keep stays, and says so. */
export const situation: StepRule = (ctx, plan) => {
  const reasons: StepReason[] = [...plan.reasons];
  const steps = plan.steps.filter((s) => {
    if (fitsSituation(ctx, s)) return true;
    if (!mustKeep(ctx.problem, s)) return false;
    reasons.push({ code: 'kept-for-safety', step: s.id, because: 'situation' });
    return true;
  });
  return { steps, reasons };
};

/** Text only: phone calls are left out (their text routes are steps of their own); 110 and 95017 for a scam victim stay. */
export const textOnlyCalls: StepRule = (ctx, plan) => {
  if (!ctx.textOnly) return plan;
  const reasons: StepReason[] = [...plan.reasons];
  const steps = plan.steps.filter((s) => {
    if (!s.call) return true;
    const keep = mustKeep(ctx.problem, s);
    reasons.push(keep ? { code: 'kept-for-safety', step: s.id, because: 'text-only' } : { code: 'call-left-out', step: s.id });
    return keep;
  });
  return { steps, reasons };
};

/** Whether someone abroad can use a step's contact: its channel or line works abroad, or it has a number for callers abroad. */
export function worksAbroad(s: PlanStep): boolean {
  if (s.channel !== undefined) {
    const c = CHANNEL_BY_ID[s.channel];
    return c.worksAbroad || (c.phoneAbroad !== undefined && c.phoneAbroad.known);
  }
  if (s.line !== undefined) return LINE_BY_ID[s.line].worksAbroad;
  return true;
}

/** Abroad: a contact step that cannot be used from abroad goes to the end, unless the problem must keep it where it is. */
export const abroadOrder: StepRule = (ctx, plan) => {
  if (ctx.region !== 'overseas') return plan;
  const moved = plan.steps.filter((s) => s.kind === 'contact' && !worksAbroad(s) && !mustKeep(ctx.problem, s));
  if (!moved.length) return plan;
  const steps = [...plan.steps.filter((s) => moved.indexOf(s) < 0), ...moved];
  return { steps, reasons: [...plan.reasons, ...moved.map((s): StepReason => ({ code: 'abroad-moved', step: s.id }))] };
};

const STEP_RULES: readonly StepRule[] = [situation, textOnlyCalls, abroadOrder];

/** The problem's steps for this situation, in order, with why any was left out, kept or moved. */
export function planSteps(ctx: StepContext, rules: readonly StepRule[] = STEP_RULES): StepPlan {
  return rules.reduce((plan, rule) => rule(ctx, plan), { steps: ctx.problem.steps, reasons: [] } as StepPlan);
}

/** "Do these in order" and "or instead". */
export function splitPlan(steps: readonly PlanStep[]): { inOrder: PlanStep[]; instead: PlanStep[] } {
  return { inOrder: steps.filter((s) => !s.alternative), instead: steps.filter((s) => s.alternative === true) };
}
