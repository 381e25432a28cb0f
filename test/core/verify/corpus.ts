/**
 * An adversarial corpus for the scam check, generated from the families of
 * issue 11, each case with the verdict a careful anti-fraud adviser would give.
 * Deterministic (seeded), so counts are comparable between runs. Used by
 * corpus.test.ts and by `npm run bench` (scripts/bench.js).
 *
 * Expected verdicts are set by the family that builds the case, never read
 * back from the classifier.
 */
import { domainToASCII } from 'url';
import { CHANNELS } from '../../../miniprogram/core/data/channels';
import { CATALOGUE } from '../../../miniprogram/core/data/catalogue';
import { LINES } from '../../../miniprogram/core/data/lines';
import type { Outcome } from '../../../miniprogram/core/verify';

/** What the case is: a scam (must be alarming), official or genuine (must not be), or neither. */
export type Group = 'scam' | 'official' | 'neutral';

export interface Case {
  family: string;
  input: string;
  /** Every outcome a careful adviser would accept. */
  expected: readonly Outcome[];
  group: Group;
}

export const REASSURING: readonly Outcome[] = ['official', 'government', 'official-domain', 'contains-official', 'warning-12381'];
export const ALARMING: readonly Outcome[] = ['scam', 'lookalike', 'personal'];
/** Outcomes that neither vouch for nor accuse: right for genuine texts without official contacts. */
const CALM: readonly Outcome[] = ['contains-official', 'no-signs', 'unverified', 'caution', 'warning-12381', 'official', 'government', 'official-domain'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- building blocks ----------------------------------------------------------------

export const OFFICIAL_CONTACTS: readonly string[] = [
  '95017',
  '9 5 0 1 7',
  '950-17',
  '９５０１７',
  '+86 571 95017',
  '+86-571-95017',
  '0086 571 95017',
  '0571-95017',
  '(0571) 95017',
  '95017-2',
  '95017转2',
  '＋８６ ５７１ ９５０１７',
  'kf.qq.com',
  'https://kf.qq.com/',
  'KF.QQ.COM/faq',
  'kf。qq。com',
  'kf点qq点com',
  'https://kf.qq.com/faq/123.html',
  'help.wechat.com',
  'https://help.wechat.com/',
  'weixin110.qq.com',
  'https://weixin110.qq.com',
  'support@wechat.com',
  'mailto:support@wechat.com',
  'support@help.wechat.com',
  '腾讯客服',
  '「腾讯卫士」',
  '腾讯卫士小程序',
  '微信安全中心',
  '微信安全中心公众号',
  '微信支付',
  '“微信支付”公众号',
  '微信 支付',
  'WeChat Pay',
  'wechat pay official account',
  '腾讯110',
  '腾讯 110',
  '“腾讯110”',
  'Tencent 110',
  'Tencent Guard mini program',
  'WeChat Security Center',
  'WeChat Security Centre',
  'Tencent Customer Service',
  '腾讯　客服',
  '400 670 0700',
  '400-670-0700',
  '4006700700',
];

export const GOVERNMENT_CONTACTS: readonly string[] = [
  '110',
  '96110',
  '９６１１０',
  '12110',
  '12315',
  '12363',
  '12381',
  '12321',
  '12300',
  'www.12321.cn',
  'https://www.12321.cn',
  '国家反诈中心',
];

/** Risk phrases that a careful adviser calls a scam whoever sends them. */
export const RISK_PHRASES: readonly string[] = [
  '您的账户涉嫌违规，请配合调查',
  '您涉嫌洗钱，请配合警方调查',
  '请下载安心盾进行安全验证',
  '请下载这个APP完成退款',
  '请安装远程协助软件',
  '请提供您收到的验证码',
  '请把收到的6位数字告诉我',
  '把短信里的六位数发给我',
  '验证码发我一下',
  '请报一下验证码',
  '请输入支付密码完成验证',
  '请告诉我你的支付密码',
  '请开启屏幕共享',
  '请下载腾讯会议并共享屏幕',
  '会议号 123 456 789，进会后共享屏幕',
  '需要您先转账到安全账户',
  '需缴纳解冻费后才能解冻',
  '请先交保证金',
  '您的百万保障即将到期，不取消将每月扣费',
  '帮您关闭百万保障，避免自动扣费',
  '您的快递丢失，我们为您办理双倍赔偿',
  '您的订单异常，可以为您办理全额退款',
  '刷单返利，日赚300',
  '兼职做任务，佣金日结',
  '不要告诉家人，也不要挂电话',
  'please tell me the verification code',
  'please share your screen with me',
  'you need to transfer the money to a safe account',
];

/** Texts a careful adviser reads as genuine: reminders, official notices, this app's own advice. */
export const GENUINE_TEXTS: ReadonlyArray<[string, readonly Outcome[]]> = [
  ['官方不会索要验证码', ['no-signs']],
  ['客服绝不会要你的密码', ['no-signs']],
  ['请勿将验证码告诉他人', ['no-signs']],
  ['验证码不要告诉任何人', ['no-signs']],
  ['不要屏幕共享，不要下载陌生软件', ['no-signs']],
  ['百万保障免费，不能取消也不用续费', ['no-signs']],
  ['警惕刷单返利诈骗', ['no-signs']],
  ['公检法不会要求转账到安全账户', ['no-signs']],
  ['冒充客服退款诈骗又出新花样', ['no-signs']],
  ['真警察不会让你配合调查转账', ['no-signs']],
  ['Official staff never ask for your verification code', ['no-signs']],
  ['Never share your screen with a stranger', ['no-signs']],
  ['拨打微信支付客服 95017', ['contains-official']],
  ['请拨打95017转9冻结', ['contains-official']],
  ['打开腾讯客服小程序，选择微信冻结', ['contains-official']],
  ['关注微信安全中心公众号，点击我需要', ['contains-official']],
  ['在微信里搜索腾讯卫士小程序举报', ['contains-official']],
  ['请拨打110报警', ['contains-official']],
  ['接到96110的来电请接听', ['contains-official']],
  ['钱被骗走了：立即拨打 110，咨询打 96110', ['contains-official']],
  ['如需帮助，请前往 https://kf.qq.com/ 查看', ['contains-official']],
  ['国外用户请访问 help.wechat.com 或写信到 support@wechat.com', ['contains-official']],
  ['【腾讯科技】验证码123456，用于微信登录，请勿告诉他人。', ['no-signs']],
  ['【腾讯科技】验证码 482913，5分钟内有效。如非本人操作，请忽略本短信。', ['no-signs']],
  [
    '当前帐号于02:10在iPad设备上登录。若非本人操作，你的登录密码可能已经泄漏，请及时改密。紧急情况可前往http://weixin110.qq.com冻结帐号。',
    ['contains-official'],
  ],
  ['【12381】您可能正遭遇刷单返利诈骗，请立即停止与尾号1234的号码联系，如有疑问可拨打110或96110咨询', ['warning-12381']],
  ['【12381】您可能正遭遇冒充客服诈骗，请立即停止转账，如有疑问拨打110或96110', ['warning-12381']],
  ['12381预警：您可能正遭遇贷款诈骗，请提高警惕', ['warning-12381']],
  ['今天天气很好，晚上一起吃饭吧', ['no-signs']],
  ['快递到了，放在门口了', ['no-signs']],
  ['妈，我到家了', ['no-signs']],
  ['会议改到下午三点', ['no-signs']],
  ['商家电话 0755-12345678，如果没解决可以拨打 95017', ['unverified']],
  ['快递员电话 13812345678，到了会打给你', ['unverified']],
  ['在“账单”里找到这笔交易，点“对订单有疑惑”投诉商家', ['no-signs']],
  ['转账 24 小时内对方没收，钱会自动退回', ['no-signs']],
];

const FILLER = ['今天天气很好。', '我们下周见面吧，', '这是一段很长的聊天记录，', 'Lorem ipsum dolor sit amet, ', '好的，收到。'];

/** Decimal digits of many scripts: value d → the code point first + d. */
const DIGIT_BLOCKS: ReadonlyArray<[string, number]> = [
  ['full-width', 0xff10],
  ['math bold', 0x1d7ce],
  ['double-struck', 0x1d7d8],
  ['math sans', 0x1d7e2],
  ['math sans bold', 0x1d7ec],
  ['monospace', 0x1d7f6],
  ['Arabic-Indic', 0x0660],
  ['Extended Arabic-Indic', 0x06f0],
  ['Devanagari', 0x0966],
  ['Bengali', 0x09e6],
  ['Thai', 0x0e50],
  ['Tibetan', 0x0f20],
  ['Myanmar', 0x1040],
  ['Khmer', 0x17e0],
  ['NKo', 0x07c0],
  ['subscript', 0x2080],
];
const CN = '零一二三四五六七八九';
const CN_FIN = '零壹贰叁肆伍陆柒捌玖';
const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹';

type Styler = (digits: string) => string;
const STYLES: ReadonlyArray<[string, Styler]> = [
  ...DIGIT_BLOCKS.map(([name, first]): [string, Styler] => [name, (d) => [...d].map((c) => String.fromCodePoint(first + Number(c))).join('')]),
  ['circled', (d) => [...d].map((c) => (c === '0' ? '⓪' : String.fromCodePoint(0x2460 + Number(c) - 1))).join('')],
  ['parenthesised', (d) => [...d].map((c) => (c === '0' ? '0' : String.fromCodePoint(0x2474 + Number(c) - 1))).join('')],
  ['dingbat circled', (d) => [...d].map((c) => (c === '0' ? '⓪' : String.fromCodePoint(0x2780 + Number(c) - 1))).join('')],
  ['dingbat negative', (d) => [...d].map((c) => (c === '0' ? '⓿' : String.fromCodePoint(0x2776 + Number(c) - 1))).join('')],
  ['superscript', (d) => [...d].map((c) => SUPER[Number(c)]).join('')],
  ['Chinese numerals', (d) => [...d].map((c) => CN[Number(c)]).join('')],
  ['Chinese with 幺', (d) => [...d].map((c) => (c === '1' ? '幺' : CN[Number(c)])).join('')],
  ['financial numerals', (d) => [...d].map((c) => CN_FIN[Number(c)]).join('')],
  ['spaced Chinese', (d) => [...d].map((c) => CN[Number(c)]).join(' ')],
];

const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202d', '\u2066', '\u00ad', '\u180e', '\u061c', '\u200e'];

const CONFUSABLE_SWAPS: ReadonlyArray<[string, string]> = [
  ['a', 'а'],
  ['e', 'е'],
  ['o', 'о'],
  ['c', 'с'],
  ['p', 'р'],
  ['x', 'х'],
  ['i', 'і'],
  ['h', 'һ'],
  ['o', 'ο'],
  ['a', 'α'],
];

const FOREIGN_PREFIXES = ['+852', '+853', '+886', '+1', '+44', '+81', '+82', '+65', '+60', '+61', '+66', '+84', '+63', '+95', '001', '00852', '0044', '00886'];

/** Reassurance, politeness and negations scammers glue in front of a request, without punctuation. */
const REASSURANCE_PREFIXES: readonly string[] = [
  '绝不是骗子',
  '我们不是骗子',
  '我不是骗子',
  '放心不会骗你',
  '放心我们不会骗你的',
  '这不是诈骗',
  '这绝对不是诈骗',
  '这不是骗局',
  '这哪是诈骗',
  '不是什么诈骗电话',
  '您放心这不会是诈骗',
  '我们是正规客服不是骗子',
  '没有风险',
  '没有任何风险',
  '不会有任何损失',
  '不用担心',
  '别担心',
  '不要害怕',
  '别紧张',
  '不要着急',
  '您好不要误会',
  '不会扣你一分钱',
  '不收任何费用',
  '不会泄露你的信息',
  '不会耽误您太多时间',
  '我们绝对不会害你',
  '我们不会骗您的',
  '我们从不骗人',
  '不会让你吃亏',
  '不好意思打扰了',
  '请您放心',
  '谨防诈骗',
  '请勿泄露给他人',
  '任何问题都不用担心',
  '您好我们不是诈骗团伙',
  '这不是诈骗短信',
  '真的没有骗你',
  '不会有人知道的',
  '不会冻结你的账户',
];
const REASSURANCE_PREFIXES_EN: readonly string[] = [
  'this is not a scam',
  'this is not a scam please',
  "it's not a scam",
  "this isn't fraud",
  "don't worry",
  'do not worry',
  'no risk at all',
  "i'm not a scammer",
  'we are not scammers',
  'we will never scam you',
  'trust me this is not a scam',
  'nothing to worry about',
  'we never cheat customers',
];
/** Requests for codes, passwords, screen sharing and transfers, as scammers word them. */
const REQUESTS_ZH: readonly string[] = [
  '请把验证码发我',
  '把验证码发给我',
  '验证码发我一下',
  '请报一下验证码',
  '请提供您收到的验证码',
  '把收到的6位数字告诉我',
  '请告诉我你的支付密码',
  '把登录密码发给我',
  '请输入支付密码完成验证',
  '请开启屏幕共享',
  '下载腾讯会议共享屏幕',
  '请先转账到安全账户',
  '需要您先交保证金',
  '把钱转到我给你的账户',
];
const REQUESTS_EN: readonly string[] = [
  'please send me the code',
  'send me the sms code',
  'tell me the verification code',
  'please share your screen',
  'you need to transfer the money to a safe account',
  'please tell me your password',
  'give me your pin',
];
/** Genuine warnings: the negation governs the request (and a reassurance in front of one does not change that). */
const GENUINE_WARNINGS: readonly string[] = [
  '客服不会向你索要验证码',
  '请勿把验证码告诉任何人',
  '请不要把验证码告诉任何人',
  '不要把验证码发给任何人',
  '验证码不要告诉别人',
  '不要告诉别人验证码',
  '千万不要马上转账',
  '不要向陌生人转账',
  '不要理会请你提供验证码的人',
  '就算对方说不是骗子也不要给验证码',
  '即使对方说这不是诈骗也不要提供密码',
  '别担心客服不会向你索要验证码',
  '放心官方不会让你共享屏幕',
  '不用担心我们不会索要您的密码',
  '请放心我们绝不会要你的验证码',
  '不要相信需要先转账才能退款的说法',
  '解除限制不需要向任何人转账',
  '公检法不会让你把钱转到安全账户',
  '千万不要开启屏幕共享',
  '不要和陌生人共享屏幕',
  '官方工作人员任何时候都不会以任何理由向您索要短信验证码',
  '如果有人说我不是骗子请把验证码发我，那他就是骗子',
  '让你提供验证码的都是骗子',
  '凡是要你转账到安全账户的都是诈骗',
  '不要轻信陌生来电请勿提供验证码',
  '不要慌请不要把验证码告诉任何人',
  "don't worry we will never ask for your password",
  'we will never ask for your verification code',
  'please do not share your code with anyone',
  'never share your screen with a stranger',
  'do not send the code to anyone',
  'no one from wechat will ask for your password',
  'this is not a scam warning: never tell anyone your code',
  '验证码请勿告诉除本人以外的任何人',
  '验证码不要告诉除你之外的任何人',
  '只要不告诉别人验证码就安全',
  '验证码只能由本人输入',
];

/** Generates the corpus. */
export function buildCorpus(seed = 20261201): Case[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const digits = (n: number): string => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');
  const mobile = (): string => `1${pick(['3', '5', '7', '8', '9'])}${digits(9)}`;
  const cases: Case[] = [];
  const add = (family: string, input: string, expected: readonly Outcome[], group: Group): void => {
    cases.push({ family, input, expected, group });
  };

  // 1. Official contacts in every written form: official.
  for (const c of OFFICIAL_CONTACTS) add('official contact', c, ['official'], 'official');
  for (const c of GOVERNMENT_CONTACTS) add('government line', c, ['government'], 'official');
  for (const [name, style] of STYLES) {
    if (/Chinese|financial/.test(name)) continue; // 九五零一七 alone is text, not a number someone was given
    add('official number in other digits', style('95017'), ['official'], 'official');
    add('official number in other digits', style('96110'), ['government'], 'official');
  }

  // 2. A message claiming 95017 or an official name that asks for anything risky: scam.
  const claims = [
    '我是95017客服，',
    '95017客服提醒您：',
    '【微信支付】',
    '腾讯客服：',
    '微信客服通知：',
    '我们是腾讯官方客服，',
    '这里是微信安全中心，',
    '95017：',
    '微信团队提醒：',
    '【腾讯客服】',
    'WeChat Pay 95017: ',
    '这里是kf.qq.com，',
    '你好，我是微信支付的工作人员，',
    '腾讯110提醒：',
  ];
  for (const claim of claims) for (const risk of RISK_PHRASES) add('official claim with a risk request', claim + risk, ['scam'], 'scam');
  // … and the risk phrase before the contact, or the bare contact glued to it.
  for (const contact of OFFICIAL_CONTACTS) {
    for (let i = 0; i < 6; i += 1) {
      const risk = pick(RISK_PHRASES);
      add(
        'official contact plus a risk phrase',
        r() < 0.5 ? `${contact}${pick(['', ' ', '，', '\n', '：'])}${risk}` : `${risk}${pick(['', ' ', '，', '\n'])}${contact}`,
        ['scam'],
        'scam',
      );
    }
  }

  // 3. Account ids built on an official number: look-alike.
  for (const d of ['95017', '4006700700', '96110']) {
    for (const form of [
      `kefu${d}`,
      `QQ：${d}`,
      `QQ:${d}`,
      `qq号 ${d}`,
      `微信号：${d}`,
      `wx${d}`,
      `wx${d}kefu`,
      `vx：${d}`,
      `kf_${d}`,
      `tx${d}kf`,
      `weixin${d}`,
      `${d}kefu`,
    ]) {
      add('account id on an official number', form, ['lookalike'], 'scam');
    }
  }

  // 4. Official short numbers with a foreign prefix, a 400 in front, or extra digits: look-alike.
  for (const prefix of FOREIGN_PREFIXES) {
    for (const d of ['95017', '110', '96110', '12381']) add('official number with a foreign prefix', `${prefix} ${d}`, ['lookalike'], 'scam');
  }
  for (const form of [
    '400 95017',
    '40095017',
    '400-950-17',
    '4009-5017',
    '9501712',
    '95017 88',
    '0571 95017 88',
    '1095017',
    '950170',
    '800 95017',
    '400 670 07001',
    '14006700700',
  ]) {
    add('padded official number', form, ['lookalike'], 'scam');
  }
  for (const form of ['+864006700700', '+86 400 670 0700', '0086 4006700700', '+86-400-670-0700', '来电 +864006700700']) {
    add('spoofed 400 caller ID', form, form.startsWith('来电') ? ['scam'] : ['lookalike'], 'scam');
  }

  // 5. 95017 next to a mobile written in another script: scam (a real number beside the scammer's own).
  for (const [, style] of STYLES) {
    for (let i = 0; i < 3; i += 1) {
      const m = mobile();
      const sep = pick([' ', '，', ' 或 ', '\n', ' / ', '  ']);
      add('95017 next to a styled mobile', r() < 0.7 ? `95017${sep}${style(m)}` : `${style(m)}${sep}95017`, ['scam'], 'scam');
    }
  }

  // 6. 95017 next to a chat id without digits, or a brand id: scam.
  const ids = ['kefuabc', 'wechatkefu', 'weixin_kefu', 'txkefu', 'kefu-guanfang', 'wxpay-kefu', 'qqkefu'];
  for (const id of ids) {
    for (const form of [`95017 加微信 ${id}`, `95017 微信：${id}`, `95017 ${id}`, `客服热线95017，微信号 ${id}`, `${id} 95017`])
      add('95017 next to a chat id', form, ['scam'], 'scam');
  }
  for (let i = 0; i < 20; i += 1) {
    const id = `${pick(['zhang', 'li', 'wang', 'abc', 'service', 'help'])}${digits(4)}`;
    add('95017 next to a chat id', `95017 客服微信 ${id}`, ['scam'], 'scam');
  }

  // 7. Domains split by spaces or 点 next to 95017: not official (unverified); brand words in them: scam.
  const plainHosts = ['evil', 'pay-help', 'abc123', 'service-center', 'my-shop'];
  const brandHosts = ['wechat-kefu', 'weixin-pay', 'qq-kefu', 'tencent-service', 'wx-kefu', 'kefu-weixin'];
  const splits = [' .', '. ', ' . ', '点', ' 点 ', '。', ' 。 ', '[.]', '(.)', '．'];
  for (const split of splits) {
    for (const tld of ['cn', 'com', 'top']) {
      add('split domain next to 95017', `95017 ${pick(plainHosts)}${split}${tld}`, ['unverified'], 'neutral');
      add('split brand domain', `${pick(brandHosts)}${split}${tld}`, ['lookalike'], 'scam');
    }
  }

  // 8. Text glued to an official link: the glued address is read, so not official.
  for (const glue of ['或', '和', '，', '、', '或者', '以及']) {
    for (const link of ['https://kf.qq.com/', 'kf.qq.com', 'https://help.wechat.com/', 'weixin110.qq.com']) {
      add('text glued to an official link', `${link}${glue}${pick(plainHosts)}.${pick(['cn', 'com', 'top'])}`, ['unverified'], 'neutral');
      add('text glued to an official link', `${link}${glue}${pick(brandHosts)}.${pick(['cn', 'com', 'top'])}`, ['scam'], 'scam');
    }
  }

  // 9. Redirect targets inside official links, plain or percent-encoded once or twice: look-alike.
  const targets = ['https://evil.cn', 'http://pay-help.top/login', 'evil.com', '//evil.cn/x'];
  for (const base of ['https://kf.qq.com/', 'https://weixin.qq.com/', 'https://help.wechat.com/', 'kf.qq.com', 'https://mp.weixin.qq.com/s']) {
    for (const key of ['?u=', '?url=', '?redirect=', '?to=', '#']) {
      for (const target of targets) {
        const once = encodeURIComponent(target);
        add('redirect inside an official link', `${base}${key}${r() < 0.5 ? once : encodeURIComponent(once)}`, ['lookalike'], 'scam');
      }
    }
  }

  // 10. Invisible characters inside official names, numbers and domains: look-alike.
  const hideable = ['腾讯客服', '微信安全中心', '腾讯卫士', '微信支付', '腾讯110', '95017', 'kf.qq.com', 'help.wechat.com', 'support@wechat.com', 'WeChat Pay'];
  for (const target of hideable) {
    for (let i = 0; i < 8; i += 1) {
      const at = 1 + Math.floor(r() * (target.length - 1));
      add('invisible characters', target.slice(0, at) + pick(INVISIBLES) + target.slice(at), ['lookalike'], 'scam');
    }
  }

  // 11. Official names with odd suffixes, and official-sounding names that are not official: look-alike.
  for (const name of ['腾讯客服', '微信支付', '微信安全中心', '腾讯卫士', '腾讯110']) {
    for (const suffix of ['中心', 'vip', '001', '退款中心', '官方客服', '专员', '热线', '售后', '理赔', '_官方', '客服', '安全中心', '2']) {
      add('official name with an odd suffix', name + suffix, ['lookalike'], 'scam');
    }
  }
  for (const name of [
    '微信客服',
    '微信官方客服',
    '微信退款中心',
    '腾讯官方',
    '微信团队客服',
    '微信支付官方退款',
    'WeChat Support',
    'Tencent Official Service',
    '微信客服中心',
    '财付通客服',
  ]) {
    add('official-sounding name', name, ['lookalike'], 'scam');
  }

  // 12. Long pastes: a risk request after 2,000 characters is found; a long harmless text is not a scam.
  for (let i = 0; i < 30; i += 1) {
    let filler = '';
    const target = 2000 + Math.floor(r() * 15000);
    while (filler.length < target) filler += pick(FILLER);
    add('long paste', filler + pick(RISK_PHRASES), ['scam'], 'scam');
    add('long paste', filler, ['no-signs'], 'neutral');
  }

  // 13. Genuine texts: reminders, official notices, this app's own advice.
  for (const [text, expected] of GENUINE_TEXTS) add('genuine text', text, expected, 'official');
  const appTexts: string[] = [];
  for (const c of CHANNELS) {
    if (c.steps.known) for (const s of c.steps.value) appTexts.push(s.zh, s.en);
    if (c.limits.known) for (const s of c.limits.value) appTexts.push(s.zh);
    appTexts.push(c.summary.zh);
  }
  for (const l of LINES) {
    if (l.handles.known) appTexts.push(l.handles.value.zh);
    if (l.precondition && l.precondition.known) appTexts.push(l.precondition.value.zh);
    for (const n of l.notes ?? []) appTexts.push(n.zh, n.en);
  }
  for (const p of CATALOGUE) {
    for (const s of p.steps) appTexts.push(s.text.zh);
    for (const w of p.warnings) appTexts.push(w.zh);
    for (const w of p.rules) appTexts.push(w.zh);
  }
  for (const text of appTexts) add("the app's own text", text, CALM, 'official');

  // 14. Foreign numbers: neutral alone; with a scam sign, a scam.
  for (let i = 0; i < 60; i += 1) {
    const n = `${pick(['+1 415', '+44 20', '+81 3', '+852 2', '+65 6', '+61 2', '+886 2', '+853 28', '001 212', '0044 20'])} ${digits(3)} ${digits(4)}`;
    add('foreign number', n, ['foreign'], 'neutral');
    add('foreign number with a scam sign', r() < 0.5 ? `微信客服 ${n}` : `${n} ${pick(RISK_PHRASES)}`, ['scam'], 'scam');
  }

  // 15. 400 numbers and landlines: unknown alone; claiming to be WeChat support, a scam.
  for (let i = 0; i < 40; i += 1) {
    const n = pick([`400-${digits(3)}-${digits(4)}`, `400 ${digits(3)} ${digits(4)}`, `0755-${digits(8)}`, `010-${digits(8)}`, `800${digits(7)}`]);
    if (n.replace(/\D/g, '') === '4006700700') continue;
    add('unlisted number', n, ['unknown'], 'neutral');
    add(
      'unlisted number claiming WeChat support',
      `${pick(['微信客服', '微信客服电话：', '腾讯官方客服热线 ', '微信支付客服专线', '95017客服转接', '这里是微信团队，请回电'])}${n}`,
      ['scam'],
      'scam',
    );
  }

  // 16. "微信客服" on a caller: a scam (WeChat support does not call you first).
  for (const form of [
    '来电显示：微信客服',
    '来电显示 微信客服',
    '微信客服给我打电话了',
    '微信客服打来电话说我的账号有问题',
    '腾讯客服来电说要帮我退款',
    '有个自称微信官方客服的人打电话给我',
    '95017客服打来电话要我报验证码',
  ]) {
    add('WeChat support on a caller', form, ['scam', 'lookalike'], 'scam');
  }

  // 17. Code requests however they are worded.
  const asks = [
    '请把收到的6位数字告诉我',
    '把短信里的六位数发给我',
    '你收到的4位数字念一下',
    '验证码是多少',
    '刚才发到你手机上的验证码报一下',
    '把验证码截图发我',
    '麻烦提供一下短信验证码',
    '请回复收到的动态码',
    'what is the code you just received',
    'send me the SMS code',
  ];
  for (const a of asks) add('code request', a, ['scam'], 'scam');

  // 18. Look-alike domains: Cyrillic/Greek letters, accents and punycode.
  for (const host of ['wechat.com', 'weixin.qq.com', 'kf.qq.com', 'help.wechat.com', 'pay.weixin.qq.com', 'weixin110.qq.com']) {
    for (const [from, to] of CONFUSABLE_SWAPS) {
      if (!host.includes(from)) continue;
      const fake = host.replace(from, to);
      add('confusable letters in a domain', fake, ['lookalike'], 'scam');
      const puny = domainToASCII(fake);
      if (puny && puny !== fake) add('punycode domain', puny, ['lookalike'], 'scam');
      add('punycode domain', `https://${puny || fake}/login`, ['lookalike'], 'scam');
    }
  }
  for (const fake of ['wéchat.com', 'weixìn.com', 'qq-客服.com', '微信客服.com', '腾讯.com', 'kf.qq.com.微信.cn']) {
    add('punycode domain', domainToASCII(fake) || fake, ['lookalike'], 'scam');
    add('confusable letters in a domain', fake, ['lookalike'], 'scam');
  }

  // 19. 12381: genuine warnings, and fakes that carry a link or a number.
  for (const kind of ['刷单返利', '冒充客服', '贷款', '冒充公检法', '虚假投资理财', '杀猪盘']) {
    add(
      '12381 warning',
      `【12381】您可能正遭遇${kind}诈骗，请立即停止与尾号${digits(4)}的号码联系，如有疑问可拨打110或96110咨询`,
      ['warning-12381'],
      'official',
    );
    add('fake 12381', `【12381】您可能正遭遇${kind}诈骗，请点击 http://${pick(plainHosts)}.cn 领取补偿`, ['scam'], 'scam');
    add('fake 12381', `【12381】您可能正遭遇${kind}诈骗，请联系 ${mobile()} 追回损失`, ['scam'], 'scam');
  }

  // 20. Personal contacts: not official alone; claiming to be support, a scam.
  for (let i = 0; i < 40; i += 1) {
    const m = mobile();
    add('personal mobile', r() < 0.5 ? m : `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, ['personal'], 'scam');
    add(
      'personal mobile claiming support',
      `${pick(['微信客服', '我是腾讯客服', '95017客服', '微信支付理赔专员', '官方客服'])}${pick(['', ' ', '：', '，电话'])}${m}`,
      ['scam'],
      'scam',
    );
  }
  for (const box of [
    'kefu@qq.com',
    'weixin-kefu@qq.com',
    'wechat.support@163.com',
    'tencent-service@gmail.com',
    'kf.qq.com@evil.top',
    'support@wechat.com.help-desk.top',
  ]) {
    add('look-alike mailbox', box, ['lookalike'], 'scam');
  }
  // 21. Scams that add a reassuring line to slip through: still scams.
  const boilerplate = [
    '谨防诈骗。',
    '请勿泄露给他人。',
    '官方提醒：谨防上当。',
    '本短信由系统自动发送。',
    '如非本人操作请忽略。',
    '（官方认证）',
    'Beware of scams.',
  ];
  for (const b of boilerplate) {
    for (let i = 0; i < 8; i += 1) {
      const risk = pick(RISK_PHRASES);
      add('scam with a reassuring line', r() < 0.5 ? `${pick(claims)}${risk}。${b}` : `${b}${pick(claims)}${risk}`, ['scam'], 'scam');
    }
  }

  // 22. Common scam scripts without any official number (e-commerce refunds, police, credit records, bosses).
  const scripts = [
    '您好，我是某宝客服，您购买的商品有质量问题，我们为您办理双倍赔偿，请加我微信',
    '您的快递在运输中丢失，我们将为您理赔，请点击链接填写信息',
    '我是市公安局的民警，您涉嫌一起洗钱案件，请配合调查，不要告诉家人',
    '这里是检察院，你的银行卡涉案，需要把资金转到安全账户接受审查',
    '您的学生贷款账户未注销，将影响征信，请按我的指示操作转账',
    '我是你领导，明天来我办公室，先帮我转2万到这个账户',
    '您的医保卡被冻结，请拨打我们的专线处理，并提供验证码',
    '恭喜您中奖了，领奖前需先缴纳手续费',
    '兼职刷单，每单返利10元，先垫付后返现',
    '您好，您开通了百万保障会员，下月起每月扣费500元，如需取消请联系我',
    '请下载这个软件，开启屏幕共享，我教你操作退款',
    '你的微信涉嫌违规，需要验资解冻，先转5000保证金',
  ];
  for (const text of scripts) add('common scam script', text, ['scam'], 'scam');

  // 23. People asking about official contacts in their own words: the contacts are official, the text vouches for nothing.
  const asksAbout = [
    '你好，我想问一下 95017 几点有人工',
    '朋友说打95017可以冻结微信支付，是真的吗',
    '我应该去 kf.qq.com 还是打 95017',
    '出国了打不了95017怎么办，能打 +86 571 95017 吗',
    '110 和 96110 有什么区别',
    '微信安全中心公众号怎么找',
    'How do I reach help.wechat.com from abroad',
  ];
  for (const text of asksAbout) add('question about an official contact', text, ['contains-official'], 'official');

  // 24. Reassurance or a negation glued to a request without punctuation ("绝不是骗子请把验证码发我"): the
  //     negation is about the reassurance, the request stands, so a scam. Also with the reassurance after it.
  for (const prefix of REASSURANCE_PREFIXES) for (const request of REQUESTS_ZH) add('reassurance glued to a request', prefix + request, ['scam'], 'scam');
  for (const prefix of REASSURANCE_PREFIXES_EN)
    for (const request of REQUESTS_EN) add('reassurance glued to a request', `${prefix} ${request}`, ['scam'], 'scam');
  for (const suffix of REASSURANCE_PREFIXES) add('request with reassurance glued after', pick(REQUESTS_ZH) + suffix, ['scam'], 'scam');
  for (const suffix of REASSURANCE_PREFIXES_EN) add('request with reassurance glued after', `${pick(REQUESTS_EN)} ${suffix}`, ['scam'], 'scam');

  // 25. The opposite: genuine warnings whose negation governs the request, some after a reassurance: not scams.
  for (const text of GENUINE_WARNINGS) add('genuine warning against a request', text, ['no-signs'], 'official');
  for (const who of ['客服', '微信客服', '官方', '工作人员', '民警', '银行']) {
    for (const never of ['不会向你索要', '绝不会要你的', '从不索要', '不会让你提供', '任何时候都不会以任何理由向您索要']) {
      add('genuine warning against a request', `${who}${never}${pick(['验证码', '短信验证码', '密码', '支付密码'])}`, ['no-signs'], 'official');
    }
  }
  for (const dont of ['请勿', '请不要', '不要', '千万不要', '切勿', '别', '绝不要', '千万别']) {
    for (const what of ['把验证码告诉任何人', '将短信验证码发给他人', '把密码告诉陌生人', '向陌生人转账', '和陌生人共享屏幕', '把支付密码发给别人']) {
      add('genuine warning against a request', dont + what, ['no-signs'], 'official');
    }
  }
  return cases;
}

export interface FamilyCount {
  family: string;
  cases: number;
  correct: number;
  scamsCalledOfficial: number;
  officialCalledScam: number;
}

/** Runs `classify` over the corpus and counts by family. */
export function scoreCorpus(cases: readonly Case[], classify: (input: string) => Outcome): { families: FamilyCount[]; misses: Array<Case & { got: Outcome }> } {
  const byFamily = new Map<string, FamilyCount>();
  const misses: Array<Case & { got: Outcome }> = [];
  for (const c of cases) {
    const got = classify(c.input);
    const f = byFamily.get(c.family) ?? { family: c.family, cases: 0, correct: 0, scamsCalledOfficial: 0, officialCalledScam: 0 };
    f.cases += 1;
    if (c.expected.includes(got)) f.correct += 1;
    else misses.push({ ...c, got });
    if (c.group === 'scam' && REASSURING.includes(got)) f.scamsCalledOfficial += 1;
    if (c.group === 'official' && ALARMING.includes(got)) f.officialCalledScam += 1;
    byFamily.set(c.family, f);
  }
  return { families: [...byFamily.values()], misses };
}
