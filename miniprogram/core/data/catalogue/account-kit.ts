/**
 * What the account catalogue files (stolen, banned, login) share: the
 * builders of kit.ts and the paths, rules and warnings several account
 * problems use. Every fact is dated RESEARCH_CHECKED_ON: the account facts
 * come from shared/research (catalogue-account.md, facts-audit.md).
 */
import { Fact, PlanStep, SourcedText, Text } from '../../types';
import { fact, said, step, t, unknown } from './kit';

// The builders live in kit.ts (the other catalogue files use them too); the account files import them from here.
export { fact, mat, said, step, t, unknown } from './kit';

// ---- texts several account problems share -----------------------------------

/** The sign-in-screen freeze path (official English FAQ). */
export const FREEZE_SIGNED_OUT_PATH: Fact<Text> = fact(
  t('微信登录界面 更多 → 微信安全中心 → 冻结帐号 → 冻结', 'WeChat sign-in screen: More Options → WeChat Security Center → Freeze Account → Freeze'),
  'kf-faq-compromised',
);

/** The signed-in freeze path (a guide on 8.0.21, and People's Daily 2020): may differ by version. */
export const FREEZE_SIGNED_IN_PATH: Fact<Text> = fact(
  t('我 → 设置 → 帐号与安全 → 微信安全中心 → 冻结帐号 → 开始冻结', 'Me → Settings → Account Security → WeChat Security Center → Freeze Account → Start'),
  'guide-freeze-path',
  { typical: true, also: ['acct-press-rmw-2020'] },
);

/** The password-retrieval request (official English FAQ); the Chinese labels come from guides. */
export const RETRIEVAL_PATH: Fact<Text> = fact(
  t(
    '微信登录界面 登录遇到问题 → 申请找回密码 → 申请（英文版：Unable to log in? → Request Password Retrieval）',
    'WeChat sign-in screen: Unable to log in? → Request Password Retrieval → Request',
  ),
  'kf-faq-compromised',
  { typical: true, also: ['acct-3dmgame-ban-faq'] },
);

/**
 * The appeal entry in the Security Center: only a content farm (baike.jjsx.com.cn) names its menu
 * path, so the app says 「未确认」 (facts-audit.md row 42).
 */
export const APPEAL_PATH: Fact<Text> = unknown(
  '申诉入口的菜单名称没有可靠来源（只有内容农场写过），不同版本也可能不同；请按微信安全中心页面上的提示操作',
  'No reliable source names the appeal menu (only a content farm does), and it may differ between versions; follow the prompts in the WeChat Security Center',
);

/** The friend freeze (a 2022 Security Center article, iPhone only then). */
export const FRIEND_FREEZE_PATH: Fact<Text> = fact(
  t(
    '我 → 设置 → 帐号 → 帮好友冻结微信（部分版本仅 iPhone，不同版本可能略有不同）',
    'Me → Settings → Account → Help a friend freeze WeChat (iPhone only in some versions; labels may differ)',
  ),
  'acct-security-phone-lost',
  { typical: true },
);

/** Retrieval answered by SMS within 24 hours (official English FAQ). */
export const RULE_RETRIEVAL_24H: SourcedText = said(
  '申请找回密码后，微信会在 24 小时内用短信告知结果；成功的话，新密码发到你现在用的手机号。',
  'After a password-retrieval request, WeChat sends the result by SMS within 24 hours; if it succeeds, the new password goes to the number you use now.',
  'kf-faq-compromised',
);

/** Freezing deletes nothing (official English FAQ). */
export const RULE_FREEZE_KEEPS_DATA: SourcedText = said(
  '冻结不会删除帐号和数据，只是暂时保护帐号；冻结期间好友仍能在通讯录里找到你、给你发消息。',
  'Freezing does not delete the account or its data; it only secures it for now. Friends can still find you in their contacts and message you.',
  'kf-faq-compromised',
);

export const WARN_NO_SEARCHED_NUMBERS: SourcedText = said(
  '不要在网上搜“微信客服电话”：有人照搜到的号码打过去，被骗了 13000 元。只用微信里的入口和本小程序列出的官方渠道。',
  'Do not search the web for a “WeChat customer service number”: one person lost ¥13,000 that way. Use the entries inside WeChat and the official channels listed here.',
  'piyao-fake-number',
);

export const WARN_NEVER_FORWARD_CODE: SourcedText = said(
  '微信的验证码短信写着“不要转发”：任何人（包括“朋友”“客服”）要你的验证码或密码，都不要给。',
  'WeChat’s code SMS says “Don’t forward the code!”: never give a code or password to anyone, including a “friend” or “customer service”.',
  'acct-sms-captures',
);

/** Abroad: WeChat (non-+86) accounts follow WeChat's rules and help centre. */
export function abroadStep(id: string, zh: string, en: string, say: Text): PlanStep {
  return step({
    id,
    kind: 'contact',
    text: t(
      `用境外手机号注册的是 WeChat 帐号（用中国大陆手机号注册的是“微信”帐号），规则和客服不同：${zh}可在 help.wechat.com（现用地址 cs.help.wechat.com）提交问题，或写邮件到 support@wechat.com、support@help.wechat.com，写明微信号和情况。`,
      `An account registered with a non-mainland number is a WeChat account (a mainland number makes it a 微信 account), with its own rules and support: ${en}submit it at help.wechat.com (now cs.help.wechat.com), or email support@wechat.com or support@help.wechat.com with your WeChat ID and what happened.`,
    ),
    channel: 'international',
    say,
    alternative: true,
    only: { region: 'overseas' },
    source: 'adcc-hk',
    also: ['acct-weixin-privacy', 'acct-wechat-help-center'],
  });
}
