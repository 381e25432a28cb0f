/**
 * "What is this contact?": one phone number, address, mailbox, account id or
 * name, classified against the data: an official WeChat/Tencent contact, a
 * government line, an official Tencent domain that is not a listed address,
 * a look-alike, a personal contact, a foreign number, or unknown. Never "safe"
 * unless the data lists it. Works on text already read by normalise().
 */
import { CHANNELS } from '../data/channels';
import { LINES, LINE_BY_ID, LINE_NAME_NUMBERS } from '../data/lines';
import { Channel, ChannelId, LineId, Text } from '../types';
import { HIDDEN, percentDecode, skeleton, unicodeHost } from './normalise';

export type ContactType = 'phone' | 'address' | 'email' | 'account' | 'name';

export type ContactKind = 'official' | 'government' | 'official-domain' | 'lookalike' | 'personal' | 'foreign' | 'unknown';

/** Why a contact got its kind, in plain words (CONTACT_REASON). */
export type ContactReason =
  | 'listed'
  | 'wechat-400'
  | 'government-line'
  | 'line-number-unconfirmed'
  | 'tencent-domain'
  | 'other-tencent-domain'
  | 'unusual-port'
  | 'unusual-scheme'
  | 'brand-domain'
  | 'confusable-letters'
  | 'punycode'
  | 'user-info'
  | 'hidden-address'
  | 'hidden-characters'
  | 'odd-name'
  | 'fake-name'
  | 'foreign-prefix-official'
  | 'padded-official'
  | 'spoofed-400'
  | 'account-official-number'
  | 'brand-account'
  | 'brand-mailbox'
  | 'personal-mobile'
  | 'personal-mailbox'
  | 'personal-account'
  | 'foreign-number'
  | 'area-code-official'
  | 'sms-12110-local'
  | 'ip-address'
  | 'official-mail-domain'
  | 'not-listed';

export interface Contact {
  type: ContactType;
  kind: ContactKind;
  /** As recognised, normalised: digits, host, mailbox, account id or name. */
  shown: string;
  channel?: ChannelId;
  line?: LineId;
  reasons: ContactReason[];
  /** Where it was found in the marked text. */
  start: number;
  end: number;
}

export const CONTACT_REASON: Readonly<Record<ContactReason, Text>> = {
  listed: { zh: '在本小程序核对过来源的官方资料里。', en: 'It is in the official data this app checked.' },
  'wechat-400': {
    zh: '这是微信“关于微信”页面上印的客服电话（可信度中等）。请在自己手机上核对：我 → 设置 → 关于微信。这条热线从不打国际电话，也绝不会要验证码、密码或让你转账。',
    en: 'This is the customer service number printed on WeChat’s About WeChat screen (medium confidence). Check it on your phone: Me → Settings → About WeChat. This line never calls abroad and never asks for codes, passwords or transfers.',
  },
  'government-line': { zh: '这是政府部门的号码或网站。', en: 'This is a government number or site.' },
  'line-number-unconfirmed': {
    zh: '这是政府热线的号码，但据第三方资料它已并入 12381，现在是否还能打未确认。',
    en: 'This is a government hotline’s number, but a third-party source says it was folded into 12381; whether it still works is not confirmed.',
  },
  'tencent-domain': {
    zh: '在腾讯的官方域名下，但不是本小程序列出的客服网址。腾讯的网站上也有任何人都能发布的页面（公众号文章、腾讯文档、问卷），骗子也会用。',
    en: 'It is on an official Tencent domain but is not a customer-service address this app lists. Tencent sites also carry pages anyone can publish (articles, Tencent Docs, surveys), and scammers use them too.',
  },
  'other-tencent-domain': {
    zh: '这个域名可能属于腾讯，但本小程序的资料里没有用到它，无法确认。',
    en: 'This domain may belong to Tencent, but nothing in this app’s data uses it, so it cannot be confirmed.',
  },
  'unusual-port': {
    zh: '域名是腾讯官方的，但后面带了不常见的端口号（冒号后面的数字）。官方渠道不用这样的地址，请不要点开。',
    en: 'The domain is an official Tencent one, but it is followed by an unusual port number (the digits after the colon). The official channels do not use addresses like this, so do not open it.',
  },
  'unusual-scheme': {
    zh: '域名是腾讯官方的，但开头不是常见的 http:// 或 https://。官方渠道不用这样的地址，请不要点开。',
    en: 'The domain is an official Tencent one, but the address does not start with the usual http:// or https://. The official channels do not use addresses like this, so do not open it.',
  },
  'brand-domain': {
    zh: '这个网址冒用了“微信/腾讯/QQ/客服”的字样，但不是腾讯的官方域名。',
    en: 'This address borrows WeChat, Tencent, QQ or customer-service words but is not a Tencent domain.',
  },
  'confusable-letters': {
    zh: '网址里混有看起来像英文字母的其他文字（如俄文字母 а、о），是仿冒网址的常见手法。',
    en: 'The address mixes in letters from other alphabets that look like Latin ones (such as Cyrillic а, о): a common trick of fake addresses.',
  },
  punycode: {
    zh: '这是编码过的网址（xn-- 开头），解码后实际是：{host}。',
    en: 'This is an encoded address (starting xn--); decoded, it really reads: {host}.',
  },
  'user-info': {
    zh: '网址里“@”前面还夹着一段内容：浏览器会跳过它，真正打开的是“@”后面的网站。这是假网址的常见手法。',
    en: 'The address has something in front of an "@": browsers skip it and open the site after the "@". A common trick of fake links.',
  },
  'hidden-address': {
    zh: '网址开头是腾讯的，但里面还夹带了另一个网址（有时经过编码），点开后可能被转到别的网站。这是钓鱼链接的常见手法。',
    en: 'The link starts with a Tencent address but carries another address inside it (sometimes encoded), which can send you on to a different site. A common phishing trick.',
  },
  'hidden-characters': {
    zh: '里面藏着看不见的字符。它看起来和官方的一样，其实不是同一个；这是仿冒账号和号码的手法。',
    en: 'It hides invisible characters. It looks like the official one but is not the same: a trick of fake accounts and numbers.',
  },
  'odd-name': {
    zh: '名字里有官方名称，但多了别的字。官方公众号和小程序的名字只有本小程序列出的这几个，多一个字就不是同一个账号。',
    en: 'The name contains an official name with something added. Official accounts and mini programs have exactly the names listed here; one extra word makes it another account.',
  },
  'fake-name': {
    zh: '名字里带“微信/腾讯/客服/官方”，但不是官方公众号或小程序的名称。任何人都能给自己起这样的名字。',
    en: 'The name has WeChat, Tencent, customer service or official in it, but it is not the name of an official account or mini program. Anyone can call themselves that.',
  },
  'foreign-prefix-official': {
    zh: '官方短号码前面加了境外区号。真正的官方号码不会这样显示，这是伪造来电的手法。',
    en: 'An official short number with a foreign country code in front. The real number never shows like that: a caller-ID trick.',
  },
  'padded-official': {
    zh: '号码里含有官方号码，但前后多了数字，是另一个号码。骗子常用看起来像官方的号码。',
    en: 'The number contains an official one with extra digits: it is a different number. Scammers like numbers that look official.',
  },
  'spoofed-400': {
    zh: '微信安全中心提醒：骗子会伪造来电显示 +864006700700。微信的 400 热线从不打国际电话，也不会以账号违规为由要你提供密码、验证码或转账。',
    en: 'The WeChat Security Center warns that scammers spoof the caller ID +864006700700. WeChat’s 400 line never calls abroad and never asks for passwords, codes or transfers over account violations.',
  },
  'account-official-number': {
    zh: '这是用官方号码起名的聊天账号（微信号、QQ 号等），谁都能注册，不是官方电话。',
    en: 'This is a chat account (WeChat or QQ id) named after an official number; anyone can register one, and it is not the official phone line.',
  },
  'brand-account': {
    zh: '这是个人聊天账号，名字里带“客服/微信/腾讯”也不代表官方。官方客服不会加你好友。',
    en: 'This is a personal chat account; customer-service or WeChat words in it do not make it official. Official staff do not add you as a friend.',
  },
  'brand-mailbox': {
    zh: '这是 QQ 邮箱等个人邮箱，谁都能注册，名字里带“客服/微信”也不代表官方。官方客服邮箱只有本小程序列出的几个。',
    en: 'This is a personal mailbox (such as QQ Mail) that anyone can register; service or WeChat words in it do not make it official. The official support addresses are only the ones listed here.',
  },
  'personal-mobile': {
    zh: '这是个人手机号。微信/腾讯官方客服不会用个人手机号联系你；自称客服、官方或警察的个人号码就是骗子。',
    en: 'This is a personal mobile number. Official WeChat/Tencent staff never use personal mobiles; a personal number claiming to be customer service, officials or police is a scammer.',
  },
  'personal-mailbox': {
    zh: '这是个人邮箱，谁都能注册，不是官方客服邮箱。',
    en: 'This is a personal mailbox that anyone can register, not an official support address.',
  },
  'personal-account': {
    zh: '这是个人聊天账号，不是官方渠道。官方客服不会加你好友或让你加他。',
    en: 'This is a personal chat account, not an official channel. Official staff do not add you or ask you to add them.',
  },
  'foreign-number': {
    zh: '这是境外号码，不是中国的官方号码。单凭这一点不能说是诈骗；但自称微信客服、警察或银行的境外来电都是骗局。',
    en: 'This is a foreign number, not a Chinese official number. That alone does not make it a scam, but a foreign caller claiming to be WeChat support, police or a bank is a scam.',
  },
  'area-code-official': {
    zh: '号码是区号加官方短号码，不是本小程序列出的写法，无法确认。',
    en: 'An area code in front of an official short number: not the form this app lists, so it cannot be confirmed.',
  },
  'sms-12110-local': {
    zh: '这是 12110 短信报警号码加本地区号的写法，有的地方这样接入。',
    en: 'This is the 12110 SMS police number with a local area code added, as some places use it.',
  },
  'ip-address': {
    zh: '网址是一串数字（IP 地址），不是正规网站的写法，无法确认。',
    en: 'The address is a bare IP address, not how proper websites are written; it cannot be confirmed.',
  },
  'official-mail-domain': {
    zh: '邮箱在微信的域名下，但不是本小程序列出的客服邮箱，无法确认。',
    en: 'The mailbox is on WeChat’s domain but is not a support address this app lists; it cannot be confirmed.',
  },
  'not-listed': {
    zh: '不在本小程序核对过的官方资料里。这不代表一定是骗子，但请不要拨打或点开。',
    en: 'It is not in the official data this app checked. That does not prove a scam, but do not call or open it.',
  },
};

// ---- the data, as the matcher needs it --------------------------------------------

/** A phone number reduced to its national digits, with how it was written. */
export interface ParsedNumber {
  digits: string;
  /** Written with +86 / 0086 / 86. */
  china: boolean;
  /** Written with another country's prefix (+852 …, 001 …): all digits after the + or 00. */
  foreign: boolean;
}

export function parseNumber(raw: string): ParsedNumber {
  const trimmed = raw.trim();
  const plus = trimmed.startsWith('+');
  let digits = trimmed.replace(/\D/g, '');
  let china = false;
  let foreign = false;
  if (digits.startsWith('0086')) {
    digits = digits.slice(4);
    china = true;
  } else if (plus && digits.startsWith('86')) {
    digits = digits.slice(2);
    china = true;
  } else if (plus) foreign = true;
  else if (digits.startsWith('00')) {
    digits = digits.slice(2);
    foreign = true;
  } else if (digits.startsWith('86') && digits.length >= 12) {
    digits = digits.slice(2);
    china = true;
  }
  if (!foreign) digits = digits.replace(/^0+/, '');
  return { digits, china, foreign };
}

interface Known {
  digits: string;
  channel?: ChannelId;
  line?: LineId;
}

/** Lines first: WeChat's 400 number is also on the phone card, and its line carries the check-it-yourself note. */
function knownNumbers(): Known[] {
  const out: Known[] = [];
  for (const l of LINES) if (l.number && l.number.known) out.push({ digits: parseNumber(l.number.value.dial).digits, line: l.id });
  for (const c of CHANNELS) {
    for (const f of [c.phone, c.phoneAbroad]) if (f && f.known) out.push({ digits: parseNumber(f.value.dial).digits, channel: c.id });
  }
  return out;
}
const NUMBERS = knownNumbers();
const numberFor = (digits: string): Known | undefined => NUMBERS.find((n) => n.digits === digits);
/** Official and government numbers of five digits or more: a longer number holding one is a look-alike. */
const LONG_OFFICIAL = NUMBERS.filter((n) => n.digits.length >= 5).map((n) => n.digits);
const SHORT_OFFICIAL = [...NUMBERS.map((n) => n.digits), ...Object.keys(LINE_NAME_NUMBERS)];

function hostOf(url: string): string {
  const [host = ''] = url.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/);
  return host.toLowerCase();
}
const withoutWww = (host: string): string => host.replace(/^www\./, '');

interface KnownHost {
  host: string;
  channel?: ChannelId;
  line?: LineId;
}
const HOSTS: KnownHost[] = [];
for (const c of CHANNELS) if (c.url && c.url.known) HOSTS.push({ host: withoutWww(hostOf(c.url.value)), channel: c.id });
for (const l of LINES) if (l.url && l.url.known) HOSTS.push({ host: withoutWww(hostOf(l.url.value)), line: l.id });
const EMAILS: Array<{ email: string; channel: ChannelId }> = [];
for (const c of CHANNELS) if (c.email && c.email.known) for (const email of c.email.value) EMAILS.push({ email: email.toLowerCase(), channel: c.id });

/** Tencent's registrable domains; addresses borrowing their words elsewhere are look-alikes. */
const TENCENT_DOMAINS = ['qq.com', 'wechat.com', 'weixin.com', 'tencent.com', 'tenpay.com', 'foxmail.com'];
/**
 * The Tencent domains the official data itself uses (listed addresses, the support email,
 * official sources). weixin.com, tencent.com and tenpay.com are Tencent's too, but nothing
 * in the data uses them, so they are not vouched for.
 */
export const OFFICIAL_DOMAINS: readonly string[] = ['qq.com', 'wechat.com'];
const PERSONAL_MAIL = ['qq.com', 'vip.qq.com', 'foxmail.com', '163.com', '126.com', 'sina.com', 'gmail.com', 'outlook.com', 'hotmail.com'];
const underDomain = (host: string, domains: readonly string[]): boolean => domains.some((d) => host === d || host.endsWith(`.${d}`));

/** Brand words in a Latin host or id (with 0 read as o and 1 as i or l, as look-alikes write them). */
const BRAND_LATIN = /weixin|wechat|weichat|wexin|tencent|tenpay|kefu|txkf|wxpay|(?:^|[.\-_])(?:wx|qq|kf)(?:[.\-_]|$|\d|kefu|pay)|qq(?:kefu|kf|pay|service)/;
const BRAND_CJK = /微信|腾讯|客服|财付通|支付|官方/;

function hasBrand(latin: string): boolean {
  const variants = [latin, latin.replace(/0/g, 'o').replace(/1/g, 'i'), latin.replace(/0/g, 'o').replace(/1/g, 'l')];
  return variants.some((v) => BRAND_LATIN.test(v)) || BRAND_CJK.test(latin);
}

// ---- names -----------------------------------------------------------------------

/** A name as compared: lower case, "centre" as "center", without spaces, quotes, brackets or punctuation. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/centre/g, 'center')
    .replace(/[\s"'“”‘’「」『』《》〈〉【】()（）[\]<>·•・.,，。、:：;；!！?？_~～/\\|*#\-\uE000]/g, '');
}

/** A name with the words people put around it taken off: "「腾讯卫士」小程序", "the WeChat Pay official account". */
export function bareNameKey(text: string): string {
  return nameKey(text)
    .replace(/^(?:the|公众号|小程序)/, '')
    .replace(/(?:官方)?(?:公众号|小程序|服务号|订阅号|账号|帐号)$|(?:official)?(?:account|miniprogram|miniapp)$/, '');
}

interface KnownName {
  name: string;
  key: string;
  channel?: ChannelId;
  line?: LineId;
}

/** The names of the lines' apps and accounts (from their own data: the line's name and notes). */
export const LINE_NAMES: ReadonlyArray<{ name: string; line: LineId }> = [
  { name: '国家反诈中心', line: 'anti-fraud-app' },
  { name: '12321受理中心', line: 'spam-12321' },
];

const knownName = (name: string, ids: { channel?: ChannelId; line?: LineId }): KnownName => ({ name, key: nameKey(name), ...ids });

/** A channel's account names, mini program name and aliases, where known, in that order. */
function channelNames(c: Channel): string[] {
  const accounts = c.accounts && c.accounts.known ? c.accounts.value : [];
  const miniProgram = c.miniProgram && c.miniProgram.known ? [c.miniProgram.value.name] : [];
  const aliases = c.aliases && c.aliases.known ? c.aliases.value : [];
  return [...accounts, ...miniProgram, ...aliases];
}

/** All a line's own texts: its name and notes (zh). */
function lineTexts(id: LineId): string {
  const line = LINE_BY_ID[id];
  return [line.name.zh, ...(line.notes ?? []).map((x) => x.zh)].join('\n');
}

function knownNames(): KnownName[] {
  const out: KnownName[] = [];
  for (const c of CHANNELS) for (const name of channelNames(c)) out.push(knownName(name, { channel: c.id }));
  // Only names the line's own texts carry.
  for (const n of LINE_NAMES) if (lineTexts(n.line).includes(n.name)) out.push(knownName(n.name, { line: n.line }));
  // Longest first, so 微信安全中心 is found before anything shorter inside it.
  return out.sort((a, b) => b.key.length - a.key.length);
}
export const NAMES: readonly KnownName[] = knownNames();

const NAME_BRAND = /微信|腾讯|财付通|wechat|weixin|tencent|tenpay|weichat/i;
const SERVICE_WORDS = /客服|官方|团队|中心|专员|热线|退款|理赔|赔付|售后|安全|服务|support|service|official|team|help|center/i;

/** What a check decides: everything of a Contact but where it was found and how it is shown. */
type Verdict = Pick<Contact, 'kind' | 'reasons' | 'channel' | 'line'>;
/** A verdict with how the contact is shown. */
type Finding = Verdict & Pick<Contact, 'shown'>;

/** The first check that has a verdict, in order; undefined when none has. */
function firstVerdict<F, V>(checks: ReadonlyArray<(facts: F) => V | undefined>, facts: F): V | undefined {
  for (const check of checks) {
    const verdict = check(facts);
    if (verdict) return verdict;
  }
  return undefined;
}

/** A listed name: official or government, unless hidden characters make it another one. */
function exactName(exact: KnownName, hidden: boolean): Finding {
  const ids = exact.channel ? { channel: exact.channel } : { line: exact.line };
  const found = { shown: exact.name, ...ids };
  if (hidden) return { ...found, kind: 'lookalike', reasons: ['hidden-characters'] };
  if (exact.line) return { ...found, kind: 'government', reasons: ['government-line'] };
  return { ...found, kind: 'official', reasons: ['listed'] };
}

/** A name that is not listed: a look-alike when it holds a listed name or borrows the brand. */
function unlistedName(key: string, hidden: boolean): Verdict {
  const inside = NAMES.some((n) => key.includes(n.key));
  const brand = NAME_BRAND.test(key);
  if (hidden && (inside || brand)) return { kind: 'lookalike', reasons: ['hidden-characters'] };
  if (inside) return { kind: 'lookalike', reasons: ['odd-name'] };
  if (brand && (SERVICE_WORDS.test(key) || /\d/.test(key))) return { kind: 'lookalike', reasons: ['fake-name'] };
  return { kind: 'unknown', reasons: ['not-listed'] };
}

/** Classifies a name (an account, mini program or caller name). */
export function classifyName(text: string, hidden: boolean, start = 0, end = text.length): Contact {
  const key = bareNameKey(text);
  const exact = NAMES.find((n) => n.key === key);
  const finding = exact ? exactName(exact, hidden) : { shown: text.split(HIDDEN).join('').trim(), ...unlistedName(key, hidden) };
  return { type: 'name', start, end, ...finding };
}

// ---- numbers -----------------------------------------------------------------------

/** An extension after a dash or 转 ("95017-2", "95017转2") is still that number. */
const EXTENSION = /^(.*\d)\s*(?:-|转|ext\.?|x)\s*\d{1,2}$/i;

/** What the number checks look at, worked out once. */
interface NumberFacts {
  /** As written, hidden characters taken out. */
  written: string;
  hidden: boolean;
  parsed: ParsedNumber;
  /** The number before the extension; the parsed number when there is none. */
  main: ParsedNumber;
  hasExtension: boolean;
  /** How a listed (or foreign) number is shown: + for a foreign one, the extension after a dash. */
  shown: string;
}

const plusDigits = (n: ParsedNumber): string => (n.foreign ? '+' : '') + n.digits;

function numberFacts(raw: string): NumberFacts {
  const written = raw.split(HIDDEN).join('');
  const parsed = parseNumber(written);
  const head = EXTENSION.exec(written.trim())?.[1];
  const main = head !== undefined ? parseNumber(head) : parsed;
  const shown = head !== undefined ? `${plusDigits(main)}-${written.trim().slice(head.length).replace(/\D/g, '')}` : plusDigits(parsed);
  return { written, hidden: raw.includes(HIDDEN), parsed, main, hasExtension: head !== undefined, shown };
}

const hiddenInNumber = (f: NumberFacts): Finding | undefined => (f.hidden ? { kind: 'lookalike', shown: f.shown, reasons: ['hidden-characters'] } : undefined);

/** A foreign number; a look-alike when an official short number follows a 1-3 digit country code. */
function foreignNumber(f: NumberFacts): Finding | undefined {
  if (!f.parsed.foreign) return undefined;
  const posing = [1, 2, 3].some((cc) => SHORT_OFFICIAL.includes(f.parsed.digits.slice(cc)));
  if (posing) return { kind: 'lookalike', shown: f.shown, reasons: ['foreign-prefix-official'] };
  return { kind: 'foreign', shown: f.shown, reasons: ['foreign-number'] };
}

/** +86 4006700700: the caller ID scammers spoof (the 400 line never calls abroad). */
const spoofed400 = (f: NumberFacts): Finding | undefined =>
  f.parsed.china && f.parsed.digits === '4006700700'
    ? { kind: 'lookalike', shown: `+86${f.parsed.digits}`, line: 'wechat-400', reasons: ['spoofed-400'] }
    : undefined;

/** A listed channel or line number, also with an extension. */
function listedNumber(f: NumberFacts): Finding | undefined {
  const known = numberFor(f.parsed.digits) ?? (f.hasExtension ? numberFor(f.main.digits) : undefined);
  if (!known) return undefined;
  if (known.channel) return { kind: 'official', shown: f.shown, channel: known.channel, reasons: ['listed'] };
  const line = known.line as LineId;
  if (line === 'wechat-400') return { kind: 'official', shown: f.shown, line, reasons: ['wechat-400'] };
  return { kind: 'government', shown: f.shown, line, reasons: ['government-line'] };
}

/** A government hotline number the data names but cannot confirm still works. */
function unconfirmedNumber(f: NumberFacts): Finding | undefined {
  const line = LINE_NAME_NUMBERS[f.parsed.digits];
  return line ? { kind: 'government', shown: f.parsed.digits, line, reasons: ['line-number-unconfirmed'] } : undefined;
}

/** A mobile-length number holding WeChat's 400 line ("14006700700") is a look-alike first. */
const padded400 = (f: NumberFacts): Finding | undefined =>
  f.parsed.digits.length > 10 && f.parsed.digits.includes('4006700700')
    ? { kind: 'lookalike', shown: f.parsed.digits, reasons: ['padded-official'] }
    : undefined;

const personalMobile = (f: NumberFacts): Finding | undefined =>
  /^1[3-9]\d{9}$/.test(f.parsed.digits) ? { kind: 'personal', shown: f.parsed.digits, reasons: ['personal-mobile'] } : undefined;

/** 12110 plus the area code (12110 010, 121100311): how some places take SMS reports. */
const sms12110Local = (f: NumberFacts): Finding | undefined =>
  /^12110\d{3,4}$/.test(f.parsed.digits) && !f.parsed.china
    ? { kind: 'government', shown: f.parsed.digits, line: 'sms-12110', reasons: ['sms-12110-local'] }
    : undefined;

/** A longer number holding an official one of five digits or more. */
function paddedOfficial(f: NumberFacts): Finding | undefined {
  const { digits } = f.parsed;
  const d = LONG_OFFICIAL.find((o) => digits.length > o.length && digits.includes(o));
  if (d === undefined) return undefined;
  // 区号 + official short number (0755-95017): another form, not confirmed; anything else is a look-alike.
  const areaForm = new RegExp(`^0\\d{2,3}${d}$`).test(f.written.replace(/\D/g, '')) && d.length === 5;
  if (areaForm) return { kind: 'unknown', shown: digits, reasons: ['area-code-official'] };
  return { kind: 'lookalike', shown: digits, reasons: ['padded-official'] };
}

/** The number checks, in order: the first that has a verdict decides. */
const NUMBER_CHECKS = [hiddenInNumber, foreignNumber, spoofed400, listedNumber, unconfirmedNumber, padded400, personalMobile, sms12110Local, paddedOfficial];

/** Classifies a phone number as written (digits already ASCII). */
export function classifyNumber(raw: string, start = 0, end = raw.length): Contact {
  const f = numberFacts(raw);
  const finding = firstVerdict(NUMBER_CHECKS, f) ?? { kind: 'unknown', shown: f.parsed.digits, reasons: ['not-listed'] };
  return { type: 'phone', start, end, ...finding };
}

// ---- addresses -----------------------------------------------------------------------

interface Address {
  host: string;
  /** The host as a person reads it (punycode decoded). */
  readHost: string;
  before: string;
  scheme: string;
  port: string;
  tail: string;
}

function parseAddress(token: string): Address {
  const [prefix = '', scheme = ''] = /^([a-z][a-z0-9+.-]*):\/\//i.exec(token) ?? [];
  const rest = token.slice(prefix.length);
  const [authority = ''] = rest.split(/[/?#\\]/);
  const tail = rest.slice(authority.length);
  const at = authority.lastIndexOf('@');
  const before = at >= 0 ? authority.slice(0, at) : '';
  const hostPort = percentDecode(at >= 0 ? authority.slice(at + 1) : authority);
  const { hostPart, port } = splitPort(hostPort);
  const host = hostPart.toLowerCase().replace(/\.+$/, '');
  return { host, readHost: unicodeHost(host).host, before, scheme: scheme.toLowerCase(), port, tail };
}

/** "host:8080" → host and port; a colon not followed by digits only stays in the host. */
function splitPort(hostPort: string): { hostPart: string; port: string } {
  const colon = hostPort.lastIndexOf(':');
  const hasPort = colon >= 0 && /^\d*$/.test(hostPort.slice(colon + 1));
  return hasPort ? { hostPart: hostPort.slice(0, colon), port: hostPort.slice(colon + 1) } : { hostPart: hostPort, port: '' };
}

/** A second address inside the path, query or fragment, also percent-encoded (an open-redirect trick). */
function carriesAddress(tail: string): boolean {
  const decoded = percentDecode(tail);
  if (/:\/\/|:\\\\|\/\/[a-z0-9-]+\./i.test(decoded)) return true;
  // A path may hold "123.html"; a domain in the query or fragment is another address.
  const query = decoded.replace(/^\/[^?#]*/, '');
  return /(?:^|[=&?#/])(?:[a-z0-9-]+\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)(?:[/:?#&]|$)/i.test(query);
}

/** What the address checks look at, worked out once. */
interface AddressFacts {
  address: Address;
  hidden: boolean;
  /** The read host's Latin skeleton, and whether letters of other alphabets were folded into it. */
  latin: string;
  confusable: boolean;
  /** 'punycode' when the host was encoded, so the reader learns what it decodes to. */
  lead: ContactReason[];
  /** Plain ASCII host, not punycode. */
  ascii: boolean;
  /** Under one of Tencent's domains, and under one the data vouches for. */
  tencent: boolean;
  vouched: boolean;
  /** A scheme other than http(s), a port other than 80/443. */
  oddScheme: boolean;
  oddPort: boolean;
}

function addressFacts(raw: string): AddressFacts {
  const address = parseAddress(raw.split(HIDDEN).join(''));
  const { latin, confusable } = skeleton(address.readHost);
  const punycode = address.readHost !== address.host;
  const ascii = /^[a-z0-9.-]+$/.test(address.host) && !punycode;
  return {
    address,
    hidden: raw.includes(HIDDEN),
    latin,
    confusable,
    lead: punycode ? ['punycode'] : [],
    ascii,
    tencent: ascii && underDomain(address.host, TENCENT_DOMAINS),
    vouched: ascii && underDomain(address.host, OFFICIAL_DOMAINS),
    oddScheme: !['', 'http', 'https'].includes(address.scheme),
    oddPort: !['', '80', '443'].includes(address.port),
  };
}

const addressLookalike = (f: AddressFacts, ...why: ContactReason[]): Verdict => ({ kind: 'lookalike', reasons: [...f.lead, ...why] });

const hiddenInAddress = (f: AddressFacts): Verdict | undefined => (f.hidden ? addressLookalike(f, 'hidden-characters') : undefined);

/** Letters of other alphabets in a host that reads as a brand, as Latin, or as a Tencent domain. */
function confusableHost(f: AddressFacts): Verdict | undefined {
  const posing = hasBrand(f.latin) || /[a-z]/.test(f.address.readHost) || underDomain(f.latin, TENCENT_DOMAINS);
  return f.confusable && posing ? addressLookalike(f, 'confusable-letters') : undefined;
}

/** Something before an "@" in a link: the browser goes to what follows it. */
function userInfo(f: AddressFacts): Verdict | undefined {
  const { host, before } = f.address;
  if (!before) return undefined;
  const borrowed = !f.tencent && (hasBrand(host) || hasBrand(before));
  return borrowed ? addressLookalike(f, 'user-info', 'brand-domain') : addressLookalike(f, 'user-info');
}

const brandHost = (f: AddressFacts): Verdict | undefined => (!f.tencent && hasBrand(f.latin) ? addressLookalike(f, 'brand-domain') : undefined);

const redirect = (f: AddressFacts): Verdict | undefined => (f.vouched && carriesAddress(f.address.tail) ? addressLookalike(f, 'hidden-address') : undefined);

/** A listed host, written plainly (usual scheme and port) and carrying no second address. */
function listedHost(f: AddressFacts): Verdict | undefined {
  if (!f.ascii || f.oddScheme || f.oddPort) return undefined;
  const listed = HOSTS.find((h) => h.host === withoutWww(f.address.host));
  if (!listed || carriesAddress(f.address.tail)) return undefined;
  if (listed.channel) return { kind: 'official', channel: listed.channel, reasons: ['listed'] };
  return { kind: 'government', line: listed.line, reasons: ['government-line'] };
}

/** On a domain the data vouches for, but not a listed address. */
function vouchedHost(f: AddressFacts): Verdict | undefined {
  if (!f.vouched) return undefined;
  if (f.oddPort) return { kind: 'unknown', reasons: ['unusual-port'] };
  if (f.oddScheme) return { kind: 'unknown', reasons: ['unusual-scheme'] };
  return { kind: 'official-domain', reasons: ['tencent-domain'] };
}

const otherTencentHost = (f: AddressFacts): Verdict | undefined => (f.tencent ? { kind: 'unknown', reasons: ['other-tencent-domain'] } : undefined);

const ipHost = (f: AddressFacts): Verdict | undefined =>
  /^\d{1,3}(?:\.\d{1,3}){3}$/.test(f.address.host) ? { kind: 'unknown', reasons: ['ip-address'] } : undefined;

/** The address checks, most alarming first: the first that has a verdict decides. */
const ADDRESS_CHECKS = [hiddenInAddress, confusableHost, userInfo, brandHost, redirect, listedHost, vouchedHost, otherTencentHost, ipHost];

/** Classifies an address (with or without http://). */
export function classifyAddress(raw: string, start = 0, end = raw.length): Contact {
  const f = addressFacts(raw);
  const verdict = firstVerdict(ADDRESS_CHECKS, f) ?? { kind: 'unknown', reasons: [...f.lead, 'not-listed'] };
  // The host as a person reads it: punycode decoded (the same as the host when it was not encoded).
  return { type: 'address', start, end, shown: f.address.readHost, ...verdict };
}

/** What the mailbox checks look at, worked out once. */
interface EmailFacts {
  /** Lower case, without mailto: and hidden characters. */
  email: string;
  local: string;
  /** The domain as a person reads it (punycode decoded), its Latin skeleton and whether that folded other alphabets. */
  domain: string;
  latin: string;
  confusable: boolean;
  hidden: boolean;
}

function emailFacts(raw: string): EmailFacts {
  const email = raw
    .split(HIDDEN)
    .join('')
    .replace(/^mailto:/i, '')
    .toLowerCase();
  const at = email.lastIndexOf('@');
  const domain = unicodeHost(email.slice(at + 1)).host;
  const { latin, confusable } = skeleton(domain);
  return { email, local: email.slice(0, at), domain, latin, confusable, hidden: raw.includes(HIDDEN) };
}

/** A mailbox name borrowing the brand, a listed host or customer-service words. */
const brandLocal = (local: string): boolean => hasBrand(local) || HOSTS.some((h) => local.includes(h.host)) || /官方|客服|微信|腾讯/.test(local);

const hiddenInEmail = (f: EmailFacts): Verdict | undefined => (f.hidden ? { kind: 'lookalike', reasons: ['hidden-characters'] } : undefined);

function listedEmail(f: EmailFacts): Verdict | undefined {
  const listed = f.confusable ? undefined : EMAILS.find((e) => e.email === f.email);
  return listed ? { kind: 'official', channel: listed.channel, reasons: ['listed'] } : undefined;
}

const confusableEmail = (f: EmailFacts): Verdict | undefined => (f.confusable ? { kind: 'lookalike', reasons: ['confusable-letters'] } : undefined);

/** A personal mailbox provider; a look-alike when the name borrows the brand. */
function personalMailbox(f: EmailFacts): Verdict | undefined {
  if (!underDomain(f.domain, PERSONAL_MAIL)) return undefined;
  if (brandLocal(f.local)) return { kind: 'lookalike', reasons: ['brand-mailbox'] };
  return { kind: 'personal', reasons: ['personal-mailbox'] };
}

const officialMailDomain = (f: EmailFacts): Verdict | undefined =>
  underDomain(f.domain, OFFICIAL_DOMAINS) ? { kind: 'unknown', reasons: ['official-mail-domain'] } : undefined;

/** Off Tencent's domains, with the brand in the domain or the mailbox name. */
function brandMailDomain(f: EmailFacts): Verdict | undefined {
  const borrowed = !underDomain(f.domain, TENCENT_DOMAINS) && (hasBrand(f.latin) || brandLocal(f.local));
  return borrowed ? { kind: 'lookalike', reasons: ['brand-domain'] } : undefined;
}

/** The mailbox checks, in order: the first that has a verdict decides. */
const EMAIL_CHECKS = [hiddenInEmail, listedEmail, confusableEmail, personalMailbox, officialMailDomain, brandMailDomain];

/** Classifies a mailbox. */
export function classifyEmail(raw: string, start = 0, end = raw.length): Contact {
  const f = emailFacts(raw);
  const verdict = firstVerdict(EMAIL_CHECKS, f) ?? { kind: 'unknown', reasons: ['not-listed'] };
  return { type: 'email', start, end, shown: f.email, ...verdict };
}

/** Classifies a chat account id (a WeChat or QQ id, labelled or not). */
export function classifyAccount(id: string, labelled: boolean, start = 0, end = id.length): Contact {
  const base = { type: 'account' as const, start, end };
  const hidden = id.includes(HIDDEN);
  const shown = id.split(HIDDEN).join('');
  const lower = shown.toLowerCase();
  if (hidden) return { ...base, kind: 'lookalike', shown, reasons: ['hidden-characters'] };
  const digits = lower.replace(/\D/g, '');
  if (SHORT_OFFICIAL.some((d) => (labelled && digits === d && digits === lower) || (d.length >= 5 && lower.includes(d))))
    return { ...base, kind: 'lookalike', shown, reasons: ['account-official-number'] };
  if (hasBrand(lower) || /官方|客服|微信|腾讯/.test(lower)) return { ...base, kind: 'lookalike', shown, reasons: ['brand-account'] };
  return { ...base, kind: 'personal', shown, reasons: ['personal-account'] };
}

export const isReassuring = (kind: ContactKind): boolean => kind === 'official' || kind === 'government';
export const isAlarming = (kind: ContactKind): boolean => kind === 'lookalike';
