/**
 * Small builders for the how-to, report and other catalogue files. Every fact
 * and sourced text here comes from shared/research, so it is dated
 * RESEARCH_CHECKED_ON.
 */
import { CatalogueMaterial, Fact, Material, PlanStep, SourcedText, Text } from '../../types';
import { RESEARCH_CHECKED_ON } from '../sources';

export const t = (zh: string, en: string): Text => ({ zh, en });

export function fact<T>(value: T, source: string, typical = false, also?: readonly string[]): Fact<T> {
  const f: Fact<T> = { known: true, value, source, checkedOn: RESEARCH_CHECKED_ON };
  if (typical) f.typical = true;
  if (also) f.also = also;
  return f;
}

/** A fact no reliable source gives: the app says 「未确认」 and shows the note. */
export const unconfirmed = <T>(zh: string, en: string): Fact<T> => ({ known: false, note: { zh, en }, checkedOn: RESEARCH_CHECKED_ON });

export function said(zh: string, en: string, source: string, typical = false): SourcedText {
  const s: SourcedText = { zh, en, source, checkedOn: RESEARCH_CHECKED_ON };
  if (typical) s.typical = true;
  return s;
}

export const step = (s: Omit<PlanStep, 'checkedOn'>): PlanStep => ({ ...s, checkedOn: RESEARCH_CHECKED_ON });

export const mat = (id: string, zh: string, en: string, key?: Material['key']): CatalogueMaterial => (key ? { id, zh, en, key } : { id, zh, en });
