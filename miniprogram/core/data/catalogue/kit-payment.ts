/** Builders for the payment and fraud plans: every fact they make is dated RESEARCH_CHECKED_ON. */
import { CatalogueMaterial, Fact, PlanStep, SourcedText, Text } from '../../types';
import { RESEARCH_CHECKED_ON } from '../sources';

const ON = RESEARCH_CHECKED_ON;

export const t = (zh: string, en: string): Text => ({ zh, en });

export function known<T>(value: T, source: string, opts: { typical?: boolean; also?: readonly string[] } = {}): Fact<T> {
  const fact: Fact<T> = { known: true, value, source, checkedOn: ON };
  if (opts.typical) fact.typical = true;
  if (opts.also) fact.also = opts.also;
  return fact;
}

export function unknown<T>(zh: string, en: string): Fact<T> {
  return { known: false, note: { zh, en }, checkedOn: ON };
}

export function said(zh: string, en: string, source: string, typical = false): SourcedText {
  const s: SourcedText = { zh, en, source, checkedOn: ON };
  if (typical) s.typical = true;
  return s;
}

export type StepMore = Omit<PlanStep, 'id' | 'kind' | 'text' | 'source' | 'checkedOn'>;

export function step(id: string, kind: PlanStep['kind'], text: Text, source: string, more: StepMore = {}): PlanStep {
  return { id, kind, text, source, checkedOn: ON, ...more };
}

export const mat = (id: string, zh: string, en: string, key?: CatalogueMaterial['key']): CatalogueMaterial => (key ? { id, zh, en, key } : { id, zh, en });
