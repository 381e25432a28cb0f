import { resultV1Layout } from '../../core/checklist';
import { dataPatch } from '../../core/diff';
import { buildPath, homeWithNotice, parseLink, parsePath } from '../../core/links';
import { strings } from '../../core/strings';
import { Lang } from '../../core/types';
import { deferFields, splitPlan } from '../../core/view/plan';
import { resultView, ResultView } from '../../core/view/result';
import { loadTicks, saveTicks } from '../../services/checklist';
import { home, open, replace, setTitle } from '../../services/nav';
import { shareOf, timelineOf } from '../../services/share';
import { pageEnv } from '../../services/system';
import { toast } from '../../services/toast';

const KEYS = [
  'colon',
  'resultTitle',
  'primary',
  'why',
  'wait',
  'resolution',
  'steps',
  'checklist',
  'checklistDone',
  'warnings',
  'fallbacks',
  'yourAnswers',
  'change',
  'share',
  'restart',
  'saveFailed',
  'startCase',
  'pageResult',
] as const;

/** Sections below a concrete problem's plan, sent right after the first screen. */
const BELOW_PLAN = ['primary', 'reasons', 'materials', 'warnings', 'fallbacks', 'answered'] as const;

function allTicked(view: ResultView, ticks: Record<string, boolean>): boolean {
  return view.materials.length > 0 && view.materials.every((m) => ticks[m.id]);
}

/** The recommendation for the answers in the query. */
Component({
  data: {
    lang: 'zh' as Lang,
    care: false,
    t: strings('zh', KEYS),
    view: null as ResultView | null,
    ticks: {} as Record<string, boolean>,
    done: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const parsed = parseLink(query, 'result');
      const route = parsed.route;
      if (route.page === 'flow') {
        replace(buildPath(route));
        return;
      }
      const env = pageEnv();
      const view = route.page === 'result' ? resultView(route.answers, env.now, env.lang, env.offsetAt) : null;
      if (!view) {
        home(homeWithNotice(parsed.reason === 'ok' ? 'malformed' : parsed.reason));
        return;
      }
      const ticks: Record<string, boolean> = {};
      // Ticks stored before stable ids were by position: what the positions meant on this result's plan.
      const v1 = resultV1Layout(view, route.page === 'result' ? route.answers.problem : undefined);
      for (const id of loadTicks(view.key, v1)) ticks[id] = true;
      const t = strings(env.lang, KEYS);
      setTitle(t.pageResult);
      // A concrete problem's page goes in two sends, so the first setData stays small: the plan's first
      // steps, then (a moment later) the rest of the plan and the sections below it.
      const split = view.plan ? splitPlan(view.plan, 'view.plan') : null;
      const below = split ? deferFields(view, 'view', BELOW_PLAN) : null;
      const first = split && below ? { ...below.first, plan: split.first } : view;
      this.setData({ lang: env.lang, care: env.care, t, view: first, ticks, done: allTicked(view, ticks) });
      const later = { ...(split ? split.later : {}), ...(below ? below.later : {}) };
      if (Object.keys(later).length) this.setData(later);
    },
    /**
     * Coming back after a while: hours may have opened or closed a channel, which
     * can change the advice itself (a closed line is not the first choice when an
     * open one serves). Recompute and send only what changed; ticks stay as they are.
     */
    onShow() {
      const view = this.data.view;
      if (!view) return;
      const route = parsePath(view.sharePath).route;
      if (route.page !== 'result') return;
      const env = pageEnv();
      const next = resultView(route.answers, env.now, this.data.lang, env.offsetAt);
      if (!next) return;
      const patch = dataPatch('view', view, next);
      const done = allTicked(next, this.data.ticks);
      if (done !== this.data.done) patch.done = done;
      if (Object.keys(patch).length) this.setData(patch);
    },
    /** A tap anywhere on a checklist row; one on the box or its text is the box's own (onTick). */
    onRow(e: { target?: { dataset?: { box?: string } }; currentTarget: { dataset: { id?: string } } }) {
      const id = e.currentTarget.dataset.id;
      if (!id || (e.target && e.target.dataset && e.target.dataset.box)) return;
      this.onTick({ detail: !this.data.ticks[id], currentTarget: { dataset: { id } } });
    },
    onTick(e: { detail: unknown; currentTarget: { dataset: { id?: string } } }) {
      const view = this.data.view;
      const id = e.currentTarget.dataset.id;
      if (!view || !id) return;
      const ticks = { ...this.data.ticks, [id]: e.detail === true };
      this.setData({ [`ticks.${id}`]: ticks[id], done: allTicked(view, ticks) });
      const saved = saveTicks(
        view.key,
        Object.keys(ticks).filter((k) => ticks[k]),
      );
      if (!saved.ok) toast(this.data.t.saveFailed);
    },
    go(e: TapEvent<{ path: string }>) {
      if (e.currentTarget.dataset.path) open(e.currentTarget.dataset.path);
    },
    redirect(e: TapEvent<{ path: string }>) {
      if (e.currentTarget.dataset.path) replace(e.currentTarget.dataset.path);
    },
    onShareAppMessage() {
      return shareOf(this.data.view);
    },
    onShareTimeline() {
      return timelineOf(this.data.view);
    },
  },
});
