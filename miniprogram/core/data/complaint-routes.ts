/**
 * Where a complaint can go once customer service does not answer: the routes the follow-up clock
 * (core/clock.ts) and the plans' escalate steps name. Each route's addressee and how to reach it come from
 * the existing data — the channel cards (channels.ts), the government lines (lines.ts) and the
 * 「客服一直不理我」 plan's escalate steps (catalogue/other.ts) — so no number, address or menu path is
 * written here; what the data does not confirm the generator says 「未确认」.
 * The words the user reads (route names, default wishes, the rule a route waits for) are data texts, here.
 */
import { ContactKind, Outcome, StepId } from '../clock';
import { ChannelId, LineId, ProblemId, Text } from '../types';

/** Route ids, in the order they are offered (the police first, the overseas help last). */
export const ROUTE_IDS = ['110', 'pay-complaint', 'pay-intervene', 'tenpay', '12315', '12363', '12300', 'overseas'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

const t = (zh: string, en: string): Text => ({ zh, en });

/** Where a route's addressee and reach come from. */
export type RouteReach =
  /** A channel card: its phone (or abroad: its url and emails). */
  | { from: 'channel'; channel: ChannelId }
  /** A government line: its number and url facts. */
  | { from: 'line'; line: LineId }
  /** An escalate step of the 「客服一直不理我」 plan: its menu path, else its text. */
  | { from: 'step'; step: string };

export interface RouteData {
  id: RouteId;
  /** Short name for the route picker. */
  name: Text;
  /** Who the text is addressed to. */
  to: Text;
  reach: RouteReach;
  /** The heading of the generated text. */
  heading: Text;
  /** The text needs the user's name and contact (a regulator, the police, email abroad). */
  needsContact: boolean;
  /** Languages the text comes in: zh for every route, en too for the overseas help. */
  langs: readonly ('zh' | 'en')[];
}

export const ROUTES: Readonly<Record<RouteId, RouteData>> = {
  '110': {
    id: '110',
    name: t('110 报警', 'Police (110)'),
    to: t('公安机关（110 报警）', 'The police (110)'),
    reach: { from: 'line', line: 'police-110' },
    heading: t('报警情况摘要', 'Police report summary'),
    needsContact: true,
    langs: ['zh'],
  },
  'pay-complaint': {
    id: 'pay-complaint',
    name: t('微信支付交易投诉（投诉商家）', 'WeChat Pay complaint about a merchant'),
    to: t('商家（通过微信支付交易投诉）', 'The merchant (through a WeChat Pay complaint)'),
    reach: { from: 'step', step: 'pay-complaint' },
    heading: t('交易投诉', 'Payment complaint'),
    needsContact: false,
    langs: ['zh'],
  },
  'pay-intervene': {
    id: 'pay-intervene',
    name: t('申请微信支付介入', 'Ask WeChat Pay to step in'),
    to: t('微信支付（申请平台介入）', 'WeChat Pay (platform intervention)'),
    reach: { from: 'step', step: 'continue-complaint' },
    heading: t('申请微信支付介入', 'Request for WeChat Pay to step in'),
    needsContact: false,
    langs: ['zh'],
  },
  tenpay: {
    id: 'tenpay',
    name: t('95017 财付通（微信支付）投诉', '95017 Tenpay (WeChat Pay) complaint'),
    to: t('财付通（微信支付客服）', 'Tenpay (WeChat Pay customer service)'),
    reach: { from: 'channel', channel: 'pay-hotline' },
    heading: t('向微信支付投诉', 'Complaint to WeChat Pay'),
    needsContact: false,
    langs: ['zh'],
  },
  '12315': {
    id: '12315',
    name: t('12315 投诉商家', '12315 complaint about a business'),
    to: t('市场监督管理部门（12315）', 'The market regulator (12315)'),
    reach: { from: 'line', line: 'consumer-12315' },
    heading: t('消费投诉', 'Consumer complaint'),
    needsContact: true,
    langs: ['zh'],
  },
  '12363': {
    id: '12363',
    name: t('12363 人民银行金融消费投诉', "12363 People's Bank of China complaint"),
    to: t('中国人民银行（12363）', "The People's Bank of China (12363)"),
    reach: { from: 'line', line: 'pboc-12363' },
    heading: t('金融消费投诉', 'Financial consumer complaint'),
    needsContact: true,
    langs: ['zh'],
  },
  '12300': {
    id: '12300',
    name: t('12300 工信部电信用户申诉', 'MIIT telecom user appeal (12300)'),
    to: t('工业和信息化部电信用户申诉受理中心（12300）', "MIIT's telecom user appeal centre (12300)"),
    reach: { from: 'line', line: 'miit-12300' },
    heading: t('电信用户申诉', 'Telecom user appeal'),
    needsContact: true,
    langs: ['zh'],
  },
  overseas: {
    id: 'overseas',
    name: t('海外用户：WeChat 帮助中心', 'Outside China: WeChat Help Center'),
    to: t('WeChat 海外客服', 'WeChat Customer Support'),
    reach: { from: 'channel', channel: 'international' },
    heading: t('WeChat 海外客服', 'Request to WeChat Customer Support'),
    needsContact: true,
    langs: ['zh', 'en'],
  },
};

/** The clock's steps and the route each belongs to (the merchant's deadlines lead to WeChat Pay stepping in). */
export const STEP_ROUTE: Readonly<Record<StepId, RouteId>> = {
  'merchant-reply': 'pay-intervene',
  'merchant-resolve': 'pay-intervene',
  'pay-intervene': 'pay-intervene',
  '12300': '12300',
  '12315': '12315',
  '12315-accept': '12315',
  '12363': '12363',
  '110': '110',
  '96110': '110',
};

/** Lines and channels the plans name, as routes. */
export const LINE_ROUTE: Partial<Record<LineId, RouteId>> = {
  'police-110': '110',
  'consumer-12315': '12315',
  'pboc-12363': '12363',
  'miit-12300': '12300',
};
export const CHANNEL_ROUTE: Partial<Record<ChannelId, RouteId>> = { 'pay-hotline': 'tenpay', international: 'overseas' };
/** A plan step citing the WeChat Pay complaint path offers the merchant complaint and WeChat Pay stepping in. */
export const COMPLAINT_PATH_SOURCE = 'other-complaint-path';

/** A case with only a category (no concrete problem): the routes its kind of problem has. */
export const CATEGORY_ROUTES: Readonly<Record<ProblemId | 'none', readonly RouteId[]>> = {
  payment: ['pay-complaint', 'pay-intervene', 'tenpay', '12315', '12363'],
  fraud: ['110', 'tenpay', '12363'],
  stolen: ['110', 'tenpay', '12300'],
  banned: ['12300'],
  login: ['12300'],
  howto: ['12300'],
  report: ['110', '12300'],
  other: ['pay-complaint', 'pay-intervene', 'tenpay', '12315', '12363', '12300'],
  none: ['tenpay', '12315', '12363', '12300'],
};

/** Every case can be sent to these (a scam victim always keeps 110 and 95017: see routeOffers). */
export const ALWAYS_ROUTES: readonly RouteId[] = ['overseas'];

/** What the user wants, by default: by the kind of problem; the police route asks for its own. */
export const DEFAULT_WISH: Readonly<Record<ProblemId | 'none', Text>> = {
  payment: t('请求退款', 'Please refund the payment'),
  fraud: t('请求追回被骗的钱', 'Please help recover the money I lost'),
  stolen: t('请求帮我找回账号', 'Please help me recover my account'),
  banned: t('请求解除限制', 'Please lift the restriction on my account'),
  login: t('请求恢复登录', 'Please help me sign in again'),
  howto: t('请求尽快处理并答复', 'Please handle this and reply'),
  report: t('请求处理被举报的账号并答复', 'Please act on the reported account and reply'),
  other: t('请求尽快处理并答复', 'Please handle this and reply'),
  none: t('请求尽快处理并答复', 'Please handle this and reply'),
};
export const POLICE_WISH = t('请求立案调查，追回被骗的钱', 'Please open a case and help recover the money');

/** Why a route is not open yet when the clock has no step for it: the rule it waits for. */
export const NOT_YET: Partial<Record<RouteId, Text>> = {
  'pay-intervene': t(
    '先在账单里投诉商家；商家 1 天内没有回复或对处理不满意，才可以申请微信支付介入',
    'First complain about the merchant from the bill; ask WeChat Pay to step in when the merchant has not replied within 1 day or you are unhappy',
  ),
};
/** Source of NOT_YET's rule. */
export const NOT_YET_SOURCE: Partial<Record<RouteId, string>> = { 'pay-intervene': 'esc-pay-complaint-rules' };

/** Who a contact reached, when the note says it was not the channel's own team. */
export const KIND_WHO: Partial<Record<ContactKind, Text>> = {
  'merchant-complaint': t('在微信支付投诉商家', 'a WeChat Pay complaint about the merchant'),
  'merchant-reply': t('商家答复', 'the merchant'),
  business: t('商家', 'the business'),
  '12315': t('12315', '12315'),
  '12300': t('12300', '12300'),
  '12363': t('12363', '12363'),
  '110': t('110 报警', 'the police (110)'),
};

export const OUTCOME_TEXT: Readonly<Record<Outcome, Text>> = {
  none: t('至今没有答复', 'no answer yet'),
  answered: t('已答复', 'answered'),
  unhappy: t('答复不能解决问题', 'the answer did not solve it'),
  refused: t('被拒绝', 'refused'),
  resolved: t('已解决', 'solved'),
};
