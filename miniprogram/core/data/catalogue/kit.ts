/**
 * The builders every catalogue file uses (account, how-to, report and other
 * problems), so their data reads as data. Every fact and sourced text comes
 * from shared/research, so it is dated RESEARCH_CHECKED_ON.
 */
import { CatalogueMaterial, Fact, Material, PlanStep, SourcedText, Text } from '../../types';
import { RESEARCH_CHECKED_ON } from '../sources';

export const t = (zh: string, en: string): Text => ({ zh, en });

/** A known fact. `typical`: users' experience, a guide's menu path or the seed's figure, never a promise. */
export function fact<T>(value: T, source: string, opts: { typical?: boolean; also?: readonly string[] } = {}): Fact<T> {
  const f: Fact<T> = { known: true, value, source, checkedOn: RESEARCH_CHECKED_ON };
  if (opts.typical) f.typical = true;
  if (opts.also) f.also = opts.also;
  return f;
}

/** Nothing reliable says it: the app shows 「未确认」 with this note. */
export function unknown<T>(zh: string, en: string): Fact<T> {
  return { known: false, note: { zh, en }, checkedOn: RESEARCH_CHECKED_ON };
}

/** A sourced sentence (a rule or a warning). */
export function said(zh: string, en: string, source: string, typical = false): SourcedText {
  const s: SourcedText = { zh, en, source, checkedOn: RESEARCH_CHECKED_ON };
  if (typical) s.typical = true;
  return s;
}

/** A plan step, dated. */
export function step(s: Omit<PlanStep, 'checkedOn'>): PlanStep {
  return { ...s, checkedOn: RESEARCH_CHECKED_ON };
}

export function mat(id: string, zh: string, en: string, key?: Material['key']): CatalogueMaterial {
  return key ? { id, zh, en, key } : { id, zh, en };
}
