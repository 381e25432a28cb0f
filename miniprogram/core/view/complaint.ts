/**
 * The complaint page: the case named in the path, the routes it offers with their state, the chosen route's
 * text (masked) and the wish the user edits. Pure: notes, `now`, the user's offset and the language come in.
 */
import { CaseKey, caseClock, findCase, parseCaseKey } from '../case';
import { casePaths } from '../case-paths';
import { caseTitle, complaintText, defaultWish, parseRoute, RouteId, RouteOffer, routeOffers, RouteState, ROUTES } from '../complaint';
import { UserOffset } from '../hours';
import { Note } from '../notes';
import { str, StringKey } from '../strings';
import { Lang } from '../types';

export interface ComplaintRouteRow {
  id: RouteId;
  name: string;
  stateText: string;
  state: RouteState;
  why: string;
  selected: boolean;
}

export interface ComplaintView {
  state: 'ready' | 'empty' | 'error';
  /** The empty or error state's sentence. */
  message: string;
  key: CaseKey | '';
  title: string;
  routes: ComplaintRouteRow[];
  route: RouteId | '';
  /** Why the chosen route is not open ('' when it is). */
  notOpen: string;
  /** The route's default wish (the field's placeholder, used while the field is empty). */
  wishDefault: string;
  /** The languages the chosen route's text comes in, when more than one. */
  langs: Array<{ id: Lang; label: string; selected: boolean }>;
  text: string;
  needsContact: boolean;
  notesPath: string;
}

export interface ComplaintEnv {
  now: number;
  offset: UserOffset;
  lang: Lang;
}

export interface ComplaintChoice {
  /** The route chosen (from the path, then by tapping); absent: the first open one. */
  route?: RouteId;
  wish: string;
  /** The text's language (en only where the route has it). */
  textLang?: Lang;
}

const STATE_KEY: Readonly<Record<RouteState, StringKey>> = { open: 'routeOpen', waiting: 'routeWaiting', locked: 'routeLocked', closed: 'routeClosed' };
const LANG_LABEL: Readonly<Record<Lang, string>> = { zh: '中文', en: 'English' };

function blank(state: 'empty' | 'error', message: string, key: CaseKey | '', notesPath: string): ComplaintView {
  return { state, message, key, title: '', routes: [], route: '', notOpen: '', wishDefault: '', langs: [], text: '', needsContact: false, notesPath };
}

/** What the path asks for: a known case and, when given, a known route; null when either is unreadable. */
export function readComplaintQuery(query: Record<string, string | undefined>): { key: CaseKey; route?: RouteId } | null {
  const key = parseCaseKey(query.case);
  if (!key) return null;
  if (query.route === undefined || query.route === '') return { key };
  const route = parseRoute(query.route);
  return route ? { key, route } : null;
}

/** The chosen route if offered, else the first open one, else the first. */
function pick(offers: readonly RouteOffer[], wanted: RouteId | undefined): RouteOffer | undefined {
  return offers.find((o) => o.id === wanted) ?? offers.find((o) => o.state === 'open') ?? offers[0];
}

/** The view for a path's query and the choices made on the page. */
export function complaintView(query: Record<string, string | undefined>, notes: readonly Note[], choice: ComplaintChoice, env: ComplaintEnv): ComplaintView {
  const { lang } = env;
  const read = readComplaintQuery(query);
  if (!read) return blank('error', str('complaintBadLink', lang), '', '/pages/notes/index');
  const paths = casePaths(read.key);
  const c = findCase(notes, read.key);
  if (!c) return blank('empty', str('complaintNoCase', lang), read.key, paths.add);
  const offers = routeOffers(c, caseClock(c, env.now, env.offset), env.now, env.offset, lang);
  const chosen = pick(offers, choice.route ?? read.route);
  if (!chosen) return blank('empty', str('complaintNoCase', lang), read.key, paths.add);
  const route = ROUTES[chosen.id];
  const textLang: Lang = choice.textLang && route.langs.indexOf(choice.textLang) >= 0 ? choice.textLang : 'zh';
  return {
    state: 'ready',
    message: '',
    key: read.key,
    title: caseTitle(c, lang),
    routes: offers.map((o) => ({ id: o.id, name: o.name, state: o.state, stateText: str(STATE_KEY[o.state], lang), why: o.why, selected: o.id === chosen.id })),
    route: chosen.id,
    notOpen: chosen.state === 'open' ? '' : `${str('routeNotOpen', lang)}${chosen.why}`,
    wishDefault: defaultWish(c, chosen.id, textLang),
    langs: route.langs.length > 1 ? route.langs.map((id) => ({ id, label: LANG_LABEL[id], selected: id === textLang })) : [],
    text: complaintText({ case: c, route: chosen.id, lang: textLang, wish: choice.wish }),
    needsContact: route.needsContact,
    notesPath: paths.notes,
  };
}
