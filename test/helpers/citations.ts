/**
 * What a catalogue problem cites and shows, for the per-area catalogue tests
 * (test/core/data/catalogue-*.test.ts): one walk over steps, paths, human
 * routes, materials, typical times, rules and warnings.
 */
import { CatalogueProblem, Fact, Text } from '../../miniprogram/core/types';

/** One source a problem cites, where (`hijacked/appeal.path`), and the check date of what cites it. */
export interface Cite {
  where: string;
  source: string;
  checkedOn: string;
}

function factCites(where: string, f: Fact<unknown> | undefined): Cite[] {
  if (!f || !f.known) return [];
  return [f.source, ...(f.also ?? [])].map((source) => ({ where, source, checkedOn: f.checkedOn }));
}

/** Every source a problem cites (known facts only: an unknown fact cites nothing). */
export function citesOf(p: CatalogueProblem): Cite[] {
  const out: Cite[] = [];
  for (const s of p.steps) {
    const w = `${p.id}/${s.id}`;
    for (const source of [s.source, ...(s.also ?? [])]) out.push({ where: w, source, checkedOn: s.checkedOn });
    out.push(...factCites(`${w}.path`, s.path), ...factCites(`${w}.human`, s.human));
  }
  out.push(...factCites(`${p.id}.materials`, p.materials), ...factCites(`${p.id}.typicalTime`, p.typicalTime));
  p.rules.forEach((r, i) => out.push({ where: `${p.id}.rules[${i}]`, source: r.source, checkedOn: r.checkedOn }));
  p.warnings.forEach((w, i) => out.push({ where: `${p.id}.warnings[${i}]`, source: w.source, checkedOn: w.checkedOn }));
  return out;
}

/** The check date of every step, fact (known or not), rule and warning of a problem. */
export function datesOf(p: CatalogueProblem): string[] {
  const facts = [p.materials, p.typicalTime, ...p.steps.flatMap((s) => [s.path, s.human])];
  return [...p.steps.map((s) => s.checkedOn), ...facts.flatMap((f) => (f ? [f.checkedOn] : [])), ...[...p.rules, ...p.warnings].map((r) => r.checkedOn)];
}

/** Every text of a problem the user sees (an unknown fact shows its note). */
export function textsOf(p: CatalogueProblem): Text[] {
  const out: Text[] = [p.label, p.hint];
  for (const s of p.steps) {
    out.push(s.text);
    if (s.say) out.push(s.say);
    if (s.after) out.push(s.after);
    for (const f of [s.path, s.human]) if (f) out.push(f.known ? f.value : f.note);
  }
  if (p.materials.known) out.push(...p.materials.value);
  if (p.typicalTime) out.push(p.typicalTime.known ? p.typicalTime.value : p.typicalTime.note);
  out.push(...p.rules, ...p.warnings);
  return out;
}
