import { Problem, ProblemId } from '../types';
import { CHECKED_ON } from './sources';

export const PROBLEMS: readonly Problem[] = [
  {
    id: 'payment',
    label: { zh: '支付/转账问题', en: 'Payment or transfer problem' },
    short: { zh: '支付转账', en: 'Payment' },
    hint: { zh: '扣款异常、转错账、退款、零钱', en: 'Wrong charge, wrong transfer, refund, balance' },
    urgency: 'ask',
    materials: {
      known: true,
      value: [
        { id: 'txn-screenshot', zh: '交易记录截图（含交易单号）', en: 'Screenshot of the transaction (with the transaction ID)', key: 'txn' },
        { id: 'id-document', zh: '本人身份证件', en: 'Your ID document', key: 'id' },
        { id: 'linked-phone', zh: '绑定的手机号', en: 'The phone number linked to the account', key: 'phone' },
      ],
      source: 'seed',
      checkedOn: CHECKED_ON,
    },
    keywords: ['支付', '转账', '付款', '扣款', '退款', '零钱', '红包', '银行卡', '95017', 'pay', 'payment', 'refund', 'transfer'],
  },
  {
    id: 'fraud',
    label: { zh: '被骗了/钱被骗', en: 'I was scammed' },
    short: { zh: '被骗了', en: 'Scammed' },
    hint: { zh: '转账给骗子、假客服、刷单', en: 'Paid a scammer, fake customer service' },
    urgency: 'ask',
    materials: {
      known: true,
      value: [
        { id: 'chat-transfer-screenshots', zh: '聊天记录和转账记录截图', en: 'Screenshots of the chat and the transfers', key: 'evidence' },
        { id: 'other-side-accounts', zh: '对方的微信号、手机号或收款账号', en: "The other side's WeChat ID, phone number or payee account" },
        { id: 'txn-ids', zh: '交易单号', en: 'Transaction IDs', key: 'txn' },
        { id: 'police-receipt', zh: '报警回执（已报警时）', en: 'Police report receipt (if you reported it)' },
      ],
      source: 'seed',
      checkedOn: CHECKED_ON,
    },
    keywords: ['骗', '诈骗', '被骗', '假客服', '刷单', '退款', '理赔', 'scam', 'fraud', 'fake'],
  },
  {
    id: 'stolen',
    label: { zh: '账号被盗', en: 'Account stolen' },
    short: { zh: '账号被盗', en: 'Stolen' },
    hint: { zh: '别人登录了我的账号、在用我的号发消息', en: 'Someone else is using my account' },
    urgency: 'always',
    materials: {
      known: true,
      value: [
        { id: 'id-document', zh: '本人身份证件（人脸验证用）', en: 'Your ID document (for face verification)', key: 'id' },
        { id: 'linked-phone', zh: '绑定的手机号', en: 'The phone number linked to the account', key: 'phone' },
        { id: 'wechat-id-or-qq', zh: '微信号或绑定的 QQ 号/邮箱', en: 'Your WeChat ID, or the linked QQ number / email' },
        { id: 'usual-devices-friends', zh: '常用登录设备和好友信息', en: 'Devices you usually sign in on and some of your friends' },
      ],
      source: 'seed',
      checkedOn: CHECKED_ON,
    },
    keywords: ['被盗', '盗号', '冻结', '异地登录', '陌生设备', 'stolen', 'hacked', 'freeze'],
  },
  {
    id: 'banned',
    label: { zh: '账号被封/被限制', en: 'Account blocked or restricted' },
    short: { zh: '被封/限制', en: 'Blocked' },
    hint: { zh: '被封号、限制登录、功能被限制', en: 'Blocked, sign-in restricted, features limited' },
    urgency: 'never',
    materials: {
      known: true,
      value: [
        { id: 'id-document', zh: '本人身份证件', en: 'Your ID document', key: 'id' },
        { id: 'linked-phone', zh: '绑定的手机号', en: 'The phone number linked to the account', key: 'phone' },
        { id: 'block-notice-screenshot', zh: '封号/限制提示的截图', en: 'Screenshot of the block or restriction notice' },
      ],
      source: 'seed',
      checkedOn: CHECKED_ON,
    },
    keywords: ['封号', '封禁', '限制', '解封', '申诉', 'banned', 'blocked', 'restricted', 'appeal'],
  },
  {
    id: 'login',
    label: { zh: '登录不上/找回账号', en: 'Cannot sign in / recover account' },
    short: { zh: '登录找回', en: 'Sign-in' },
    hint: { zh: '忘记密码、换了手机号、收不到验证码', en: 'Forgot password, new phone number, no code' },
    urgency: 'ask',
    materials: {
      known: true,
      value: [
        { id: 'id-document', zh: '本人身份证件', en: 'Your ID document', key: 'id' },
        { id: 'previous-phone', zh: '原来绑定的手机号', en: 'The phone number you linked before', key: 'phone' },
        { id: 'wechat-id-or-qq', zh: '微信号或绑定的 QQ 号/邮箱', en: 'Your WeChat ID, or the linked QQ number / email' },
      ],
      source: 'seed',
      checkedOn: CHECKED_ON,
    },
    keywords: ['登录', '登不上', '找回', '密码', '验证码', '换手机', 'login', 'sign in', 'password', 'recover'],
  },
  {
    id: 'howto',
    label: { zh: '功能怎么用', en: 'How do I …?' },
    short: { zh: '怎么用', en: 'How-to' },
    hint: { zh: '设置、功能、使用方法咨询', en: 'Settings, features, how things work' },
    urgency: 'never',
    materials: {
      known: true,
      value: [{ id: 'screen-screenshot', zh: '出问题页面的截图', en: 'A screenshot of the screen in question', key: 'screenshot' }],
      source: 'editorial',
      checkedOn: CHECKED_ON,
    },
    keywords: ['怎么', '如何', '设置', '功能', '使用', 'how', 'setting', 'feature'],
  },
  {
    id: 'report',
    label: { zh: '举报骚扰/广告/诈骗', en: 'Report harassment, ads or fraud' },
    short: { zh: '举报', en: 'Report' },
    hint: { zh: '骚扰信息、广告、可疑账号', en: 'Harassing messages, ads, suspicious accounts' },
    urgency: 'never',
    materials: {
      known: true,
      value: [
        { id: 'evidence-screenshots', zh: '聊天或广告内容的截图（证据）', en: 'Screenshots of the messages or ads (evidence)', key: 'evidence' },
        { id: 'other-side-id', zh: '对方的微信号或群名称', en: "The other side's WeChat ID or group name" },
      ],
      source: 'seed',
      checkedOn: CHECKED_ON,
    },
    keywords: ['举报', '投诉', '骚扰', '广告', '色情', '赌博', 'report', 'harass', 'spam', 'ads'],
  },
  {
    id: 'other',
    label: { zh: '其他问题', en: 'Something else' },
    short: { zh: '其他', en: 'Other' },
    hint: { zh: '不确定属于哪一类', en: 'Not sure which kind' },
    urgency: 'never',
    materials: {
      known: true,
      value: [
        { id: 'what-happened', zh: '问题发生的时间和经过', en: 'When it happened and what happened' },
        { id: 'screens-involved', zh: '相关页面的截图', en: 'Screenshots of the screens involved', key: 'screenshot' },
      ],
      source: 'editorial',
      checkedOn: CHECKED_ON,
    },
    keywords: ['其他', '客服', '人工', 'other', 'help'],
  },
];

const BY_ID: Readonly<Record<string, Problem>> = PROBLEMS.reduce<Record<string, Problem>>((acc, p) => {
  acc[p.id] = p;
  return acc;
}, {});

export function problemById(id: ProblemId): Problem {
  const p = BY_ID[id];
  if (!p) throw new Error(`problemById: no problem "${id}" in PROBLEMS`);
  return p;
}
