/**
 * "Is this message a scam?": risk signals in a pasted text (requests for codes,
 * passwords, screen sharing, app downloads, transfers, 百万保障, refunds,
 * 配合调查, urgency, impersonation) plus every contact found in it, each
 * classified by contact.ts. An official number, site or name inside a message
 * never makes the message official: a message can say anything.
 *
 * check() decides which question a paste asks: one contact and nothing else is
 * "what is this contact?"; anything more is "is this message a scam?".
 */
import { Text } from '../types';
import { classifyAccount, classifyAddress, classifyEmail, classifyName, classifyNumber, Contact, ContactKind, isReassuring, NAMES } from './contact';
import { HIDDEN, MAX_CHARS, normalise, Normalised } from './normalise';

export type SignalId =
  | 'asks-code'
  | 'asks-password'
  | 'screen-share'
  | 'app-download'
  | 'asks-transfer'
  | 'refund-offer'
  | 'insurance-renewal'
  | 'investigation'
  | 'task-scam'
  | 'secrecy'
  | 'impersonation'
  | 'unsolicited-call'
  | 'impersonation-threat'
  | 'fake-12381'
  | 'lookalike-contact'
  | 'official-plus-personal'
  | 'threat'
  | 'urgency';

/** Signals that make a message a scam on their own; the rest (threat, urgency) only call for caution. */
export const STRONG: ReadonlySet<SignalId> = new Set<SignalId>([
  'asks-code',
  'asks-password',
  'screen-share',
  'app-download',
  'asks-transfer',
  'refund-offer',
  'insurance-renewal',
  'investigation',
  'task-scam',
  'secrecy',
  'impersonation',
  'unsolicited-call',
  'impersonation-threat',
  'fake-12381',
  'lookalike-contact',
  'official-plus-personal',
]);

export const SIGNAL_TEXT: Readonly<Record<SignalId, Text>> = {
  'asks-code': {
    zh: '索要验证码（或“收到的几位数字”）：官方客服绝不会要验证码。',
    en: 'It asks for a verification code (or "the digits you received"): official staff never do.',
  },
  'asks-password': { zh: '索要密码：官方客服绝不会要密码。', en: 'It asks for a password: official staff never do.' },
  'screen-share': {
    zh: '要求屏幕共享或进会议：对方能看到你输入的密码和验证码，这是常见骗局。',
    en: 'It asks you to share your screen or join a meeting: they would see your passwords and codes. A common scam.',
  },
  'app-download': {
    zh: '要你下载或安装软件（如“安心盾”、远程控制软件）：官方客服不会这样做。',
    en: 'It asks you to download or install an app (such as a "security shield" or remote-control app): official staff never do.',
  },
  'asks-transfer': {
    zh: '要求转账、付“保证金/解冻费/手续费”或转到“安全账户”：官方不会让你转账。',
    en: 'It asks you to transfer money, pay a deposit or unfreezing fee, or move money to a "safe account": officials never ask for transfers.',
  },
  'refund-offer': {
    zh: '主动提出给你“退款/理赔/赔偿”：这是假客服最常用的说法，官方不会主动联系你办理退款。',
    en: 'It offers you a refund or compensation: the most common fake customer-service line; officials do not contact you to arrange refunds.',
  },
  'insurance-renewal': {
    zh: '说“百万保障”要续费、扣费或帮你取消：这项保障免费，不能取消也不用续费，凡是这样说的都是诈骗。',
    en: 'It says the "million-yuan guarantee" must be renewed, charged or cancelled: it is free and cannot be cancelled or renewed, so this is a scam.',
  },
  investigation: {
    zh: '说你“涉嫌违规/洗钱”、要你“配合调查”：真警察不会在电话或网上办案，更不会让你转账。',
    en: 'It says you are suspected of a violation or money laundering and must "assist an investigation": real police do not handle cases by phone or online, and never ask for transfers.',
  },
  'task-scam': {
    zh: '提到刷单、返利、做任务赚钱：这是最常见的骗局之一。',
    en: 'It mentions order brushing, rebates or paid tasks: one of the most common scams.',
  },
  secrecy: {
    zh: '要你保密、不要告诉家人或银行、不要挂电话：骗子怕你找人核实。',
    en: 'It tells you to keep it secret, not tell family or the bank, or not hang up: scammers fear you will check.',
  },
  impersonation: {
    zh: '自称微信/腾讯客服或官方，却留了不是官方的号码、网址或账号：这是冒充客服。',
    en: 'It claims to be WeChat/Tencent support or an official, but gives a number, site or account that is not official: impersonation.',
  },
  'unsolicited-call': {
    zh: '自称微信/腾讯客服打电话来：微信客服不会主动给你打电话，来电显示也能伪造。',
    en: 'A call claiming to be WeChat/Tencent support: WeChat support does not call you first, and caller ID can be faked.',
  },
  'impersonation-threat': {
    zh: '冒充官方，用“账号异常/将被冻结/扣费”吓你：官方不会这样通知你。',
    en: 'It poses as an official and threatens you with account problems, freezing or charges: officials do not notify you like this.',
  },
  'fake-12381': {
    zh: '自称 12381 预警短信，却带了链接、号码或账号：真正的 12381 短信不含任何链接、电话号码或账号，也不用回复。',
    en: 'It claims to be a 12381 warning but carries a link, number or account: a real 12381 SMS holds none and needs no reply.',
  },
  'lookalike-contact': { zh: '里面有仿冒的号码、网址或账号（见下面的说明）。', en: 'It contains a fake-looking number, site or account (see below).' },
  'official-plus-personal': {
    zh: '官方号码旁边放着个人手机号或个人账号：骗子常把真号码和自己的号码放在一起，让人以为都是官方的。',
    en: 'An official number next to a personal number or account: scammers put the real number beside their own so both look official.',
  },
  threat: { zh: '用“账号异常、将被冻结、扣费、起诉”等说法施压。', en: 'It pressures you with account problems, freezing, charges or lawsuits.' },
  urgency: { zh: '催你“立即、马上、24 小时内”处理。', en: 'It rushes you: "immediately", "right now", "within 24 hours".' },
};

export type MessageOutcome = 'scam' | 'caution' | 'warning-12381' | 'contains-official' | 'unverified' | 'no-signs';
export type Outcome = 'empty' | ContactKind | MessageOutcome;

export interface Check {
  question: 'empty' | 'contact' | 'message';
  outcome: Outcome;
  /** The contact, when the paste was one contact. */
  contact?: Contact;
  /** Every contact found in a message. */
  contacts: Contact[];
  signals: SignalId[];
  /** Characters pasted, and how many were read (all of them unless longer than MAX_CHARS). */
  length: number;
  checked: number;
  truncated: boolean;
}

// ---- finding contacts --------------------------------------------------------------

const H = HIDDEN;
const LETTER = `a-z0-9${H}\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff`;
const CJK = '\\u4e00-\\u9fff';
const TLD = `(?:xn--[a-z0-9-]+|[a-z\\u0370-\\u03ff\\u0400-\\u04ff${H}]{2,24}|中国|中國|公司|网络|網絡|在线|商城|网址|手机|移动|信息|рф)`;
/** A label is Latin-like or CJK; the two mix only across a hyphen ("qq-客服"), so text glued to a host is not part of it. */
const LABEL = `(?:[${LETTER}-]+|[${CJK}]+)(?:-(?:[${LETTER}-]+|[${CJK}]+))*`;
const HOST = `(?:${LABEL}\\.)+${TLD}`;
const PATH = `(?:[/?#][\\x21-\\x2b\\x2d-\\x3a\\x3c-\\x7e${H}]*)?`;
const URL_RE = new RegExp(`(^|[^a-z0-9.\\-_~%/?=&#:@+])([a-z][a-z0-9+.-]*://[^\\s/?#\\\\，。、；;"'“”「」<>（）()【】《》]+${PATH})`, 'gi');
const EMAIL_RE = new RegExp(`(?:mailto:)?[a-z0-9._%+\\-${H}${CJK}]+@${HOST}(?![a-z0-9])`, 'gi');
const DOMAIN_RE = new RegExp(`${HOST}(?::\\d{1,5})?${PATH}`, 'gi');
const ACCOUNT_LABELLED = new RegExp(
  `(微信号|微信|wechat\\s*id|weixin|vx|v信|wx|威信|薇信|qq号|qq|扣扣|企鹅号?)\\s*(号|id)?\\s*([:：是为]|\\s)\\s*([a-z0-9_${H}\\-]{3,30})`,
  'gi',
);
const WXID = /wxid_[a-z0-9_-]+/gi;
const ID_WITH_DIGITS = new RegExp(`(^|[^a-z0-9.@/_\\-${H}])([a-z][a-z0-9_${H}\\-]*\\d[a-z0-9_${H}\\-]*)`, 'gi');
const ID_BRAND =
  /(^|[^a-z0-9.@/_-])([a-z0-9_-]*(?:kefu|guanfang)[a-z0-9_-]*|(?:weixin|wechat|wx|qq|tencent|tenpay)[_-]?(?:kf|service|support|help|gf|pay)[a-z0-9_-]*)/gi;
/** An id that starts with digits ("95017kefu"): only when it borrows an official number or name. */
const ID_DIGITS_FIRST = /(^|[^a-z0-9.@/_+-])(\d{3,}[_-]?[a-z][a-z0-9_-]*)/gi;
const PHONE_RE = new RegExp(`\\+?\\s?\\(?\\d[\\d\\s\\-().${H}]*\\d(?:\\s*(?:转|-)\\s*\\d{1,2}(?!\\d))?|\\d`, 'g');

/** Cuts a link where text glued to it begins: "https://kf.qq.com/或evil.cn" ends before 或. */
function cutLink(token: string): string {
  const start = token.indexOf('://') + 3;
  for (let i = Math.max(start, 1); i < token.length; i += 1) {
    const ch = token.charAt(i);
    const cjk = /[\u4e00-\u9fff]/.test(ch);
    if (!cjk) continue;
    const prev = token.charAt(i - 1);
    // A CJK label right after :// . or @ is an internationalised host; anywhere else it is text.
    if (i === start || prev === '.' || prev === '@' || /[\u4e00-\u9fff]/.test(prev)) {
      const slash = token.slice(start, i).search(/[/?#]/);
      if (slash < 0) continue;
    }
    return token.slice(0, i);
  }
  return token;
}

const TRAIL = /[.,;:!?'")\]}>，。；：！？、]+$/;

interface Span {
  start: number;
  end: number;
}

function blank(text: string, s: Span): string {
  return text.slice(0, s.start) + ' '.repeat(s.end - s.start) + text.slice(s.end);
}

/** A mixed label ("或evil") loses its CJK prefix: the host starts at the first Latin letter. */
function trimCjkPrefix(token: string): number {
  const m = /^[\u4e00-\u9fff]+(?=[a-z0-9])/i.exec(token);
  return m ? m[0].length : 0;
}

/** Digit runs that are amounts, dates, times, codes or long ids rather than phone numbers. */
function notAPhone(text: string, s: Span, digits: string): boolean {
  const before = text.slice(Math.max(0, s.start - 8), s.start);
  const after = text.slice(s.end, s.end + 3);
  if (/^\s*(元|块|万|千|百|rmb|cny|%|年|月|日|号楼|位|分钟|小时|天|次|个|笔|人)/i.test(after)) return true;
  if (/[¥￥$]\s*$/.test(before)) return true;
  if (/(验证码|校验码|动态码|确认码|code|尾号|订单号|单号|工单号|交易单号|卡号)\s*[:：是为]?\s*$/i.test(before)) return true;
  if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(text.slice(s.start, s.end).trim())) return true;
  return digits.length > 15;
}

/** Every contact in the marked text, in reading order. */
export function findContacts(marked: string, bare: boolean): Contact[] {
  const found: Contact[] = [];
  let work = marked;
  const lower = (): string => work.toLowerCase();
  const take = (re: RegExp, each: (m: RegExpExecArray, text: string) => void): void => {
    re.lastIndex = 0;
    const text = lower();
    for (let m = re.exec(text); m; m = re.exec(text)) each(m, text);
  };

  take(URL_RE, (m) => {
    const [, lead = '', link = ''] = m;
    const token = cutLink(link).replace(TRAIL, '');
    const start = m.index + lead.length;
    const s = { start, end: start + token.length };
    found.push(classifyAddress(marked.slice(s.start, s.end), s.start, s.end));
    work = blank(work, s);
  });
  take(EMAIL_RE, (m) => {
    const skip = trimCjkPrefix(m[0].replace(/^mailto:/i, '')) + (/^mailto:/i.test(m[0]) ? 7 : 0);
    const s = { start: m.index + skip, end: m.index + m[0].length };
    found.push(classifyEmail(marked.slice(s.start, s.end), s.start, s.end));
    work = blank(work, { start: m.index, end: s.end });
  });
  take(DOMAIN_RE, (m) => {
    const token = m[0].replace(TRAIL, '');
    const skip = trimCjkPrefix(token);
    const s = { start: m.index + skip, end: m.index + token.length };
    found.push(classifyAddress(marked.slice(s.start, s.end), s.start, s.end));
    work = blank(work, s);
  });
  take(WXID, (m) => {
    const s = { start: m.index, end: m.index + m[0].length };
    found.push(classifyAccount(marked.slice(s.start, s.end), false, s.start, s.end));
    work = blank(work, s);
  });
  take(ACCOUNT_LABELLED, (m) => {
    const [, label = '', suffix, separator = '', value = ''] = m;
    // An all-digit value needs an explicit "：" or "号" ("QQ：95017", "微信号 12345"): "微信 95017" may mean the phone line.
    if (/^[\d\uE000]+$/.test(value) && !/[:：是为]/.test(separator) && !suffix && !/号$/.test(label)) return;
    if (NAMES.some((n) => n.key === (label + value).replace(/\s/g, ''))) return; // "WeChat Pay" is a name
    if (/^(pay|id|app|official|team|support|help)$/i.test(value)) return;
    const start = m.index + m[0].length - value.length;
    const c = classifyAccount(marked.slice(start, start + value.length), true, m.index, start + value.length);
    found.push(c);
    work = blank(work, c);
  });
  take(ID_BRAND, (m) => {
    const [, lead = '', id = ''] = m;
    const start = m.index + lead.length;
    const s = { start, end: start + id.length };
    if (NAMES.some((n) => n.key === id.replace(/[-_]/g, ''))) return;
    found.push(classifyAccount(marked.slice(s.start, s.end), false, s.start, s.end));
    work = blank(work, s);
  });
  take(ID_DIGITS_FIRST, (m) => {
    const [, lead = '', id = ''] = m;
    const start = m.index + lead.length;
    const s = { start, end: start + id.length };
    const c = classifyAccount(marked.slice(s.start, s.end), false, s.start, s.end);
    if (c.kind !== 'lookalike') return;
    found.push(c);
    work = blank(work, s);
  });
  take(ID_WITH_DIGITS, (m) => {
    const [, lead = '', id = ''] = m;
    const start = m.index + lead.length;
    const s = { start, end: start + id.length };
    const letters = id.replace(/[^a-z]/g, '').length;
    const c = classifyAccount(marked.slice(s.start, s.end), false, s.start, s.end);
    // Short letter-digit words (mp4, 5g, ipad2) are not ids unless they borrow an official number or name.
    if (c.kind !== 'lookalike' && (id.length < 6 || letters < 2)) return;
    if (NAMES.some((n) => n.key === id)) return;
    found.push(c);
    work = blank(work, s);
  });

  // Official and line names, before numbers: the 110 in 腾讯110 is part of a name.
  const { names, consumed } = findNames(work, found);
  for (const c of names) {
    found.push(c);
    work = blank(work, c);
  }
  for (const span of consumed) work = blank(work, span);
  take(PHONE_RE, (m) => {
    const run = m[0];
    const lead = run.length - run.replace(/^\s+/, '').length;
    const whole = { start: m.index + lead, end: m.index + run.replace(/\s+$/, '').length };
    const text = marked.slice(whole.start, whole.end);
    for (const part of splitRun(text)) {
      const s = { start: whole.start + part.offset, end: whole.start + part.offset + part.text.length };
      const digits = part.text.replace(/\D/g, '');
      if (!digits) continue;
      if (notAPhone(work, s, digits)) continue;
      const c = classifyNumber(part.text, s.start, s.end);
      if (digits.length < 5 && !shortNumberCounts(c, work, s, bare)) continue;
      found.push(c);
      work = blank(work, s);
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

/** Short numbers count only when they are a known line (110) said as a number to call, or the paste is just that. */
function shortNumberCounts(c: Contact, work: string, s: Span, bare: boolean): boolean {
  if (c.kind !== 'government' && c.kind !== 'official' && c.kind !== 'lookalike') return false;
  return bare || saidAsNumberToCall(work, s);
}

/** "拨打 110", "110 报警": the number comes with a word for calling it. */
function saidAsNumberToCall(work: string, s: Span): boolean {
  return (
    /(打|拨|报警|电话|致电|联系|call|dial|热线)\s*$/i.test(work.slice(Math.max(0, s.start - 6), s.start)) ||
    /^\s*(报警|电话|热线)/.test(work.slice(s.end, s.end + 3))
  );
}

/** A piece of a run of digits, and where it starts in the run. */
interface RunPart {
  text: string;
  offset: number;
}

/** Kinds a whole run is read as, without splitting it. */
const WHOLE_RUN_KINDS: ReadonlySet<ContactKind> = new Set<ContactKind>(['official', 'government', 'personal']);

const digitCount = (text: string): number => text.replace(/\D/g, '').length;

/** A run of digits holds one number, or several separated by spaces when each part is a whole number on its own. */
function splitRun(run: string): RunPart[] {
  const one = [{ text: run, offset: 0 }];
  if (WHOLE_RUN_KINDS.has(classifyNumber(run).kind)) return one;
  const parts = wordsOf(run);
  const groups = parts.length > 2 ? spacedGroups(run, parts) : undefined;
  if (groups) return groups;
  // "00852 95017", "+852 95017": a country prefix in front belongs to the number.
  if (parts.length > 1 && /^(?:\+|00)\d{1,3}$/.test(parts[0]?.text ?? '')) return one;
  if (parts.length > 1 && separateNumbers(parts)) return parts;
  return one;
}

/** The space-separated words of a run, with their offsets. */
function wordsOf(run: string): RunPart[] {
  const parts: RunPart[] = [];
  const re = /\S+/g;
  for (let m = re.exec(run); m; m = re.exec(run)) parts.push({ text: m[0], offset: m.index });
  return parts;
}

/** Digits spaced one by one ("95017 1 3 8 …"): grouped into known numbers and mobiles, when they all fall into two or more. */
function spacedGroups(run: string, parts: RunPart[]): RunPart[] | undefined {
  const groups: RunPart[] = [];
  let acc: RunPart | undefined;
  for (const p of parts) {
    acc = acc ? { text: run.slice(acc.offset, p.offset + p.text.length), offset: acc.offset } : { ...p };
    if (closesGroup(acc.text)) {
      groups.push(acc);
      acc = undefined;
    }
  }
  return !acc && groups.length > 1 ? groups : undefined;
}

/** The digits so far make a known number or a mobile. */
function closesGroup(text: string): boolean {
  const d = text.replace(/\D/g, '');
  const c = classifyNumber(text);
  return (c.kind === 'official' || c.kind === 'government' || /^1[3-9]\d{9}$/.test(d)) && d.length >= 5;
}

/** Every part is long enough to be a number, and one at least is a number on its own. */
function separateNumbers(parts: RunPart[]): boolean {
  return parts.every((p) => digitCount(p.text) >= 5) && parts.some(standalone);
}

function standalone(p: RunPart): boolean {
  return classifyNumber(p.text).kind !== 'unknown' || digitCount(p.text) >= 7;
}

/** Official and line names in a message, with what follows them ("腾讯客服中心" is another name). */
function findNames(marked: string, taken: Contact[]): { names: Contact[]; consumed: Span[] } {
  const out: Contact[] = [];
  const consumed: Span[] = [];
  const used: Span[] = taken.map((c) => ({ start: c.start, end: c.end }));
  const overlaps = (s: Span): boolean => used.some((u) => s.start < u.end && u.start < s.end);
  for (const n of NAMES) {
    const chars = [...n.name.replace(/\s+/g, '')].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp(chars.join(`[\\s${H}·・.\\-"'“”「」]*`), 'gi');
    for (let m = re.exec(marked); m; m = re.exec(marked)) {
      const s = { start: m.index, end: m.index + m[0].length };
      if (overlaps(s)) continue;
      used.push(s);
      const next = marked.slice(s.end, s.end + 6).toLowerCase();
      const hidden = m[0].includes(H) || marked[s.start - 1] === H || marked[s.end] === H;
      // "腾讯客服中心", "微信支付退款专员": another name. In a message it is a claim (see CLAIM), not a contact.
      if (/^[\s"'“”」]*(官方)?(退款|理赔|赔付|专员|专线|热线|售后|vip|中心|安全中心|客服中心)/.test(next)) {
        consumed.push(s);
        continue;
      }
      out.push(classifyName(m[0], hidden, s.start, s.end));
    }
  }
  return { names: out, consumed };
}

// ---- signals ------------------------------------------------------------------------

/** Words that turn a phrase into a warning rather than a request, when they come before it in its clause. */
const NEGATION =
  /停止|不再|拒绝|不把|不发|不给|不(?:告诉|告知|透露|泄露|提供|转发|分享|共享|转账|汇款|下载|安装|点击|输入)|\bstop\b|不会|不要|不能|不可|不得|不用|不需要?|不必|无需|无须|绝不|从不|从来不|切勿|请勿|勿|别(?!人|的|处|名)|禁止|谨防|警惕|小心|防范|提防|以防|严禁|never|don't|do not|won't|will not|not\s|beware|no one/i;
/** Stopping a share, or a share that is already on, is advice about it, not a request for it. */
const NEGATION_SCREEN = new RegExp(`${NEGATION.source}|结束|关闭|退出|关掉|如果开着|若开着|如果正在|如果已经|开着`, 'i');
/** A phrase naming a kind of scam ("刷单返利诈骗"), or a "never" statement after it ("公检法不会要求转账"). */
const NAMING_AFTER = /^.{0,20}(诈骗|骗局|骗子|套路|陷阱|scam|fraud)|^.{0,6}(不会|绝不|从不|never|will not|won't)/i;

/**
 * Reassurance that carries a negation of its own: 「绝不是骗子」「放心不会骗你」「没有风险」「不用担心」「不收任何费用」
 * 「this is not a scam」「don't worry」. Scammers put it right before a request ("绝不是骗子请把验证码发我");
 * its negation is about itself, never about the request, so it ends a clause.
 */
const REASSURANCE = new RegExp(
  [
    '(?:不|没|并非|绝非|决非|哪|哪里|怎么会|怎会|怎么可能|才不)(?:会|可能)?(?:是|有)?\\s*(?:什么)?(?:骗子|诈骗|骗局|骗人|坏人|假的|假客服|套路|陷阱|病毒)(?:电话|短信|信息|网站|链接|软件|的|啦|哦|呢|啊)*',
    '(?:不|没)(?:会|要|想)?\\s*(?:骗|害|坑|为难|伤害|耽误|打扰|占用)(?:到)?(?:你|您)(?:们)?(?:的)?(?:时间|太多时间|太久)?(?:的|啦|哦|呢|啊)?',
    '(?:不|没)(?:会|要)?(?:让|叫)(?:你|您)(?:们)?(?:吃亏|上当|受骗|损失|亏|破费|为难|失望)(?:的|啦|哦|呢|啊)?',
    '(?:谨防|警惕|小心|防范|提防|谨慎)\\s*(?:电信|网络)*(?:诈骗|骗子|骗局|上当|受骗|被骗)(?:分子)?',
    '(?:请勿|切勿|不要|勿|千万不要|千万别|别)\\s*(?:泄露|泄漏|透露|告诉|转告|告知|转发|外传)(?:给)?(?:他人|任何人|别人|陌生人)',
    '(?:别|不要|不用|不需要|无需|无须|不必|勿|请勿|没必要)\\s*(?:太|过于|那么)?(?:担心|害怕|怕|紧张|慌张?|着急|急|焦虑|犹豫|多想|顾虑|客气|见外|误会)(?:的|啦|哦|呢|啊)?',
    '(?:没有|没|无|不会有|不存在|零)\\s*(?:任何)?\\s*(?:风险|危险|损失|影响|后果)(?:的|啦|哦|呢|啊)?',
    '(?:不会|不|绝不|决不|不用|无需|不需要|不要)\\s*(?:扣|收|收取|花|要)(?:你|您)?(?:的)?(?:任何|一分)?(?:钱|费用?|手续费)(?:的|啦|哦|呢|啊)?',
    '(?:不会|不)\\s*(?:泄露|泄漏|外泄|公开)(?:你|您)的?(?:信息|隐私|资料|个人信息)',
    '(?:不会|不)\\s*(?:冻结|封|封停|注销|停用|影响)(?:你|您)的?(?:账户|账号|帐号|帐户|微信|信用|征信)?',
    '(?:不会|没)有?(?:人|任何人|别人)(?:会)?(?:知道|发现)(?:的|啦|哦|呢|啊)?',
    "(?:this|it|that)\\s*(?:is|'s)\\s*not\\s*(?:a\\s*)?(?:scam|fraud|trick|fake)|(?:this|it|that)\\s*isn'?t\\s*(?:a\\s*)?(?:scam|fraud|trick|fake)",
    "(?:i|we)\\s*(?:am|are|'m|'re)\\s*not\\s*(?:a\\s*)?(?:scammers?|fraudsters?|fake)|not\\s*a\\s*scam(?:mer)?",
    "(?:never|not|won'?t|wouldn'?t|don'?t|do\\s*not)\\s*(?:scam|cheat|trick|hurt|lie\\s*to|charge)\\s*(?:you|customers|anyone|people|users)?",
    "(?:don'?t|do\\s*not|no\\s*need\\s*to)\\s*(?:worry|panic|be\\s*(?:afraid|scared|worried))|no\\s*(?:risk|worries|charge|fee)s?|nothing\\s*to\\s*worry\\s*about",
  ].join('|'),
  'gi',
);

/** Where a request to the reader starts: text before it (a negation, a reassurance) does not reach what follows. */
const REQUEST_START = /请(?![求假教])|麻烦|烦请|劳烦|拜托|只能|只可以|please|kindly/gi;
/** The phrase names what others ask for ("请你提供验证码的人"): a description, whoever says 请. */
/** "…告诉任何人除了我": the exception is the request. */
const EXCEPT_ME = /^[^，,。]{0,12}(?:除了?我|只能?(?:告诉|发给|给)我)|^[^,.]{0,30}\bexcept\s*(?:me|us)\b/i;
const DESCRIBED_AFTER = /^[^，,。]{0,12}的(?:人|电话|来电|短信|信息|消息|要求|请求|链接|客服|陌生人|网友|话|都|一律)/;

/** What a negation before a phrase may reach: the text after the last reassurance or request start. */
function negationScope(before: string): string {
  // 申请 and 邀请 hold a 请 that starts nothing (no lookbehind: older iOS JavaScriptCore lacks it).
  const parts = before
    .replace(/[申邀]请/g, '  ')
    .replace(REASSURANCE, '\u0000')
    .split(REQUEST_START)
    .join('\u0000')
    .split('\u0000');
  return parts[parts.length - 1] ?? before;
}

/** The text before the phrase negates it: a negation within its scope (or anywhere, for a description). */
function negatedBefore(before: string, after: string, negation: RegExp): boolean {
  return negation.test(DESCRIBED_AFTER.test(after) ? before : negationScope(before));
}

function clausesOf(text: string): string[] {
  return text
    .replace(REASSURANCE, '，')
    .split(/[，,。!！?？;；\n\r]+|\.(?=\s|[\u0080-\uffff]|$)|(?:但是|但|不过|然而|however|but)\s*/i)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** The phrase occurs in the window as a request: not after a negation, not naming a scam. */
function positive(window: string, phrase: RegExp, verb?: RegExp, negation: RegExp = NEGATION): boolean {
  const re = new RegExp(phrase.source, phrase.flags.includes('g') ? phrase.flags : `${phrase.flags}g`);
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const before = window.slice(0, m.index);
    const after = window.slice(m.index + m[0].length);
    // A negation before the phrase, or inside a request built around it ("请立即停止转账"), also one that runs into it ("不需要转账").
    const negated = negatedBefore(before + m[0], after, negation) || negation.test(m[0]);
    if (negated && !EXCEPT_ME.test(after)) continue;
    if (NAMING_AFTER.test(after)) continue;
    if (verb && !verb.test(window)) continue;
    return true;
  }
  return false;
}

const ASK_VERB =
  /告诉|告知|发给|发送|发我|发一下|发过来|提供|报给|报一下|报出|报下|念|读一下|说出|说一下|给我|截图|转发|回复|多少|是什么|(?:请|麻烦|需要你|你需要|您需要)[^,，。]{0,12}(?:输入|填写|填入|填一下)|share|send|tell|give|read|forward|provide|reply|what is|(?:please|you\s*need\s*to)\s*(?:enter|type)/i;
const CODE =
  /验证码|校验码|动态码|短信码|确认码|授权码|安全码|verification\s*code|sms\s*code|\bcode\b|\botp\b|(?:收到|短信)[^，。]{0,10}(?:\d|[一二三四五六七八两])\s*位|(?:\d|[一二三四五六七八两])\s*位(?:数字|数|验证|的码)/i;
/** A password asked for; changing, resetting or recovering one is not ("找回密码", "新密码"). */
const PASSWORD = /(?:支付|登录|银行卡|取款|账户|帐户|账号|帐号|交易|网银|微信)?密码(?!找回)|password|passcode|\bpin\b|口令/i;
const PASSWORD_ACTION = /(?:找回|修改|设置|设一个|设个|重置|忘记|忘了|更改|改)[^,，。]{0,4}密码|新密码|改密/gi;
const SCREEN = /屏幕共享|共享屏幕|开启共享|共享桌面|录屏|会议号|腾讯会议|钉钉会议|zoom|screen\s*shar|share\s*(?:your\s*)?screen/i;
const DOWNLOAD =
  /(?:下载|安装|装一个|装个|download|install)[^，。]{0,14}(?:app|软件|客户端|apk|安心盾|平台|程序|应用)|安心盾|云视讯|teamviewer|todesk|向日葵|anydesk|远程控制|远程协助|remote\s*(?:control|access)/i;
const TRANSFER_STRONG = /安全账户|保证金|解冻费|解冻金|激活费|验资|垫付|刷流水|认证费|safe\s*account|unfreez\w*\s*fee/i;
/** A transfer asked for: an imperative right before it, or a transfer to an account someone gives. */
const TRANSFER =
  /(?:请|需要|需|必须|马上|立即|立刻|尽快|要求你?|让你|叫你|麻烦|按)\s*[^,，。]{0,10}(?:转账|汇款|打款|转到|转入|转给|充值|缴纳|交钱|付款)|先\s*[^,，。]{0,3}(?:转账|汇款|打款|转到|转入|转给|充值|缴纳|交钱|付款)|(?:转账|汇款|打款|转|付款)\s*[\d.,万千百元块]*\s*(?:到|至|给|进)\s*(?:我|以下|下面|这个|指定|新的?|安全)|(?:帮我|替我|给我)\s*转|(?:you\s*(?:need|must)\s*(?:to)?|please)\s*(?:\w+\s*){0,3}(?:transfer|wire|pay)|(?:transfer|wire)\s*(?:\w+\s*){0,3}to\s*(?:my|this|a\s*safe|the\s*following)/i;
const REFUND = /退款|理赔|赔偿|赔付|退费|补偿|refund|compensat/i;
const OFFER =
  /为您|给您|帮您|帮你|给你|为你|替你|双倍|三倍|加倍|全额|主动|专员|领取|丢失|破损|质量问题|订单异常|[我你您]的(?:订单|快递|包裹|商品|货)|you\s*(?:are|will)|your\s*(?:order|parcel)|we\s*will/i;
const INSURANCE = /百万保障|百万医疗|百万保险|百万安全保障|million[-\s]*(?:yuan\s*)?(?:guarantee|protection)/i;
const INSURANCE_ACT = /取消|关闭|续费|续保|扣费|扣款|到期|收费|退订|升级|会员|cancel|renew|charge|fee|expire/i;
const INVESTIGATION =
  /配合调查|协助调查|配合警方|涉嫌(?:洗钱|违规|违法|犯罪|诈骗|非法|涉案)|涉案|通缉|逮捕|拘捕|冻结令|资产冻结|清查|资金核查|洗钱|investigation|money\s*laundering|arrest\s*warrant/i;
const TASK = /刷单|返利|返现|做任务|点赞赚|日赚|日结|兼职[^，。]{0,8}(?:佣金|提成|赚)|高额回报|稳赚|带你赚|投资群|理财群|task\s*scam|easy\s*money/i;
const SECRECY =
  /(?:不要|别|不能|不许|不准|千万别)(?:告诉|让|跟|和)(?:家人|家里人|亲友|亲人|朋友|银行|警察|民警|子女)|不要挂(?:断)?电话|别挂电话|严格保密|注意保密|保密协议|don'?t\s*tell\s*(?:your\s*family|the\s*bank|police|anyone)/i;
const THREAT =
  /(?:账户|账号|帐号|微信|支付)[^,，。]{0,6}(?:异常|违规|被冻结|已冻结|被封|封号|将被注销|停用|受限|存在风险)|将(?:被)?(?:冻结|封|注销|扣费|扣款|停用|起诉)|扣费|扣款|逾期|征信|法律责任|起诉|suspend|will\s*be\s*(?:frozen|closed|charged)/i;
const URGENCY =
  /立即|马上|立刻|尽快|赶紧|限时|(?:请|务必|须|需)在?\s*\d+\s*小时内|\d+\s*小时内(?:处理|完成|联系|回复|办理|解除|缴纳|转账)|今天内|今日内|否则|最后期限|过期作废|urgent|immediately|right\s*now|asap|within\s*\d+\s*hours/i;
/** Claims to be WeChat/Tencent support, an official, or the police. */
const CLAIM =
  /(?:微信|腾讯|财付通|微信支付|wechat|tencent|tenpay)\s*(?:官方)?\s*(?:客服|团队|官方|工作人员|专员|人员|support|team|staff|official|customer\s*service)|官方客服|客服专员|客服中心|理赔专员|售后专员|(?:我是|我们是|这里是|本人是|这边是)[^，。]{0,10}(?:客服|民警|警察|警官|公安|检察官|法官|银行|官方|工作人员|专员)|(?:公安局|派出所|检察院|法院|反诈中心)的?(?:民警|警官|工作人员)|(?:95017|4006700700)\s*客服|^\s*【(?:微信|腾讯|财付通|微信支付)[^】]{0,8}】|(?:i\s*am|we\s*are|this\s*is)\s*(?:from\s*)?(?:wechat|tencent)/i;
const CALL =
  /来电|打来|(?:给你|给您|向你|向您|给我|向我)(?:打电话|打了电话|致电|来电)|打电话给(?:你|您|我)|打给我|电话通知|来电显示|called\s*(?:you|me)|calling\s*(?:you|me)|call\s*from|incoming\s*call/i;
const IS_12381 = /^\s*[【[(（]?\s*12381|来自\s*12381|12381\s*(?:预警|提醒|短信|发来|的短信)/;

function any(windows: string[], phrase: RegExp, verb?: RegExp): boolean {
  return windows.some((w) => positive(w, phrase, verb));
}

/** A request: the phrase and a verb of asking, each not negated, in one clause or two adjacent ones. */
function asks(clauses: string[], phrase: RegExp, verb: RegExp): boolean {
  return clauses.some((here, i) => pairAsks(here, clauses[i + 1] ?? '', phrase, verb));
}

/** Both in the same clause, or the phrase first and the asking right after ("验证码，发我"). */
function pairAsks(here: string, next: string, phrase: RegExp, verb: RegExp): boolean {
  if (positive(here, phrase) && (positive(here, verb) || positive(next, verb))) return true;
  return positive(next, phrase) && positive(next, verb);
}

/** A verdict on what came before it in the sentence: "…的，都是诈骗", "一律拒绝", "可能是伪造来电". */
const VERDICT =
  /(?:都|就|一定|肯定|全|全都|多半|可能)?是(?:诈骗|骗子|骗局|危险信号|假的|伪造)|一律拒绝|都不可信|不可信|要警惕|要当心|are\s*(?:all\s*)?scams?|is\s*a\s*scam|is\s*fake/i;
const NOT_VERDICT = /(?:不|并非|并不|绝不|决不)是(?:诈骗|骗子|骗局|假的)|isn't\s*a\s*scam|is\s*not\s*a\s*scam|not\s*fake/i;
/** A sentence about what others do ("有人打电话说…", "骗子会…", "常见说法："): a description, not a request. */
const THIRD_PARTY_START =
  /^\s*(?:有人|别人|骗子|盗号者|坏人|不法分子|陌生人|凡是|任何(?:人|自称|单位|机构|组织|客服|官方|陌生|来电|电话|短信|要求|情况|时候|理由|一个|平台)|常见说法|常见话术|如果有人|若有人|假如有人|万一有人|对方(?:会|能)|说要|scammers?\b|someone\b|anyone\b|if\s+someone)/i;
const THIRD_PARTY_ANY = /骗子(?:会|还会|常|通常)|盗号者会|坏人会|对方(?:能|会)看到|scammers?\s*(?:will|often|may|spoof)/i;
const TO_READER = /^\s*(?:请|您|你需要|麻烦|please|you\s*(?:need|must))/i;

/**
 * The text with descriptive clauses blanked (same length): clauses before a verdict in their
 * sentence, and sentences about what others do, up to a clause that turns to the reader ("请…").
 * Warnings such as this app's own ("让你提供验证码的，都是骗子") then ask for nothing.
 */
export function activeText(text: string): string {
  const out = sentencesOf(text).map(activeSentence).join('');
  return out.length === text.length ? out : text;
}

/** Sentences end at 。！？; or a newline, and at a full stop not followed by more of a word or address. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    current += text[i];
    if (endsSentence(text, i)) {
      sentences.push(current);
      current = '';
    }
  }
  if (current) sentences.push(current);
  return sentences;
}

/** The character at i ends a sentence, and no more sentence punctuation follows it. */
function endsSentence(text: string, i: number): boolean {
  const ch = text.charAt(i);
  const next = text.charAt(i + 1);
  const ends = /[。！？!?\n；;]/.test(ch) || (ch === '.' && !/[\x21-\x7e]/.test(next));
  return ends && !/[。！？!?\n；;.]/.test(next);
}

/** One sentence, its descriptive clauses blanked (same length). */
function activeSentence(sentence: string): string {
  const parts = sentence.match(/[^，,]+[，,]*/g) ?? [sentence];
  const verdictAt = lastVerdict(parts);
  let describing = THIRD_PARTY_START.test(sentence) || THIRD_PARTY_ANY.test(sentence);
  let out = '';
  parts.forEach((p, i) => {
    if (describing && i > 0 && TO_READER.test(p)) describing = false;
    if (describing || i < verdictAt) out += blankText(p);
    else out += i === verdictAt ? blankToVerdict(p) : p;
  });
  return out;
}

const blankText = (p: string): string => p.replace(/[^，,。！？!?\n；;]/g, ' ');

/** A clause with its verdict: blanked up to the end of its last verdict; a request after it still counts ("…都是骗子请把验证码发我"). */
function blankToVerdict(p: string): string {
  const re = new RegExp(VERDICT.source, 'gi');
  let end = 0;
  for (let m = re.exec(p); m; m = re.exec(p)) end = m.index + Math.max(m[0].length, 1);
  return blankText(p.slice(0, end)) + p.slice(end);
}

/** The index of the last clause that gives a verdict ("…都是骗子"), or -1. */
function lastVerdict(parts: string[]): number {
  let verdictAt = -1;
  parts.forEach((p, i) => {
    const said = p.replace(REASSURANCE, ' ');
    if (VERDICT.test(said) && !NOT_VERDICT.test(said)) verdictAt = i;
  });
  return verdictAt;
}

/** The risk signals of a text (contacts classified separately). */
export function textSignals(text: string): SignalId[] {
  const lower = activeText(text.toLowerCase());
  const clauses = clausesOf(lower);
  const out: SignalId[] = [];
  const add = (id: SignalId, yes: boolean): void => {
    if (yes) out.push(id);
  };
  add('asks-code', asks(clauses, CODE, ASK_VERB));
  add(
    'asks-password',
    asks(
      clauses.map((c) => c.replace(PASSWORD_ACTION, ' ')),
      PASSWORD,
      ASK_VERB,
    ),
  );
  add(
    'screen-share',
    clauses.some((c) => positive(c, SCREEN, undefined, NEGATION_SCREEN)),
  );
  // The government's own app is the one download advice may name.
  const GOV_APP =
    /(?:下载|安装)\s*(?:“|"|「)?国家反诈中心(?:”|"|」)?\s*(?:app|客户端|应用)?|(?:search\s*for\s*)?国家反诈中心\s*in\s*your\s*phone\S*\s*app\s*store/gi;
  add(
    'app-download',
    clauses.some((c) => positive(c.replace(GOV_APP, ' '), DOWNLOAD)),
  );
  add('asks-transfer', any(clauses, TRANSFER_STRONG) || any(clauses, TRANSFER));
  add('refund-offer', any(clauses, REFUND, OFFER));
  add('insurance-renewal', asks(clauses, INSURANCE, INSURANCE_ACT));
  add('investigation', any(clauses, INVESTIGATION));
  add('task-scam', any(clauses, TASK));
  add('secrecy', SECRECY.test(lower));
  add('threat', any(clauses, THREAT));
  add('urgency', any(clauses, URGENCY));
  return out;
}

/** A claim to be WeChat/Tencent support or an official, not inside a "never" statement. */
function claims(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = new RegExp(CLAIM.source, 'gi');
  const lower = text.toLowerCase();
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const clauseStart = Math.max(lower.lastIndexOf('，', m.index), lower.lastIndexOf('。', m.index), lower.lastIndexOf(',', m.index), 0);
    const before = lower.slice(clauseStart, m.index);
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (NEGATION.test(negationScope(before)) || /^.{0,4}(不会|绝不|从不|从来不|never|will\s*not|won't|does\s*not|do\s*not)/.test(after)) continue;
    if (/^.{0,6}(诈骗|骗局|骗子|scam|fraud)/.test(after) || /(?:冒充|假冒)\s*[“"「]?\s*$/.test(before) || /impersonat\w*\s*$/.test(before)) continue;
    // An official name used in an instruction ("打开腾讯客服小程序", "拨打微信支付客服 95017") is not a claim.
    if (
      /(打开|搜索|关注|进入|前往|通过|联系|拨打|致电|找|用|在)\s*[「“"']?\s*$/.test(before) ||
      /^\s*[」”"']?\s*(小程序|公众号|mini\s*program|official\s*account)/.test(after)
    )
      continue;
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return out;
}

const FILLER =
  /或者|或|以及|和|及|\bor\b|\band\b|电话号码|客服电话|电话|号码|手机号?|热线|网址|网站|链接|地址|邮箱|公众号|小程序|账号|帐号|微信号|qq号|tel|phone|email|e-mail|site|website|mailto|[\s:：,，、;；.。"'“”‘’「」『』《》【】()（）[\]<>\-–—/|~～*#+]/gi;

const unlisted = (k: ContactKind): boolean => k === 'unknown' || k === 'foreign' || k === 'personal' || k === 'lookalike';

/** What every answer carries about the paste's length. */
type LengthInfo = Pick<Check, 'length' | 'checked' | 'truncated'>;

/** The marked text without the given contacts, hidden characters and filler words: '' when the contacts are all there is. */
function residualOf(marked: string, cs: Contact[]): string {
  let rest = marked;
  for (const c of cs) rest = blank(rest, c);
  return rest.split(H).join('').replace(FILLER, '');
}

function contactCheck(c: Contact, base: LengthInfo): Check {
  return { question: 'contact', outcome: c.kind, contact: c, contacts: [c], signals: [], ...base };
}

/** A name and nothing else (an account, mini program or caller name): the whole paste is the name. */
function nameAnswer(n: Normalised, contacts: Contact[], base: LengthInfo): Check | undefined {
  const trimmed = n.marked.trim();
  if (!contacts.every((c) => c.type === 'name') || !nameLike(trimmed) || textSignals(n.text).length !== 0) return undefined;
  const c = classifyName(trimmed, n.hidden, 0, n.marked.length);
  return c.kind !== 'unknown' || /微信|腾讯|wechat|tencent/i.test(trimmed) ? contactCheck(c, base) : undefined;
}

/** One contact and nothing else: "what is this contact?" Hidden characters anywhere make it a look-alike. */
function oneContactAnswer(n: Normalised, contacts: Contact[], residual: string, base: LengthInfo): Check | undefined {
  if (contacts.length !== 1 || residual !== '') return undefined;
  const [only] = contacts;
  if (!only) return undefined;
  const one: Contact = n.hidden ? { ...only, kind: 'lookalike', reasons: ['hidden-characters'] } : only;
  return contactCheck(one, base);
}

/** What a message holds, for the rules that add strong signs. */
interface MessageFacts {
  text: string;
  marked: string;
  all: Contact[];
  official: Contact[];
  others: Contact[];
  claimSpans: Span[];
  signals: SignalId[];
  /** The contacts are all there is. */
  bare: boolean;
  from12381: boolean;
}

const SENTENCE_MARKS = ['。', '！', '？', '!', '?', '\n', '；', ';'];

/** The sentence a contact stands in. */
function sentenceOf(marked: string, c: Contact): string {
  const from = Math.max(...SENTENCE_MARKS.map((p) => marked.lastIndexOf(p, c.start)));
  const ends = SENTENCE_MARKS.map((p) => marked.indexOf(p, c.end)).filter((i) => i >= 0);
  return marked.slice(from + 1, ends.length ? Math.min(...ends) : marked.length);
}

/** The text itself names the contact as a fake ("骗子会伪造来电显示 +864006700700"). */
function namedFake(marked: string, c: Contact): boolean {
  return /伪造|仿冒|冒充|假的|骗子|spoof|fake|scammer/i.test(sentenceOf(marked, c));
}

/** The claim is about an unlisted contact when no official contact is given, or the contact nearest the claim is unlisted. */
function claimIsAboutUnlisted(f: MessageFacts): boolean {
  if (!f.official.length) return true;
  const nearest = f.claimSpans.map((s) => nearestContact(f.all, s)).filter((c): c is Contact => c !== undefined);
  return nearest.some((c) => unlisted(c.kind));
}

const not12381Lines = (c: Contact): boolean => c.line !== 'warning-12381' && c.line !== 'police-110' && c.line !== 'anti-fraud-96110';

/** The strong signs a message's contacts and claims add, each with its rule, in the order they are checked. */
const STRONG_RULES: ReadonlyArray<[SignalId, (f: MessageFacts) => boolean]> = [
  // A look-alike counts unless the text itself names it as a fake.
  ['lookalike-contact', (f) => f.all.some((c) => c.kind === 'lookalike' && !namedFake(f.marked, c))],
  [
    'official-plus-personal',
    (f) => f.official.length > 0 && f.others.some((c) => c.kind === 'personal' || c.kind === 'lookalike') && (f.bare || f.claimSpans.length > 0),
  ],
  ['impersonation', (f) => f.claimSpans.length > 0 && f.others.length > 0 && claimIsAboutUnlisted(f)],
  ['unsolicited-call', (f) => f.claimSpans.length > 0 && CALL.test(f.text.toLowerCase())],
  ['impersonation-threat', (f) => f.claimSpans.length > 0 && f.signals.includes('threat')],
  ['fake-12381', (f) => f.from12381 && f.all.some(not12381Lines)],
];

/** Sent by 12381: its number heads the text ("【12381】…") or the text says it came from it. */
function sentBy12381(text: string, all: Contact[]): boolean {
  return IS_12381.test(text) && all.some((c) => c.line === 'warning-12381');
}

/** A real 12381 warning names scams ("刷单返利诈骗") and asks nothing; one strong sign makes it fake. */
function messageOutcome(f: MessageFacts): MessageOutcome {
  const isStrong = f.signals.some((s) => STRONG.has(s));
  if (f.from12381 && !isStrong) return 'warning-12381';
  if (isStrong) return 'scam';
  if (f.official.length && !f.others.length) return 'contains-official';
  if (f.signals.length) return 'caution';
  return f.all.length ? 'unverified' : 'no-signs';
}

const SIGNAL_ORDER = [...STRONG, 'threat', 'urgency'] as SignalId[];

/** "Is this message a scam?" In a message, short numbers count only when said as numbers to call. */
function messageCheck(n: Normalised, contacts: Contact[], residual: string, base: LengthInfo): Check {
  const marked = n.marked;
  const all = findContacts(marked, contacts.length > 1 && residual === '');
  const f: MessageFacts = {
    text: n.text,
    marked,
    all,
    official: all.filter((c) => isReassuring(c.kind)),
    others: all.filter((c) => unlisted(c.kind)),
    claimSpans: claims(activeText(marked)),
    signals: textSignals(n.text),
    bare: residualOf(marked, all) === '',
    from12381: sentBy12381(n.text, all),
  };
  for (const [id, applies] of STRONG_RULES) {
    if (applies(f) && !f.signals.includes(id)) f.signals.push(id);
  }
  const outcome = messageOutcome(f);
  return {
    question: 'message',
    outcome,
    contacts: all,
    signals: outcome === 'warning-12381' ? [] : SIGNAL_ORDER.filter((s) => f.signals.includes(s)),
    ...base,
  };
}

/** Reads a paste and answers the question it asks. */
export function check(raw: string): Check {
  const n = normalise(raw);
  const base = { length: n.length, checked: Math.min(n.length, MAX_CHARS), truncated: n.truncated };
  if (!n.text.trim()) return { question: 'empty', outcome: 'empty', contacts: [], signals: [], ...base };
  // Contacts first, then the official and line names that are not part of one.
  const contacts = findContacts(n.marked, true);
  const residual = residualOf(n.marked, contacts);
  return nameAnswer(n, contacts, base) ?? oneContactAnswer(n, contacts, residual, base) ?? messageCheck(n, contacts, residual, base);
}

/** The contact a claim speaks of: the first one after it (within 24 characters), else the last one before it. */
function nearestContact(all: Contact[], claim: Span): Contact | undefined {
  const apart = all.filter((c) => c.end <= claim.start || c.start >= claim.end);
  const after = apart.filter((c) => c.start >= claim.end && c.start - claim.end <= 24);
  if (after.length) return after[0];
  const before = apart.filter((c) => c.end <= claim.start && claim.start - c.end <= 24);
  return before.length ? before[before.length - 1] : undefined;
}

/** Short, no sentence punctuation, no words of a sentence: an account, mini program or caller name. */
function nameLike(text: string): boolean {
  const plain = text.split(H).join('');
  if (plain.length === 0 || plain.length > (/[\u4e00-\u9fff]/.test(plain) ? 24 : 40)) return false;
  if (/[，。！？!?；;:：,、()（）\n]/.test(plain)) return false;
  return !/[我你您他她怎吗呢请让要把给被在说的用]|打开|搜索|点击|拨打|联系|下载|选择|认准|找到|进入|关注|或者/.test(plain);
}
