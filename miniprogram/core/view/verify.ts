/**
 * The verify page: "what is this contact?" or "is this message a scam?" for what
 * the user pasted. Every verdict says why in plain words and what to do next
 * (call 95017 yourself from this app, freeze, 110, 96110).
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { CHANNEL_BY_ID } from '../data/channels';
import { LINE_BY_ID } from '../data/lines';
import { buildPath } from '../links';
import { str, StringKey } from '../strings';
import { ChannelId, Lang, LineId } from '../types';
import { Check, check, Contact, CONTACT_REASON, ContactKind, MAX_CHARS, Outcome, SIGNAL_TEXT } from '../verify';
import { UserOffset } from '../hours';
import { channelCard, ChannelCardView } from './card';
import { t } from './common';

export type Tone = 'ok' | 'neutral' | 'caution' | 'danger';

export interface VerifyAction {
  kind: 'call' | 'open';
  text: string;
  /** Number to dial (kind call) or page to open (kind open). */
  value: string;
}

export interface VerifyContactView {
  text: string;
  kind: string;
  tone: Tone;
  reasons: string[];
}

export interface VerifyLineView {
  id: LineId;
  name: string;
  handles: string;
  precondition: string;
  notes: string[];
}

export interface VerifyView {
  question: 'contact' | 'message';
  questionLabel: string;
  outcome: Outcome;
  tone: Tone;
  title: string;
  body: string;
  /** Why, in plain words: the scam signs found, or what the contact is. */
  reasons: string[];
  /** Every contact found in a message, each with what it is. */
  contacts: VerifyContactView[];
  cards: ChannelCardView[];
  lines: VerifyLineView[];
  /** The next safe actions, most important first. */
  actions: VerifyAction[];
  /** Said when the paste was longer than the part checked. */
  limit: string;
}

const KIND_LABEL: Readonly<Record<ContactKind, StringKey>> = {
  official: 'kindOfficial',
  government: 'kindGovernment',
  'official-domain': 'kindOfficialDomain',
  lookalike: 'kindLookalike',
  personal: 'kindPersonal',
  foreign: 'kindForeign',
  unknown: 'kindUnknown',
};

const TONE: Readonly<Record<Exclude<Outcome, 'empty'>, Tone>> = {
  official: 'ok',
  government: 'ok',
  'official-domain': 'caution',
  lookalike: 'danger',
  personal: 'danger',
  foreign: 'neutral',
  unknown: 'caution',
  scam: 'danger',
  caution: 'caution',
  'warning-12381': 'danger',
  'contains-official': 'neutral',
  unverified: 'caution',
  'no-signs': 'neutral',
};

const HEADS: Readonly<Record<Exclude<Outcome, 'empty'>, [StringKey, StringKey]>> = {
  official: ['verdictOfficial', 'verdictOfficialBody'],
  government: ['verdictGovernment', 'verdictGovernmentBody'],
  'official-domain': ['verdictOfficialDomain', 'verdictOfficialDomainBody'],
  lookalike: ['verdictLookalike', 'verdictLookalikeBody'],
  personal: ['verdictPersonal', 'verdictPersonalBody'],
  foreign: ['verdictForeign', 'verdictForeignBody'],
  unknown: ['verdictUnknown', 'verdictUnknownBody'],
  scam: ['verdictScam', 'verdictScamMessageBody'],
  caution: ['verdictCaution', 'verdictCautionBody'],
  'warning-12381': ['verdict12381', 'verdict12381Body'],
  'contains-official': ['verdictContainsOfficial', 'verdictContainsOfficialBody'],
  unverified: ['verdictUnknown', 'verdictUnverifiedBody'],
  'no-signs': ['verdictNoSigns', 'verdictNoSignsBody'],
};

function reasonText(c: Contact, lang: Lang): string[] {
  return c.reasons.map((r) => t(CONTACT_REASON[r], lang).split('{host}').join(c.shown));
}

function dialOf(id: LineId): string | undefined {
  const n = LINE_BY_ID[id].number;
  return n && n.known ? n.value.dial : undefined;
}

function lineView(id: LineId, lang: Lang): VerifyLineView {
  const line = LINE_BY_ID[id];
  const labelled = (key: StringKey, text: string): string => `${str(key, lang)}${lang === 'zh' ? '：' : ': '}${text}`;
  return {
    id,
    name: t(line.name, lang),
    handles: line.handles.known ? labelled('lineHandles', t(line.handles.value, lang)) : '',
    precondition: line.precondition && line.precondition.known ? labelled('linePrecondition', t(line.precondition.value, lang)) : '',
    notes: (line.notes ?? []).map((n) => t(n, lang)),
  };
}

/** A name without the number it ends with ("微信支付客服热线 95017" → "微信支付客服热线"), for "call 95017 (…)". */
function nameWithout(name: string, number: string): string {
  const bare = name.split(number).join('').trim();
  return bare || name;
}

function lineCall(line: (typeof LINE_BY_ID)[LineId], dial: string, lang: Lang): { number: string; name: string } {
  const number = line.number && line.number.known ? line.number.value.display : dial;
  return { number, name: nameWithout(t(line.name, lang), number) };
}

/** 95017 as the data gives it: the number people can call themselves from this app. */
function payHotline(): { number: string; dial: string } | undefined {
  const phone = CHANNEL_BY_ID['pay-hotline'].phone;
  return phone && phone.known ? { number: phone.value.display, dial: phone.value.dial } : undefined;
}

type Verdict = Exclude<Outcome, 'empty'>;

/** A check with something to say: a contact or a message, never empty. */
type Answered = Check & { question: 'contact' | 'message'; outcome: Verdict };

function isOfficialLike(x: Contact): boolean {
  return x.kind === 'official' || x.kind === 'government';
}

/** The one contact, when the paste was a contact; else every contact in the message. */
function contactsOf(c: Answered): Contact[] {
  return c.question === 'contact' && c.contact ? [c.contact] : c.contacts;
}

function officialChannelIds(contacts: Contact[]): ChannelId[] {
  return [...new Set(contacts.filter((x) => x.kind === 'official' && x.channel).map((x) => x.channel as ChannelId))];
}

function officialLineIds(contacts: Contact[]): LineId[] {
  return [...new Set(contacts.filter((x) => isOfficialLike(x) && x.line).map((x) => x.line as LineId))];
}

/** The pasted contact is WeChat's own 400 number: it gets its own verdict and its line card. */
function isWechat400(c: Answered): boolean {
  return c.question === 'contact' && c.contact?.line === 'wechat-400' && c.outcome === 'official';
}

function headKeys(c: Answered, wechat400: boolean): [StringKey, StringKey] {
  return wechat400 ? ['verdictWechat400', 'verdictWechat400Body'] : HEADS[c.outcome];
}

function bodyText(bodyKey: StringKey, contacts: Contact[], lang: Lang): string {
  const officialList = contacts.filter(isOfficialLike).map((x) => x.shown);
  return str(bodyKey, lang, { list: [...new Set(officialList)].join(lang === 'zh' ? '、' : ', ') });
}

function reasonsOf(c: Answered, lang: Lang): string[] {
  if (c.question === 'contact' && c.contact) return reasonText(c.contact, lang);
  // "Poses as an official and threatens you" already says what "threat" would.
  const saidByImpersonation = c.signals.includes('impersonation-threat');
  return c.signals.filter((s) => !(s === 'threat' && saidByImpersonation)).map((s) => t(SIGNAL_TEXT[s], lang));
}

// ---- the next safe actions ----------------------------------------------------------

/** "Call 95017 yourself", when the data knows the number. */
function call95017(lang: Lang): VerifyAction | undefined {
  const pay = payHotline();
  if (!pay) return undefined;
  const name = nameWithout(t(CHANNEL_BY_ID['pay-hotline'].name, lang), pay.number);
  return { kind: 'call', text: str('actCallYourself', lang, { number: pay.number, name }), value: pay.dial };
}

function callLineAs(id: LineId, key: StringKey, lang: Lang): VerifyAction | undefined {
  const d = dialOf(id);
  return d ? { kind: 'call', text: str(key, lang), value: d } : undefined;
}

type StepId = 'call95017' | 'call110' | 'call96110' | 'freeze' | 'report' | 'allChannels';

/** The fixed actions, each one step. */
const STEP: Readonly<Record<StepId, (lang: Lang) => VerifyAction | undefined>> = {
  call95017,
  call110: (lang) => callLineAs('police-110', 'actCall110', lang),
  call96110: (lang) => callLineAs('anti-fraud-96110', 'actCall96110', lang),
  freeze: (lang) => ({ kind: 'open', text: str('doFreeze', lang), value: buildPath({ page: 'channel', id: 'emergency-freeze' }) }),
  report: (lang) => ({ kind: 'open', text: str('doReport', lang), value: buildPath({ page: 'channel', id: 'tencent-110' }) }),
  allChannels: (lang) => ({ kind: 'open', text: str('doOfficial', lang), value: buildPath({ page: 'channels' }) }),
};

/** Which set of actions a verdict gets. */
type Plan = 'contacts' | 'official' | 'government' | 'warning-12381' | 'danger' | 'other';

/** The fixed steps of each plan, most important first (after the contact or line actions, if any). */
const PLAN_STEPS: Readonly<Record<Plan, readonly StepId[]>> = {
  contacts: ['call96110', 'allChannels'],
  official: ['allChannels'],
  government: ['call110', 'call96110'],
  'warning-12381': ['call110', 'call96110', 'freeze'],
  danger: ['call95017', 'freeze', 'call110', 'call96110', 'report'],
  other: ['call95017', 'call96110', 'allChannels'],
};

function usesContacts(c: Answered): boolean {
  return c.outcome === 'contains-official' || (c.question === 'message' && c.outcome === 'unverified');
}

const OWN_PLAN: ReadonlySet<Verdict> = new Set<Verdict>(['official', 'government', 'warning-12381']);

function planOf(c: Answered): Plan {
  if (usesContacts(c)) return 'contacts';
  if (OWN_PLAN.has(c.outcome)) return c.outcome as Plan;
  return TONE[c.outcome] === 'danger' ? 'danger' : 'other';
}

/** Call a phone line the data lists, when its number is known. */
function lineAction(id: LineId, lang: Lang): VerifyAction | undefined {
  const d = dialOf(id);
  const line = LINE_BY_ID[id];
  return d && line.kind === 'phone' ? { kind: 'call', text: str('actCallLine', lang, lineCall(line, d, lang)), value: d } : undefined;
}

/** Call the channel's number when the contact was that number; else open the channel's page. */
function channelAction(id: ChannelId, type: Contact['type'], lang: Lang): VerifyAction {
  const ch = CHANNEL_BY_ID[id];
  const phone = ch.phone && ch.phone.known ? ch.phone.value : undefined;
  if (type === 'phone' && phone) {
    return {
      kind: 'call',
      text: str('actCallYourself', lang, { number: phone.display, name: nameWithout(t(ch.name, lang), phone.display) }),
      value: phone.dial,
    };
  }
  return { kind: 'open', text: str('actOpenChannel', lang, { name: t(ch.name, lang) }), value: buildPath({ page: 'channel', id }) };
}

function contactAction(x: Contact, lang: Lang): VerifyAction | undefined {
  if (x.channel) return channelAction(x.channel, x.type, lang);
  return x.line ? lineAction(x.line, lang) : undefined;
}

/** Call or open the official contacts yourself, from this app; numbers first: "call 95017 yourself" is the safest next step. */
function contactActions(contacts: Contact[], lang: Lang): (VerifyAction | undefined)[] {
  const byType = [...contacts].sort((a, b) => Number(a.type !== 'phone') - Number(b.type !== 'phone'));
  return byType.filter(isOfficialLike).map((x) => contactAction(x, lang));
}

function leadingActions(plan: Plan, contacts: Contact[], lineIds: LineId[], lang: Lang): (VerifyAction | undefined)[] {
  if (plan === 'contacts') return contactActions(contacts, lang);
  return plan === 'government' ? lineIds.map((id) => lineAction(id, lang)) : [];
}

/** The known actions, each once (the first time it comes), in order. */
function uniqueActions(list: (VerifyAction | undefined)[]): VerifyAction[] {
  const actions: VerifyAction[] = [];
  for (const a of list) {
    if (a && !actions.some((x) => x.kind === a.kind && x.value === a.value)) actions.push(a);
  }
  return actions;
}

function actionsFor(c: Answered, contacts: Contact[], lineIds: LineId[], lang: Lang): VerifyAction[] {
  const plan = planOf(c);
  return uniqueActions([...leadingActions(plan, contacts, lineIds, lang), ...PLAN_STEPS[plan].map((s) => STEP[s](lang))]);
}

// ---- the rest of the view -----------------------------------------------------------

function contactViews(c: Answered, lang: Lang): VerifyContactView[] {
  if (c.question !== 'message') return [];
  return c.contacts.map((x) => ({ text: x.shown, kind: str(KIND_LABEL[x.kind], lang), tone: TONE[x.kind], reasons: reasonText(x, lang) }));
}

function showsCards(c: Answered): boolean {
  return c.question === 'contact' || c.outcome === 'contains-official';
}

/** Verdicts that show the cards of the lines found. */
const LINE_OUTCOMES: ReadonlySet<Verdict> = new Set<Verdict>(['government', 'warning-12381', 'contains-official']);

function showsLines(c: Answered, wechat400: boolean): boolean {
  return wechat400 || LINE_OUTCOMES.has(c.outcome);
}

function limitText(c: Answered, lang: Lang): string {
  return c.truncated ? str('verifyTruncated', lang, { n: c.length, max: MAX_CHARS }) : '';
}

function isAnswered(c: Check): c is Answered {
  return c.question !== 'empty' && c.outcome !== 'empty';
}

export function verifyView(input: string, now: number, lang: Lang, userOffsetMinutes?: UserOffset): VerifyView | null {
  const c = check(input);
  if (!isAnswered(c)) return null;
  const contacts = contactsOf(c);
  const lineIds = officialLineIds(contacts);
  const wechat400 = isWechat400(c);
  const [titleKey, bodyKey] = headKeys(c, wechat400);
  return {
    question: c.question,
    questionLabel: str(c.question === 'contact' ? 'verifyQuestionContact' : 'verifyQuestionMessage', lang),
    outcome: c.outcome,
    tone: TONE[c.outcome],
    title: str(titleKey, lang),
    body: bodyText(bodyKey, contacts, lang),
    reasons: reasonsOf(c, lang),
    contacts: contactViews(c, lang),
    cards: showsCards(c) ? officialChannelIds(contacts).map((id) => channelCard(id, now, lang, userOffsetMinutes)) : [],
    lines: showsLines(c, wechat400) ? lineIds.map((id) => lineView(id, lang)) : [],
    actions: actionsFor(c, contacts, lineIds, lang),
    limit: limitText(c, lang),
  };
}
