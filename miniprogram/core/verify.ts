/**
 * "Is this official?" — classifies a phone number, website or account name
 * the user was given. Official only when it is in the official data; an
 * address that is merely on a Tencent domain the data uses is said to be
 * just that; known scam patterns are flagged; anything else is honestly
 * "unknown". Never calls a number safe unless the data lists it.
 */
import { CHANNELS } from './data/channels';
import { ChannelId, Text } from './types';

/**
 * `official-domain`: an address on an official Tencent domain that is not one
 * of the listed customer-service addresses (Tencent sites also carry pages
 * anyone can publish, so it is never called an official channel).
 */
export type Verdict = 'empty' | 'official' | 'official-domain' | 'scam' | 'unknown';

export type PatternId =
  | 'personal-mobile'
  | 'international-prefix'
  | 'lookalike-domain'
  | 'personal-mailbox'
  | 'user-info'
  | 'hidden-address'
  | 'asks-code'
  | 'asks-password'
  | 'screen-share'
  | 'asks-transfer'
  | 'refund-offer'
  | 'insurance-renewal'
  | 'fake-account-name';

export interface Pattern {
  id: PatternId;
  text: Text;
}

/** Why something that looks official is still not confirmed (not a scam sign). */
export type NoteId = 'unusual-port' | 'unusual-scheme';

export interface Note {
  id: NoteId;
  text: Text;
}

export interface Classification {
  verdict: Verdict;
  /** Official channels the input matched. */
  channels: ChannelId[];
  patterns: Pattern[];
  notes: Note[];
  /** What was recognised in the input, normalised (numbers, hosts, names). */
  found: string[];
}

export const PATTERN_TEXT: Readonly<Record<PatternId, Text>> = {
  'personal-mobile': {
    zh: '这是个人手机号。微信/腾讯官方客服不会用个人手机号联系你。',
    en: 'This is a personal mobile number. Official WeChat/Tencent staff do not contact you from personal mobiles.',
  },
  'international-prefix': {
    zh: '号码带 +86/0086 等国际前缀，又不在官方名单里。有人因拨打网上搜到的“0086 开头人工热线”被骗。',
    en: 'The number has an international prefix (+86/0086) and is not on the official list. People have been scammed by "0086 hotlines" found online.',
  },
  'lookalike-domain': {
    zh: '这个网址冒用了“微信/腾讯/QQ”的字样，但不是腾讯的官方域名。',
    en: 'This address borrows "WeChat/Tencent/QQ" in its name but is not a Tencent domain.',
  },
  'personal-mailbox': {
    zh: '这是 QQ 邮箱等个人邮箱，谁都能注册，名字里带“客服/微信”也不代表官方。官方客服邮箱只有本小程序列出的几个。',
    en: 'This is a personal mailbox (such as QQ Mail) that anyone can register; "service" or "WeChat" in the name does not make it official. The official support addresses are only the ones listed here.',
  },
  'user-info': {
    zh: '网址里“@”前面还夹着一段内容：浏览器会跳过它，真正打开的是“@”后面的网站。这是假网址的常见手法。',
    en: 'The address has something in front of an "@": browsers skip it and open the site after the "@". A common trick in fake links.',
  },
  'hidden-address': {
    zh: '网址开头是腾讯的，但里面还夹带了另一个网址，点开后可能被转到别的网站。这是钓鱼链接的常见手法。',
    en: 'The link starts with a Tencent address but carries another address inside it, which can send you on to a different site. A common phishing trick.',
  },
  'asks-code': {
    zh: '索要验证码：官方客服绝不会要验证码。',
    en: 'Asking for a verification code: official staff never do.',
  },
  'asks-password': { zh: '索要密码：官方客服绝不会要密码。', en: 'Asking for a password: official staff never do.' },
  'screen-share': {
    zh: '要求屏幕共享或下载会议软件：这是常见的骗局。',
    en: 'Asking you to share your screen or install a meeting app: a common scam.',
  },
  'asks-transfer': {
    zh: '要求转账、付“保证金/解冻费”或转到“安全账户”：官方不会让你转账。',
    en: 'Asking you to transfer money, pay a "deposit/unfreezing fee" or move money to a "safe account": officials never ask for transfers.',
  },
  'refund-offer': {
    zh: '提到“退款/理赔/赔偿”：这是假客服最常用的说法，官方不会主动联系你办理退款。',
    en: 'Mentions a "refund/compensation": the most common fake customer-service line; officials do not contact you to arrange refunds.',
  },
  'insurance-renewal': {
    zh: '说“百万保障到期续费/要扣费/帮你取消”：这项保障免费，凡是提续费扣费的都是诈骗。',
    en: 'Saying the "million-yuan guarantee" must be renewed or cancelled for a fee: it is free, so any such call is a scam.',
  },
  'fake-account-name': {
    zh: '名字里带“客服/官方/退款”，但不是官方公众号或小程序的名称。',
    en: 'The name contains "customer service/official/refund" but is not the name of an official account or mini program.',
  },
};

export const NOTE_TEXT: Readonly<Record<NoteId, Text>> = {
  'unusual-port': {
    zh: '网址里的域名是腾讯官方的，但后面带了不常见的端口号（冒号后面的数字）。官方渠道不用这样的地址，请不要点开。',
    en: 'The domain in this address is an official Tencent one, but it is followed by an unusual port number (the digits after the colon). The official channels do not use addresses like this, so do not open it.',
  },
  'unusual-scheme': {
    zh: '网址里的域名是腾讯官方的，但开头不是常见的 http:// 或 https://。官方渠道不用这样的地址，请不要点开。',
    en: 'The domain in this address is an official Tencent one, but the address does not start with the usual http:// or https://. The official channels do not use addresses like this, so do not open it.',
  },
};

const KEYWORD_PATTERNS: ReadonlyArray<[PatternId, RegExp]> = [
  ['asks-code', /验证码|校验码|动态码|verification\s*code|\bsms\s*code|\bOTP\b/i],
  ['asks-password', /密码|password|passcode/i],
  ['screen-share', /屏幕共享|共享屏幕|录屏|会议号|腾讯会议|zoom|screen\s*shar/i],
  ['asks-transfer', /转账|汇款|保证金|解冻费|安全账户|打款|transfer\s*(the\s*)?money|safe\s*account|wire\s*money/i],
  ['refund-offer', /退款|理赔|赔偿|赔付|退费|refund|compensat/i],
  ['insurance-renewal', /百万保障|百万医疗|续保|续费|扣费|million[-\s]*(yuan\s*)?guarantee/i],
];

/** Full-width digits, letters and punctuation to their ASCII forms. */
export function toHalfWidth(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[－—–]/g, '-');
}

/**
 * A phone number reduced to its national digits: `+86 571 95017`, `0571-95017` → `57195017`.
 * `international`: written with a country prefix; `foreign`: that prefix is not China's (+86).
 */
export function nationalDigits(raw: string): { digits: string; international: boolean; foreign: boolean } {
  const trimmed = raw.trim();
  const plus = trimmed.startsWith('+');
  let digits = trimmed.replace(/\D/g, '');
  let country: 'cn' | 'other' | 'none' = 'none';
  if (digits.startsWith('0086')) {
    digits = digits.slice(4);
    country = 'cn';
  } else if (plus && digits.startsWith('86')) {
    digits = digits.slice(2);
    country = 'cn';
  } else if (plus || digits.startsWith('00')) {
    country = 'other';
  } else if (digits.startsWith('86') && digits.length >= 12) {
    digits = digits.slice(2);
    country = 'cn';
  }
  if (country !== 'other') digits = digits.replace(/^0+/, '');
  return { digits, international: country !== 'none', foreign: country === 'other' };
}

interface OfficialNumber {
  digits: string;
  channel: ChannelId;
}

function officialNumbers(): OfficialNumber[] {
  const out: OfficialNumber[] = [];
  for (const c of CHANNELS) {
    for (const f of [c.phone, c.phoneAbroad]) {
      if (f && f.known) out.push({ digits: nationalDigits(f.value.dial).digits, channel: c.id });
    }
  }
  return out;
}

function hostOf(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0].toLowerCase().replace(/\.$/, '');
}

function officialHosts(): Array<{ host: string; channel: ChannelId }> {
  const out: Array<{ host: string; channel: ChannelId }> = [];
  for (const c of CHANNELS) if (c.url && c.url.known) out.push({ host: hostOf(c.url.value), channel: c.id });
  return out;
}

function officialEmails(): Array<{ email: string; channel: ChannelId }> {
  const out: Array<{ email: string; channel: ChannelId }> = [];
  for (const c of CHANNELS) if (c.email && c.email.known) for (const email of c.email.value) out.push({ email: email.toLowerCase(), channel: c.id });
  return out;
}

/** Official account and mini program names, and the other names the data gives them (English, older names). */
function officialNames(): Array<{ name: string; key: string; channel: ChannelId }> {
  const out: Array<{ name: string; key: string; channel: ChannelId }> = [];
  const add = (name: string, channel: ChannelId) => out.push({ name, key: nameKey(name), channel });
  for (const c of CHANNELS) {
    if (c.accounts && c.accounts.known) for (const name of c.accounts.value) add(name, c.id);
    if (c.miniProgram && c.miniProgram.known) add(c.miniProgram.value.name, c.id);
    if (c.aliases && c.aliases.known) for (const name of c.aliases.value) add(name, c.id);
  }
  return out;
}

/** A name as compared: lower case, "centre" as "center", without spaces, quotes, brackets or punctuation. */
function nameKey(name: string): string {
  return toHalfWidth(name)
    .toLowerCase()
    .replace(/centre/g, 'center')
    .replace(/[\s\u200b-\u200d\ufeff"'“”‘’「」『』《》〈〉【】()（）[\]<>·•・.,，。、:：;；!！?？_~～/\\|*#-]/g, '');
}

/** A name with the words people put around it taken off: "「腾讯卫士」小程序", "the WeChat Pay official account". */
function bareNameKey(text: string): string {
  return nameKey(text)
    .replace(/^(?:the|公众号|小程序)/, '')
    .replace(/(?:官方)?(?:公众号|小程序|服务号|订阅号|账号|帐号)$|(?:official)?(?:account|miniprogram|miniapp)$/, '');
}

/** Tencent's registrable domains; addresses borrowing their words elsewhere are look-alikes. */
const TENCENT_DOMAINS = ['qq.com', 'wechat.com', 'weixin.com', 'tencent.com', 'tenpay.com'];
/**
 * The Tencent domains the official data itself uses (listed addresses, the
 * support email, official sources). weixin.com, tencent.com and tenpay.com are
 * Tencent's too, but nothing in the data uses them, so they are not vouched for.
 */
export const OFFICIAL_DOMAINS: readonly string[] = ['qq.com', 'wechat.com'];
const underDomain = (host: string, domains: readonly string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));
const BRAND_WORDS = /weixin|wechat|wx|qq|tencent|tenpay|kefu/i;

const PHONE_RUN = /(?:\+|00)?\d[\d\s\-()./]{3,24}\d/g;
/** A token that contains something like a domain name; split on spaces and Chinese punctuation. */
const ADDRESS_RUN = /[^\s，。、；;"'“”「」<>()（）]*[a-z0-9-]\.[a-z]{2,}[^\s，。、；;"'“”「」<>()（）]*/gi;

interface Address {
  /** The host a browser or mail client would really reach. */
  host: string;
  /** Whatever stands before an "@" (an email's name, or a URL's user info meant to mislead). */
  before: string;
  email: string;
  /** Not http(s). */
  oddScheme: boolean;
  /** A port other than the default ones. */
  oddPort: boolean;
  /** A second address inside the path, query or fragment (an open-redirect trick). */
  hidden: boolean;
}

/** Reads an address the way a browser or mail client would: `kf.qq.com@evil.top` goes to evil.top. */
function parseAddress(raw: string): Address {
  const token = raw.replace(/^mailto:/i, '');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(token);
  const rest = scheme ? token.slice(scheme[0].length) : token;
  const authority = rest.split(/[/?#\\]/)[0];
  const tail = rest.slice(authority.length);
  const at = authority.lastIndexOf('@');
  const before = at >= 0 ? authority.slice(0, at) : '';
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const [hostPart, port] = hostPort.split(':');
  const host = hostPart.toLowerCase().replace(/\.$/, '');
  const email = !scheme && at >= 0 && rest === authority ? authority.toLowerCase() : '';
  return {
    host,
    before,
    email,
    oddScheme: scheme !== null && !/^https?$/i.test(scheme[1]),
    oddPort: port !== undefined && port !== '' && port !== '443' && port !== '80',
    // A path may hold "123.html"; "://" anywhere, or a domain in the query or fragment, is another address.
    hidden: /:\/\/|:%2f%2f/i.test(tail) || /[a-z0-9-]\.[a-z]{2,}/i.test(tail.replace(/^\/[^?#]*/, '')),
  };
}

/** After the recognised items are taken out, is anything else in the text that could be a contact? */
function leftoverContact(residual: string): boolean {
  return (
    (residual.match(/\d/g) ?? []).length >= 4 || // another number (dotted, spaced, an IP address …)
    /:\/\/|@/.test(residual) || // another link or email
    /[^\s.。]\.[^\s.。]{2,}/.test(residual) || // another domain, including non-Latin ones
    /wxid_|[a-z][a-z0-9_-]*\d[a-z0-9_-]*|\d[a-z0-9_-]*[a-z]/i.test(residual) // an account id such as kefu8888
  );
}

/** Splits a run of digits into the numbers it holds: the whole run, or its space-separated parts. */
function numbersIn(run: string, isKnown: (digits: string) => boolean): string[] {
  const whole = nationalDigits(run).digits;
  if (isKnown(whole) || /^1[3-9]\d{9}$/.test(whole)) return [run];
  const parts = run.trim().split(/\s+/);
  if (parts.length > 1 && parts.some((p) => isKnown(nationalDigits(p).digits) || /^1[3-9]\d{9}$/.test(nationalDigits(p).digits))) return parts;
  return [run];
}

/** Classifies what the user pasted: a number, an address, an account name, or a message around them. */
export function classify(rawInput: string): Classification {
  // Full-width forms to ASCII, and an ideographic full stop between Latin letters to a dot ("kf。qq。com").
  const input = toHalfWidth(rawInput ?? '')
    .replace(/([a-z0-9])。(?=[a-z])/gi, '$1.')
    .slice(0, 2000);
  if (!input.trim()) return { verdict: 'empty', channels: [], patterns: [], notes: [], found: [] };
  const channels = new Set<ChannelId>();
  const patterns = new Set<PatternId>();
  const notes = new Set<NoteId>();
  const found: string[] = [];

  // Addresses first, so their digits are not read as phone numbers.
  let rest = input;
  let unrecognised = 0;
  /** Addresses on an official domain that are not listed ones. */
  let officialDomain = 0;
  const hosts = officialHosts();
  const emails = officialEmails();
  for (const token of input.match(ADDRESS_RUN) ?? []) {
    const address = parseAddress(token);
    if (!/\.[a-z]{2,}$/i.test(address.host)) continue;
    rest = rest.replace(token, ' ');
    found.push(address.email || address.host);
    const tencent = underDomain(address.host, TENCENT_DOMAINS);
    if (!tencent && (BRAND_WORDS.test(address.host) || BRAND_WORDS.test(address.before))) patterns.add('lookalike-domain');

    if (address.email) {
      // Only the listed mailboxes: anyone can have a name@qq.com address.
      const officialEmail = emails.find((e) => e.email === address.email);
      if (officialEmail) {
        channels.add(officialEmail.channel);
        continue;
      }
      unrecognised += 1;
      if (BRAND_WORDS.test(address.before) || hosts.some((h) => address.before.includes(h.host))) patterns.add(tencent ? 'personal-mailbox' : 'lookalike-domain');
      continue;
    }

    // Something before an "@" in a link (user info) is a classic phishing trick: the browser goes to what follows it.
    if (address.before) patterns.add('user-info');
    const vouched = underDomain(address.host, OFFICIAL_DOMAINS);
    if (vouched && address.hidden) patterns.add('hidden-address');
    if (vouched && address.oddPort) notes.add('unusual-port');
    if (vouched && address.oddScheme) notes.add('unusual-scheme');
    const plain = !address.before && !address.hidden && !address.oddPort && !address.oddScheme;
    const listed = plain ? hosts.find((h) => h.host === address.host) : undefined;
    if (listed) channels.add(listed.channel);
    else if (plain && vouched) officialDomain += 1;
    else unrecognised += 1;
  }

  const numbers = officialNumbers();
  const officialFor = (digits: string) => numbers.find((n) => n.digits === digits);
  for (const run of rest.match(PHONE_RUN) ?? []) {
    for (const part of numbersIn(run, (d) => officialFor(d) !== undefined)) {
      const { digits, international, foreign } = nationalDigits(part);
      if (digits.length < 5) continue;
      rest = rest.replace(part, ' ');
      // An extension written after a dash ("95017-2") is still that number.
      const ext = /^(.*\d)\s*-\s*\d{1,2}$/.exec(part);
      const official = foreign ? undefined : officialFor(digits) ?? (ext ? officialFor(nationalDigits(ext[1]).digits) : undefined);
      found.push(digits);
      if (official) {
        channels.add(official.channel);
        continue;
      }
      unrecognised += 1;
      if (!foreign && /^1[3-9]\d{9}$/.test(digits)) patterns.add('personal-mobile');
      else if (international) patterns.add('international-prefix');
    }
  }

  // Account and mini program names, and the data's other names for them ("腾讯客服", "「腾讯卫士」小程序", "Tencent 110").
  const text = input.trim();
  const names = officialNames();
  const key = nameKey(text);
  const exact = names.filter((n) => n.key === bareNameKey(text));
  for (const n of exact) {
    channels.add(n.channel);
    found.push(n.name);
  }
  if (exact.length) rest = ' ';
  else {
    const contained = names.filter((n) => key.includes(n.key));
    let remainder = key;
    for (const n of contained) {
      found.push(n.name);
      rest = rest.replace(new RegExp(n.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), ' ');
      remainder = remainder.split(n.key).join(' ');
    }
    // "微信官方客服中心", "腾讯退款热线", "微信支付安全中心": official-sounding names that are not the official ones (not questions).
    // Around an official name, only what makes it another name counts ("微信支付客服" and "腾讯客服小程序" do not).
    const marker = contained.length ? /(退款|理赔|赔付|中心)/ : /(官方|退款|理赔|赔付|中心|热线)/;
    const question = /[我你怎如吗呢？?]/.test(text);
    if (!question && marker.test(remainder) && /(微信|腾讯|wechat|tencent)/i.test(text) && text.length <= 20 && !/\d{5,}/.test(text)) {
      patterns.add('fake-account-name');
    }
  }
  if (leftoverContact(rest)) unrecognised += 1;

  for (const [id, re] of KEYWORD_PATTERNS) if (re.test(input)) patterns.add(id);

  // Official only when everything recognised is official: one unknown address or number makes it unknown,
  // and an address that is merely on an official domain makes it no more than that.
  const verdict: Verdict = patterns.size
    ? 'scam'
    : unrecognised
      ? 'unknown'
      : officialDomain
        ? 'official-domain'
        : channels.size
          ? 'official'
          : 'unknown';
  return {
    verdict,
    channels: [...channels],
    patterns: [...patterns].map((id) => ({ id, text: PATTERN_TEXT[id] })),
    notes: [...notes].map((id) => ({ id, text: NOTE_TEXT[id] })),
    found,
  };
}
