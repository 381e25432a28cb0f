/**
 * Contacts outside WeChat's channels that plans and the scam check point to:
 * police, regulators, government warning lines and WeChat's own 400 line.
 * Every fact names its source (sources-lines.ts) and is dated
 * RESEARCH_CHECKED_ON; what no reliable source says is `known: false`, and
 * the app says 「未确认」. Never add a number or address without a source.
 */
import { Fact, Hours, Line, LineId, LINE_IDS, PhoneNumber, SourcedText, Text } from '../types';
import { RESEARCH_CHECKED_ON } from './sources';

function known<T>(value: T, source: string, also?: readonly string[]): Fact<T> {
  const fact: Fact<T> = { known: true, value, source, checkedOn: RESEARCH_CHECKED_ON };
  if (also) fact.also = also;
  return fact;
}

function unknown<T>(zh: string, en: string): Fact<T> {
  return { known: false, note: { zh, en }, checkedOn: RESEARCH_CHECKED_ON };
}

const t = (zh: string, en: string): Text => ({ zh, en });
const note = (zh: string, en: string, source: string): SourcedText => ({ zh, en, source, checkedOn: RESEARCH_CHECKED_ON });
const num = (display: string, dial: string): PhoneNumber => ({ display, dial });
const NO_HOURS = (): Fact<Hours> => unknown('受理时间未确认', 'Hours not confirmed');

export const LINES: readonly Line[] = [
  {
    id: 'police-110',
    kind: 'phone',
    name: t('110 报警电话', '110 police'),
    handles: known(
      t(
        '被骗、钱已转出：立刻报警；记下骗子的账号和户名，警方可以紧急止付',
        "Scammed, money gone: report to the police at once; note the scammer's account and name, the police can stop the payment",
      ),
      'line-mps-xinhua',
      ['line-cq-police-12381'],
    ),
    number: known(num('110', '110'), 'line-mps-xinhua'),
    hours: known({ kind: 'always' }, 'line-wiki-110'),
    textOnly: false,
    voiceOnly: false,
    worksAbroad: false,
    notes: [
      note(
        '不方便打电话：很多地方可以发短信到 12110 报警（有的地方要在后面加区号后三位）；也可以请身边的人代打 110，或直接去派出所',
        'If you cannot phone: many places take SMS reports at 12110 (some need the last three digits of the area code added); or ask someone to call 110 for you, or go to a police station',
        'line-12110-cctv',
      ),
    ],
  },
  {
    id: 'anti-fraud-96110',
    kind: 'phone',
    name: t('96110 反诈预警劝阻专线', '96110 police anti-fraud warning line'),
    handles: known(
      t(
        '公安反诈劝阻、咨询和举报：拿不准是不是诈骗可以打来问；接到 96110 的来电请接听，那是警方在提醒你',
        'Police anti-fraud warnings, advice and reports: call it when unsure whether something is a scam; when 96110 calls you, answer: it is the police warning you',
      ),
      'line-cug-96110',
      ['line-cq-police-12381'],
    ),
    number: known(num('96110', '96110'), 'line-cug-96110', ['line-cq-police-12381']),
    hours: NO_HOURS(),
    textOnly: false,
    voiceOnly: true,
    worksAbroad: false,
    notes: [
      note(
        '96110 是咨询和劝阻专线；钱已经被骗走，先打 110 报警',
        '96110 is for advice and warnings; if money is already gone, call 110 first',
        'line-cq-police-12381',
      ),
    ],
  },
  {
    id: 'sms-12110',
    kind: 'sms',
    name: t('12110 短信报警', '12110 SMS police reports'),
    handles: known(
      t(
        '不方便打电话时用短信报警（听障、言语障碍，或身边有危险不能出声）；写清时间、地点和发生了什么',
        'Report to the police by SMS when you cannot phone (hearing or speech impairment, or danger nearby); say when, where and what happened',
      ),
      'line-12110-cctv',
      ['line-wiki-110', 'line-12110-yanzhao'],
    ),
    number: known(num('12110', '12110'), 'line-12110-cctv', ['line-wiki-110']),
    hours: NO_HOURS(),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: false,
    notes: [
      note(
        '各地接入方式不同：有的地方要发到 12110 加本地区号后三位；能打电话时，直接打 110 更快',
        'Local forms differ: some places need the last three digits of the area code after 12110; if you can phone, 110 is faster',
        'line-12110-yanzhao',
      ),
    ],
  },
  {
    id: 'consumer-12315',
    kind: 'phone',
    name: t('12315 市场监管投诉', '12315 market regulator complaints'),
    handles: known(
      t('和商家的消费纠纷（包括用微信支付付款的商家）', 'Consumer disputes with a business (including merchants paid by WeChat Pay)'),
      'line-samr-jiangchuan',
    ),
    precondition: known(
      t(
        '收到投诉后 7 个工作日内决定是否受理；知道权益受损超过三年的不再受理；要写清双方名称、地址和经过',
        'Acceptance is decided within 7 working days; not accepted more than three years after you knew of the harm; give both parties\u2019 names, addresses and what happened',
      ),
      'line-samr-jiangchuan',
    ),
    number: known(num('12315', '12315'), 'line-samr-jiangchuan'),
    url: unknown(
      '可在全国 12315 平台的网站、App 或微信小程序投诉；网址未核对',
      'You can also complain on the national 12315 platform (website, app or mini program); its address was not checked',
    ),
    hours: NO_HOURS(),
    textOnly: false,
    voiceOnly: false,
    worksAbroad: false,
  },
  {
    id: 'pboc-12363',
    kind: 'phone',
    name: t('12363 中国人民银行金融消费投诉', "12363 People's Bank of China consumer complaints"),
    handles: known(
      t(
        '和支付机构的纠纷：微信支付由财付通运营，对财付通的处理不满意可以找人民银行',
        "Disputes with a payment institution: WeChat Pay is run by Tenpay; if Tenpay's handling leaves you unsatisfied, turn to the People's Bank",
      ),
      'line-pboc-qinghai',
      ['line-tenpay-footer'],
    ),
    precondition: known(
      t(
        '先向财付通（微信支付 95017）投诉；对方拒绝、没有按时处理或结果不满意，再打 12363',
        'Complain to Tenpay first (WeChat Pay, 95017); if refused, not handled in time or unsatisfied, then call 12363',
      ),
      'line-pboc-qinghai',
      ['line-pboc-2020-rules'],
    ),
    number: known(num('12363', '12363'), 'line-pboc-qinghai'),
    hours: unknown(
      '工作日受理，各地人民银行分支机构时间不同（例如青海 08:30–11:30、14:00–17:30）',
      "Working days; hours differ by People's Bank branch (for example Qinghai 08:30–11:30, 14:00–17:30)",
    ),
    textOnly: false,
    voiceOnly: true,
    worksAbroad: false,
  },
  {
    id: 'miit-12300',
    kind: 'phone',
    name: t('12300 工信部电信用户申诉', '12300 MIIT telecom user appeals'),
    handles: known(
      t('和电信业务经营者的纠纷（微信持有增值电信业务许可）', 'Disputes with a telecom service provider (WeChat holds a value-added telecom licence)'),
      'line-miit-appeal-rules',
    ),
    precondition: known(
      t(
        '先向经营者投诉；对方 15 日内没有答复或结果不满意，才可申诉；话费争议超过五个月、其他争议超过二年的不予受理',
        'Complain to the provider first; appeal only if it did not answer within 15 days or you are unsatisfied; fee disputes older than five months and others older than two years are not accepted',
      ),
      'line-miit-appeal-rules',
    ),
    number: unknown(
      '12300 热线据第三方资料已在 2020 年并入工信部 12381 政务热线，现在的号码未确认',
      "A third-party source says the 12300 hotline was folded into MIIT's 12381 line in 2020; the current number is not confirmed",
    ),
    hours: NO_HOURS(),
    textOnly: false,
    voiceOnly: false,
    worksAbroad: false,
    notes: [note('号码以工信部网站公布的为准', "Use the number MIIT's own website gives", 'line-12381-merger')],
  },
  {
    id: 'spam-12321',
    kind: 'web',
    name: t('12321 网络不良与垃圾信息举报', '12321 spam and harassment reports'),
    handles: known(
      t('垃圾短信、骚扰电话、诈骗电话、不良网站和 App、个人信息泄露', 'Spam SMS, harassing and fraud calls, bad websites and apps, leaked personal data'),
      'line-12321-guide',
    ),
    url: known('https://www.12321.cn', 'line-12321-guide'),
    number: unknown(
      '电话 010-12321 据指南主要受理咨询，且据第三方资料 2020 年已并入 12381；电话号码未确认，请用网站或“12321受理中心”公众号',
      'The guide says 010-12321 mainly answers questions, and a third-party source says it was folded into 12381 in 2020; not confirmed: use the website or the 12321受理中心 official account',
    ),
    hours: NO_HOURS(),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: false,
    notes: [
      note(
        '也可以在微信里关注“12321受理中心”公众号，点“我要投诉”；不要改动垃圾短信的原文',
        'You can also follow the 12321受理中心 official account in WeChat and tap 我要投诉; do not edit the spam text',
        'line-12321-guide',
      ),
    ],
  },
  {
    id: 'warning-12381',
    kind: 'sms',
    name: t('12381 涉诈预警短信', '12381 government fraud-warning SMS'),
    handles: known(
      t(
        '工信部和公安部发给可能正在被骗的人的预警短信：收到说明你可能正在遭遇诈骗，请立刻停止和对方联系、停止转账',
        'A warning SMS that MIIT and the police send to people who may be being scammed: stop contacting the other side and stop paying now',
      ),
      'line-cq-police-12381',
      ['line-cnr-12381'],
    ),
    number: known(num('12381', '12381'), 'line-cq-police-12381', ['line-cnr-12381']),
    hours: unknown('只发预警短信，不用回复或回拨', 'It only sends warnings; no reply or call back is needed'),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: false,
    notes: [
      note(
        '真正的 12381 短信不含任何链接、微信号、QQ 号或其他电话号码，也不用回复；有疑问打 110 或 96110',
        'A real 12381 SMS holds no link, WeChat or QQ id or other phone number and needs no reply; with questions, call 110 or 96110',
        'line-cnr-12381',
      ),
    ],
  },
  {
    id: 'wechat-400',
    kind: 'phone',
    name: t('微信客服电话 400 670 0700', 'WeChat customer service 400 670 0700'),
    handles: known(
      t('微信“关于微信”页面上印的客服电话（全国统一服务热线）', "The customer service number printed on WeChat's own About WeChat screen (a nationwide line)"),
      'line-wechat-about-clone',
      ['line-wechat-400-notice'],
    ),
    number: known(num('400 670 0700', '4006700700'), 'line-wechat-about-clone', ['line-wechat-400-notice']),
    hours: unknown('服务时间未确认', 'Hours not confirmed'),
    textOnly: false,
    voiceOnly: true,
    worksAbroad: false,
    notes: [
      note(
        '请在自己手机上核对：我 → 设置 → 关于微信（可信度中等：没有找到腾讯网页上的原文）',
        'Check it on your phone: Me → Settings → About WeChat (medium confidence: no Tencent web page was found)',
        'line-wechat-about-clone',
      ),
      note(
        '这条热线从不打国际电话，也绝不会要你提供密码、验证码或转账；骗子会伪造来电显示 +864006700700',
        'This line never calls abroad and never asks for passwords, codes or transfers; scammers spoof the caller ID +864006700700',
        'line-wechat-400-notice',
      ),
    ],
  },
  {
    id: 'anti-fraud-app',
    kind: 'app',
    name: t('国家反诈中心 App', 'National Anti-Fraud Center app (国家反诈中心)'),
    handles: known(
      t(
        '举报诈骗号码、账号和网址，“报案助手”，诈骗预警，“身份验真”（核实对方是不是真的民警等）',
        'Report scam numbers, accounts and sites; a report assistant; fraud warnings; identity check (is the caller really a police officer)',
      ),
      'line-anti-fraud-app',
    ),
    precondition: known(t('需要实名注册', 'Needs real-name registration'), 'line-anti-fraud-app'),
    hours: known({ kind: 'always' }, 'editorial'),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: false,
    notes: [note('在手机应用商店搜索“国家反诈中心”下载', 'Search for 国家反诈中心 in your phone\u2019s app store', 'line-anti-fraud-app')],
  },
];

function byId(): Readonly<Record<LineId, Line>> {
  const out = {} as Record<LineId, Line>;
  for (const id of LINE_IDS) {
    const line = LINES.find((l) => l.id === id);
    if (!line) throw new Error(`lines.ts: no line for ${id}`);
    out[id] = line;
  }
  return out;
}

export const LINE_BY_ID: Readonly<Record<LineId, Line>> = byId();

/**
 * Numbers that name a government line whose phone number is not confirmed as
 * current (12300, 12321: see their `number` notes). The scam check says
 * whose number it is and that it is not confirmed; nothing dials them.
 */
export const LINE_NAME_NUMBERS: Readonly<Record<string, LineId>> = {
  '12300': 'miit-12300',
  '12321': 'spam-12321',
};
