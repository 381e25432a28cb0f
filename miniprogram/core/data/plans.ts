/**
 * The channel plans of the eight categories: per problem, the channels in
 * order of preference, why the first fits, and the flags the rules read.
 * Data only; the rules are in decide/rules.ts.
 */
import { ChannelId, LineId, ProblemId, Step, Text } from '../types';

export interface Plan {
  /** Channels in order of preference when money or the account is at risk now. */
  urgent: readonly ChannelId[];
  /** … and otherwise. */
  normal: readonly ChannelId[];
  /** Why the first channel fits this problem. */
  why: Text;
  /** Only the first channel can do this job, so "simplest path" must not replace it. */
  essential?: boolean;
  /** Money may have been taken: the result carries the police advice (110, or the local police abroad). */
  police?: true;
  /**
   * Steps this problem needs whichever channel comes first, added after that
   * channel's own steps (not when `unless` is first: its steps already say it).
   */
  also?: { steps: readonly Step[]; unless: ChannelId };
}

/** Reporting the scammer's account, in the words of the Tencent 110 card (same source). */
const REPORT_SCAMMER: Step = {
  zh: '另外举报骗子的账号：在对方聊天页点右上角“…”，选择“投诉”，附上截图',
  en: 'Also report the scammer’s account: in the chat, tap "…" at the top right, choose "Complain" and attach screenshots',
};

export const PLANS: Readonly<Record<ProblemId, Plan>> = {
  payment: {
    urgent: ['pay-hotline', 'emergency-freeze', 'smart-assistant', 'kf-miniprogram', 'official-accounts'],
    normal: ['pay-hotline', 'smart-assistant', 'official-accounts', 'kf-miniprogram', 'kf-web'],
    police: true,
    why: {
      zh: '支付和转账问题由微信支付客服处理，准备好交易截图和交易单号最快。',
      en: 'WeChat Pay customer service handles payments and transfers; have the transaction screenshot and ID ready.',
    },
  },
  fraud: {
    urgent: ['pay-hotline', 'emergency-freeze', 'tencent-110', 'smart-assistant'],
    normal: ['tencent-110', 'pay-hotline', 'smart-assistant', 'kf-miniprogram'],
    police: true,
    why: {
      zh: '被骗后先止损：尽快联系微信支付客服说明情况，同时向腾讯110举报对方账号，并报警。',
      en: 'After a scam, stop the loss: contact WeChat Pay, report the account to Tencent 110, and call the police.',
    },
    also: { steps: [REPORT_SCAMMER], unless: 'tencent-110' },
  },
  stolen: {
    urgent: ['emergency-freeze', 'security-center', 'smart-assistant', 'kf-web'],
    normal: ['emergency-freeze', 'security-center', 'smart-assistant', 'kf-web'],
    why: {
      zh: '账号被盗要先冻结，阻止对方继续用你的号借钱或转账；冻结后再通过安全中心申诉找回。',
      en: 'Freeze a stolen account first so nobody can use it to borrow or move money; then appeal through the Security Center.',
    },
  },
  // Blocked or locked out: the fallbacks that work without signing in to WeChat (the website) come first.
  banned: {
    urgent: ['security-center', 'kf-web', 'official-accounts', 'smart-assistant'],
    normal: ['security-center', 'kf-web', 'official-accounts', 'smart-assistant'],
    essential: true,
    why: {
      zh: '封号和限制的解封、申诉都在微信安全中心办理，需要本人身份证明。',
      en: 'Unblocking and appeals go through the WeChat Security Center and need proof of identity.',
    },
  },
  login: {
    urgent: ['emergency-freeze', 'security-center', 'kf-web', 'smart-assistant', 'official-accounts'],
    normal: ['security-center', 'kf-web', 'smart-assistant', 'official-accounts'],
    essential: true,
    why: {
      zh: '找回账号、换绑手机走微信安全中心，需要本人身份证明；若怀疑有人在用你的号，先冻结。',
      en: 'Account recovery goes through the WeChat Security Center with proof of identity; if someone else may be using it, freeze it first.',
    },
  },
  howto: {
    urgent: ['smart-assistant', 'official-accounts', 'kf-miniprogram', 'kf-web'],
    normal: ['smart-assistant', 'official-accounts', 'kf-miniprogram', 'kf-web'],
    why: {
      zh: '功能使用问题，微信里的“帮助与反馈”能直接搜到答案，不用排队。',
      en: 'For how-to questions, Help & Feedback inside WeChat answers directly, with no queue.',
    },
  },
  report: {
    urgent: ['tencent-110', 'smart-assistant', 'official-accounts'],
    normal: ['tencent-110', 'smart-assistant', 'official-accounts'],
    why: {
      zh: '骚扰、广告和诈骗账号由腾讯110受理举报，附上证据截图处理更快。',
      en: 'Tencent 110 takes reports of harassment, ads and fraud; evidence screenshots speed things up.',
    },
  },
  other: {
    urgent: ['smart-assistant', 'official-accounts', 'kf-miniprogram', 'kf-web'],
    normal: ['smart-assistant', 'official-accounts', 'kf-miniprogram', 'kf-web'],
    why: {
      zh: '不确定属于哪类时，先在“帮助与反馈”里描述问题，智能助手会引导你到对应的人工入口。',
      en: 'When unsure, describe the problem in Help & Feedback; the assistant points you to the right human service.',
    },
  },
};

/**
 * The contacts a problem flagged `police` keeps whatever the answers (a scam
 * victim is never routed away from 110 and 95017): steps naming one of these
 * are never left out or moved by a rule.
 */
export const POLICE_CONTACTS: { readonly lines: readonly LineId[]; readonly channels: readonly ChannelId[] } = {
  lines: ['police-110', 'sms-12110'],
  channels: ['pay-hotline'],
};
