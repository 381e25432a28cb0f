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
import { check, Contact, CONTACT_REASON, ContactKind, MAX_CHARS, Outcome, SIGNAL_TEXT } from '../verify';
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

export function verifyView(input: string, now: number, lang: Lang, userOffsetMinutes?: UserOffset): VerifyView | null {
  const c = check(input);
  if (c.question === 'empty' || c.outcome === 'empty') return null;
  const outcome = c.outcome;
  const contacts = c.question === 'contact' && c.contact ? [c.contact] : c.contacts;
  const channelIds = [...new Set(contacts.filter((x) => x.kind === 'official' && x.channel).map((x) => x.channel as ChannelId))];
  const lineIds = [...new Set(contacts.filter((x) => (x.kind === 'official' || x.kind === 'government') && x.line).map((x) => x.line as LineId))];
  const wechat400 = c.question === 'contact' && c.contact?.line === 'wechat-400' && outcome === 'official';
  const [titleKey, bodyKey] = wechat400 ? (['verdictWechat400', 'verdictWechat400Body'] as [StringKey, StringKey]) : HEADS[outcome];

  const officialList = contacts.filter((x) => x.kind === 'official' || x.kind === 'government').map((x) => x.shown);
  const body = str(bodyKey, lang, { list: [...new Set(officialList)].join(lang === 'zh' ? '、' : ', ') });
  const reasons =
    c.question === 'contact' && c.contact
      ? reasonText(c.contact, lang)
      : // "Poses as an official and threatens you" already says what "threat" would.
        c.signals.filter((s) => !(s === 'threat' && c.signals.includes('impersonation-threat'))).map((s) => t(SIGNAL_TEXT[s], lang));

  // The next safe actions.
  const actions: VerifyAction[] = [];
  const add = (a: VerifyAction): void => {
    if (!actions.some((x) => x.kind === a.kind && x.value === a.value)) actions.push(a);
  };
  const pay = payHotline();
  const call95017 = (): void => {
    if (pay)
      add({
        kind: 'call',
        text: str('actCallYourself', lang, { number: pay.number, name: nameWithout(t(CHANNEL_BY_ID['pay-hotline'].name, lang), pay.number) }),
        value: pay.dial,
      });
  };
  const call110 = (): void => {
    const d = dialOf('police-110');
    if (d) add({ kind: 'call', text: str('actCall110', lang), value: d });
  };
  const call96110 = (): void => {
    const d = dialOf('anti-fraud-96110');
    if (d) add({ kind: 'call', text: str('actCall96110', lang), value: d });
  };
  const freeze = (): void => add({ kind: 'open', text: str('doFreeze', lang), value: buildPath({ page: 'channel', id: 'emergency-freeze' }) });
  const report = (): void => add({ kind: 'open', text: str('doReport', lang), value: buildPath({ page: 'channel', id: 'tencent-110' }) });
  const allChannels = (): void => add({ kind: 'open', text: str('doOfficial', lang), value: buildPath({ page: 'channels' }) });

  const tone = TONE[outcome];
  if (outcome === 'contains-official' || (c.question === 'message' && outcome === 'unverified')) {
    // Call or open the official contacts yourself, from this app.
    // Numbers first: "call 95017 yourself" is the safest next step.
    const byType = [...contacts].sort((a, b) => Number(a.type !== 'phone') - Number(b.type !== 'phone'));
    for (const x of byType) {
      if (x.kind !== 'official' && x.kind !== 'government') continue;
      if (x.channel) {
        const ch = CHANNEL_BY_ID[x.channel];
        const phone = ch.phone && ch.phone.known ? ch.phone.value : undefined;
        if (x.type === 'phone' && phone)
          add({
            kind: 'call',
            text: str('actCallYourself', lang, { number: phone.display, name: nameWithout(t(ch.name, lang), phone.display) }),
            value: phone.dial,
          });
        else add({ kind: 'open', text: str('actOpenChannel', lang, { name: t(ch.name, lang) }), value: buildPath({ page: 'channel', id: x.channel }) });
      } else if (x.line) {
        const d = dialOf(x.line);
        const line = LINE_BY_ID[x.line];
        if (d && line.kind === 'phone') add({ kind: 'call', text: str('actCallLine', lang, lineCall(line, d, lang)), value: d });
      }
    }
    call96110();
    allChannels();
  } else if (outcome === 'official') {
    allChannels();
  } else if (outcome === 'government') {
    for (const id of lineIds) {
      const d = dialOf(id);
      const line = LINE_BY_ID[id];
      if (d && line.kind === 'phone') add({ kind: 'call', text: str('actCallLine', lang, lineCall(line, d, lang)), value: d });
    }
    call110();
    call96110();
  } else if (outcome === 'warning-12381') {
    call110();
    call96110();
    freeze();
  } else if (tone === 'danger') {
    call95017();
    freeze();
    call110();
    call96110();
    report();
  } else {
    call95017();
    call96110();
    allChannels();
  }

  return {
    question: c.question,
    questionLabel: str(c.question === 'contact' ? 'verifyQuestionContact' : 'verifyQuestionMessage', lang),
    outcome,
    tone,
    title: str(titleKey, lang),
    body,
    reasons,
    contacts:
      c.question === 'message'
        ? c.contacts.map((x) => ({ text: x.shown, kind: str(KIND_LABEL[x.kind], lang), tone: TONE[x.kind], reasons: reasonText(x, lang) }))
        : [],
    cards: c.question === 'contact' || outcome === 'contains-official' ? channelIds.map((id) => channelCard(id, now, lang, userOffsetMinutes)) : [],
    lines:
      outcome === 'government' || outcome === 'warning-12381' || wechat400 || outcome === 'contains-official' ? lineIds.map((id) => lineView(id, lang)) : [],
    actions,
    limit: c.truncated ? str('verifyTruncated', lang, { n: c.length, max: MAX_CHARS }) : '',
  };
}
