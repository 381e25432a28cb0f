/**
 * "Is this official?" — classifies a phone number, website or account name
 * the user was given. Official only when it is in the official data; known
 * scam patterns are flagged; anything else is honestly "unknown". Never
 * calls a number safe unless the data lists it.
 */
import { CHANNELS } from './data/channels';
import { ChannelId, Text } from './types';

export type Verdict = 'empty' | 'official' | 'scam' | 'unknown';

export type PatternId =
  | 'personal-mobile'
  | 'international-prefix'
  | 'lookalike-domain'
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

export interface Classification {
  verdict: Verdict;
  /** Official channels the input matched. */
  channels: ChannelId[];
  patterns: Pattern[];
  /** What was recognised in the input, normalised (numbers, hosts, names). */
  found: string[];
}

const PATTERN_TEXT: Readonly<Record<PatternId, Text>> = {
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
    zh: '主动打来说要“退款/理赔/赔偿”：这是假客服最常用的说法。',
    en: 'Calling to offer a "refund/compensation": the most common fake customer-service line.',
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

/** A phone number reduced to its national digits: `+86 571 95017`, `0571-95017` → `57195017`. */
export function nationalDigits(raw: string): { digits: string; international: boolean } {
  const trimmed = raw.trim();
  let digits = trimmed.replace(/\D/g, '');
  let international = /^\+/.test(trimmed) || /^00/.test(digits);
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (trimmed.startsWith('+86') || (digits.startsWith('86') && digits.length >= 12)) digits = digits.slice(2);
  else if (digits.startsWith('00')) international = true;
  digits = digits.replace(/^0+/, '');
  return { digits, international };
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

function officialNames(): Array<{ name: string; channel: ChannelId }> {
  const out: Array<{ name: string; channel: ChannelId }> = [];
  for (const c of CHANNELS) {
    if (c.accounts && c.accounts.known) for (const name of c.accounts.value) out.push({ name, channel: c.id });
    if (c.miniProgram && c.miniProgram.known) out.push({ name: c.miniProgram.value.name, channel: c.id });
  }
  return out;
}

/** Registrable domains Tencent's official pages use; only lookalikes of these are flagged. */
const TENCENT_DOMAINS = ['qq.com', 'wechat.com', 'weixin.com', 'tencent.com', 'tenpay.com'];
const BRAND_WORDS = /weixin|wechat|wx|qq|tencent|tenpay|kefu/i;

const PHONE_RUN = /(?:\+|00)?\d[\d\s\-()]{3,20}\d/g;
const HOST_RUN = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:\/[^\s，。]*)?/gi;

/** Classifies what the user pasted: a number, an address, an account name, or a message around them. */
export function classify(rawInput: string): Classification {
  const input = toHalfWidth(rawInput ?? '').slice(0, 2000);
  if (!input.trim()) return { verdict: 'empty', channels: [], patterns: [], found: [] };
  const channels = new Set<ChannelId>();
  const patterns = new Set<PatternId>();
  const found: string[] = [];

  // Addresses first, so their digits are not read as phone numbers.
  let rest = input;
  const hosts = officialHosts();
  for (const match of input.match(HOST_RUN) ?? []) {
    const host = hostOf(match);
    if (!host.includes('.')) continue;
    found.push(host);
    rest = rest.replace(match, ' ');
    const official = hosts.find((h) => h.host === host);
    if (official) {
      channels.add(official.channel);
      continue;
    }
    const tencent = TENCENT_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
    if (!tencent && BRAND_WORDS.test(host)) patterns.add('lookalike-domain');
  }

  const numbers = officialNumbers();
  for (const match of rest.match(PHONE_RUN) ?? []) {
    const { digits, international } = nationalDigits(match);
    if (digits.length < 5) continue;
    found.push(digits);
    const official = numbers.find((n) => n.digits === digits);
    if (official) {
      channels.add(official.channel);
      continue;
    }
    if (/^1[3-9]\d{9}$/.test(digits)) patterns.add('personal-mobile');
    else if (international) patterns.add('international-prefix');
  }

  // Account and mini program names.
  const text = input.trim();
  const names = officialNames();
  const exact = names.filter((n) => n.name === text.replace(/^[「“"']|[」”"']$/g, ''));
  for (const n of exact) channels.add(n.channel);
  if (!exact.length) {
    for (const n of names) if (text.includes(n.name)) found.push(n.name);
    if (/(客服|官方|退款|理赔)/.test(text) && /(微信|腾讯|wechat|tencent)/i.test(text) && text.length <= 20 && !/\d{5,}/.test(text)) {
      patterns.add('fake-account-name');
    }
  }

  for (const [id, re] of KEYWORD_PATTERNS) if (re.test(input)) patterns.add(id);

  const verdict: Verdict = patterns.size ? 'scam' : channels.size ? 'official' : 'unknown';
  return {
    verdict,
    channels: [...channels],
    patterns: [...patterns].map((id) => ({ id, text: PATTERN_TEXT[id] })),
    found,
  };
}
