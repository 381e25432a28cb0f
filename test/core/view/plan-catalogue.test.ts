/**
 * Every concrete problem in the catalogue, with the real channels and lines,
 * renders its plan: known facts are shown as they are (never 「未确认」),
 * every step names its source, contact steps offer a way to act, text-only
 * users get no call and abroad users no mainland-only call.
 */
import { CATALOGUE } from '../../../miniprogram/core/data/catalogue';
import { CHANNEL_BY_ID } from '../../../miniprogram/core/data/channels';
import { LINE_BY_ID } from '../../../miniprogram/core/data/lines';
import { ALL_SOURCES as SOURCES } from '../../../miniprogram/core/data/catalogue/sources';
import { Lang, NeedId, PlanStep, RegionId } from '../../../miniprogram/core/types';
import { planView, StepView } from '../../../miniprogram/core/view/plan';

const NOW = Date.parse('2026-12-02T12:00:00+08:00');
const SITUATIONS: Array<{ region: RegionId; need: NeedId; offset: number }> = [
  { region: 'mainland', need: 'any', offset: 480 },
  { region: 'mainland', need: 'text', offset: 480 },
  { region: 'mainland', need: 'simple', offset: 480 },
  { region: 'overseas', need: 'any', offset: 0 },
  { region: 'overseas', need: 'text', offset: -300 },
];

function all(steps: readonly PlanStep[], lang: Lang, s: (typeof SITUATIONS)[number]): Array<[PlanStep, StepView]> {
  const v = planView(steps, { now: NOW, lang, ...s });
  const views = [...v.inOrder, ...v.instead];
  return views.map((view) => [steps.find((x) => x.id === view.id)!, view]);
}

/** Numbers that can be dialled from abroad: international format, or a line that works abroad. */
function dialableAbroad(value: string): boolean {
  if (value.startsWith('+')) return true;
  return Object.values(LINE_BY_ID).some((l) => l.worksAbroad && l.number && l.number.known && l.number.value.dial === value);
}

describe('every catalogue plan renders', () => {
  it('the catalogue has problems to walk', () => {
    expect(CATALOGUE.length).toBeGreaterThan(0);
  });

  describe.each(CATALOGUE.map((p) => [p.id, p] as const))('%s', (_id, problem) => {
    it.each(['zh', 'en'] as const)('shows known facts as they are (%s)', (lang) => {
      for (const [step, view] of all(problem.steps, lang, SITUATIONS[0]!)) {
        const where = `${problem.id}/${step.id}`;
        expect([where, view.text]).toEqual([where, step.text[lang]]);
        if (step.path && step.path.known) expect([where, view.path]).toEqual([where, step.path.value[lang]]);
        if (step.path && !step.path.known) expect([where, view.pathUnknown]).toEqual([where, true]);
        if (step.human && step.human.known) expect([where, view.human]).toEqual([where, step.human.value[lang]]);
        if (step.after) expect([where, view.after]).toEqual([where, step.after[lang]]);
        if (step.say) expect([where, view.say]).toEqual([where, step.say[lang]]);
        // The source is a listed one, shown by its title.
        expect([where, SOURCES[step.source] !== undefined]).toEqual([where, true]);
        expect([where, view.source.indexOf(SOURCES[step.source]!.title[lang]) >= 0]).toEqual([where, true]);
        if (step.channel) {
          const c = CHANNEL_BY_ID[step.channel];
          expect([where, view.who]).toEqual([where, c.name[lang]]);
          if (c.hours.known) expect([where, view.state !== 'unknown']).toEqual([where, true]);
        }
        if (step.line) {
          const line = LINE_BY_ID[step.line];
          expect([where, view.who]).toEqual([where, line.name[lang]]);
          if (line.hours.known) expect([where, view.state !== 'unknown']).toEqual([where, true]);
        }
      }
    });

    it('offers a way to act on every contact with a known number, address or name (mainland)', () => {
      for (const [step, view] of all(problem.steps, 'zh', SITUATIONS[0]!)) {
        const c = step.channel ? CHANNEL_BY_ID[step.channel] : undefined;
        const line = step.line ? LINE_BY_ID[step.line] : undefined;
        const reachable =
          (c && [c.phone, c.url, c.email, c.accounts, c.miniProgram].some((f) => f && f.known)) ||
          (line && ((line.number && line.number.known) || (line.url && line.url.known) || ['app', 'mini-program', 'official-account'].indexOf(line.kind) >= 0));
        if (reachable) expect([`${problem.id}/${step.id}`, view.actions.length > 0]).toEqual([`${problem.id}/${step.id}`, true]);
      }
    });

    it.each(SITUATIONS.map((s) => [`${s.region}/${s.need}`, s] as const))('gives no call that cannot be made (%s)', (_name, s) => {
      for (const [step, view] of all(problem.steps, 'zh', s)) {
        for (const a of view.actions.filter((x) => x.type === 'call')) {
          const where = `${problem.id}/${step.id}: ${a.label}`;
          expect([where, s.need]).not.toEqual([where, 'text']);
          if (s.region === 'overseas') expect([where, dialableAbroad(a.value)]).toEqual([where, true]);
        }
      }
    });
  });
});
