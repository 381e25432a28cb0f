/**
 * Concrete problems of the `stolen` category: see catalogue/index.ts.
 * Freeze first, asking nothing; then the appeal (a required step, not a
 * fallback); warn friends; routes that need no phone of your own.
 */
import { CatalogueProblem } from '../../types';
import {
  abroadStep,
  fact,
  FREEZE_SIGNED_IN_PATH,
  FREEZE_SIGNED_OUT_PATH,
  FRIEND_FREEZE_PATH,
  mat,
  RETRIEVAL_PATH,
  RULE_FREEZE_KEEPS_DATA,
  RULE_RETRIEVAL_24H,
  said,
  step,
  t,
  unknown,
  WARN_NEVER_FORWARD_CODE,
  WARN_NO_SEARCHED_NUMBERS,
} from './account-kit';

const WARN_FAKE_SECURITY_PAGE = said(
  '有假冒“微信安全中心”的网页，以“24 小时内不登记就冻结帐号”为由，骗人填身份证号、登录密码和支付密码。冻结和申诉只在微信里或 weixin110.qq.com 办理。',
  'Fake “WeChat Security Center” pages threaten a freeze “unless you register within 24 hours” and ask for your ID number, login and payment passwords. Freeze and appeal only inside WeChat or at weixin110.qq.com.',
  'acct-phishing-kit',
);

const WARN_OLD_110_SITE = said(
  '一些旧文章里的 110.qq.com 是早年只支持绑定 QQ 的冻结入口；现在请用微信里的安全中心，或 weixin110.qq.com。',
  'The 110.qq.com address in some old articles was an early freeze page for QQ-linked accounts only; use the Security Center in WeChat or weixin110.qq.com.',
  'acct-shouchuai-2014',
);

const WARN_LOGIN_SMS = said(
  '转发登录短信可能让坏人登上你的帐号：别人要你转发、截图验证码短信，一律拒绝。',
  'Forwarding a login SMS can let someone into your account: refuse anyone who asks you to forward or screenshot a code message.',
  'acct-weste-sms-2015',
);

const RULE_FUNDS_LOCKED = said(
  '冻结期间，帐号里的资金不能提取；帐号安全后再解冻。',
  'While the account is frozen its money cannot be withdrawn; unfreeze once the account is safe.',
  'repost-95017-freeze',
);

const STEP_CALL_110 = (after: string, afterEn: string) =>
  step({
    id: 'call-110',
    kind: 'escalate',
    text: t(
      '马上拨打 110 或到最近的派出所报案：说清对方的收款帐号和姓名，带上聊天和转账截图，警方可以申请紧急止付。',
      'Call 110 or go to the nearest police station at once: give the payee’s account and name and bring chat and transfer screenshots; the police can ask for an emergency stop-payment.',
    ),
    line: 'police-110',
    after: t(after, afterEn),
    call: true,
    source: 'line-mps-xinhua',
    also: ['line-cq-police-12381'],
  });

const STEP_SMS_12110 = step({
  id: 'sms-12110',
  kind: 'escalate',
  text: t(
    '不方便打电话：很多地方可以编辑短信发到 12110 报警（以当地公安公布的为准），或直接到派出所。',
    'If you cannot phone: in many places you can text the police at 12110 (check your local police’s rules), or go to a police station.',
  ),
  line: 'sms-12110',
  after: t('已经有钱被转走，但你不方便打电话', 'Money is gone but you cannot make a call'),
  alternative: true,
  only: { region: 'mainland' },
  source: 'other-12110-sms',
});

const STEP_WARN_FRIENDS = step({
  id: 'warn-friends',
  kind: 'self',
  text: t(
    '用电话、朋友圈或家人群告诉亲友：你的微信被盗了，用你的号发来的借钱、转账、要验证码的消息都不要理。',
    'Tell friends and family by phone, Moments or the family group that your WeChat was stolen: ignore any request for money, transfers or codes from your account.',
  ),
  source: 'acct-press-xiamen-police-2017',
  also: ['acct-police-hijack-story'],
});

const STEP_FREEZE_PAY = step({
  id: 'freeze-pay',
  kind: 'contact',
  text: t(
    '绑了银行卡或有零钱的，再打微信支付客服 95017，按语音提示选择冻结微信支付（曾为 9 号键）。这只冻结支付，帐号仍要按上一步冻结。',
    'If a bank card or balance is linked, also call WeChat Pay on 95017 and follow the voice menu to freeze WeChat Pay (it used to be key 9). This freezes payments only; freeze the account as above.',
  ),
  channel: 'pay-hotline',
  human: unknown('个人用户的人工按键和服务时间没有可靠来源', 'No reliable source gives the keys or hours for a human, for personal users'),
  say: t(
    '我的微信帐号被盗了，请帮我冻结微信支付。我的微信号是 {account}。',
    'My WeChat account was stolen; please freeze WeChat Pay on it. My WeChat ID is {account}.',
  ),
  call: true,
  source: 'acct-press-rmw-2020',
  also: ['repost-95017-freeze', 'dev-community-95017'],
});

const STEP_FREEZE_KF_MINI = step({
  id: 'freeze-kf-mini',
  kind: 'self',
  text: t(
    '或者用家人朋友的微信（或另一部手机）搜索小程序“腾讯客服”，选“微信冻结”，按提示冻结你的帐号。',
    'Or, in a friend’s or family member’s WeChat (or on another phone), search the mini program 腾讯客服, choose 微信冻结 and follow the prompts to freeze your account.',
  ),
  path: fact(t('搜索“腾讯客服”小程序 → 微信冻结', 'Search the 腾讯客服 mini program → 微信冻结'), 'repost-95017-freeze', { typical: true }),
  channel: 'kf-miniprogram',
  alternative: true,
  source: 'repost-95017-freeze',
});

const STEP_FREEZE_WEB = step({
  id: 'freeze-web',
  kind: 'self',
  text: t(
    '或者在任何手机或电脑的浏览器里打开 weixin110.qq.com（微信安全中心网站），按提示冻结帐号。',
    'Or open weixin110.qq.com (the WeChat Security Center site) in any phone or computer browser and follow the prompts to freeze the account.',
  ),
  channel: 'security-center',
  alternative: true,
  source: 'acct-server-msg-weixin110',
  also: ['acct-security-phone-lost'],
});

export const STOLEN: readonly CatalogueProblem[] = [
  {
    id: 'hijacked',
    category: 'stolen',
    label: t('微信号被盗了', 'Someone took over my WeChat'),
    hint: t('先冻结，再到安全中心申诉找回；提醒亲友别转钱', 'Freeze first, then appeal in the Security Center; warn friends not to send money'),
    phrasings: {
      zh: [
        '我的微信被盗了怎么办',
        '微信号被别人登录了，还在用我的号找朋友借钱',
        '微信突然被挤下线，提示在别的设备上登录了',
        '收到新设备登录提醒，但不是我本人操作的',
        '有人盗了我的微信在群里发广告',
        '微信密码被人改了，我登不进去了',
        '朋友说我微信找他借钱，可我根本没发过',
        '微信被盗号了急急急，怎么冻结',
        '我的vx被盗了',
        '微信被道号了怎么找回来',
        '微信帐号被黑了',
      ],
      en: [
        'My WeChat account was hacked',
        'Someone logged into my WeChat and is asking my friends for money',
        'I got a new-device login alert that was not me',
        'How do I freeze a stolen WeChat account',
      ],
    },
    urgency: 'always',
    flags: { stopLoss: true },
    steps: [
      step({
        id: 'freeze-now',
        kind: 'self',
        text: t(
          '马上冻结帐号，先别去找客服：在微信登录界面点“更多” → “微信安全中心” → “冻结帐号” → “冻结”，按提示验证身份。',
          'Freeze the account now, before contacting anyone: on the WeChat sign-in screen tap More Options → WeChat Security Center → Freeze Account → Freeze, and verify as prompted.',
        ),
        path: FREEZE_SIGNED_OUT_PATH,
        channel: 'emergency-freeze',
        source: 'kf-faq-compromised',
      }),
      STEP_FREEZE_WEB,
      STEP_FREEZE_KF_MINI,
      step({
        id: 'freeze-signed-in',
        kind: 'self',
        text: t(
          '如果你在某台手机上还登录着：我 → 设置 → 帐号与安全 → 微信安全中心 → 冻结帐号 → 开始冻结。',
          'If you are still signed in on some phone: Me → Settings → Account Security → WeChat Security Center → Freeze Account → Start.',
        ),
        path: FREEZE_SIGNED_IN_PATH,
        channel: 'emergency-freeze',
        alternative: true,
        source: 'guide-freeze-path',
        also: ['acct-press-rmw-2020'],
      }),
      STEP_WARN_FRIENDS,
      STEP_FREEZE_PAY,
      step({
        id: 'appeal',
        kind: 'contact',
        text: t(
          '冻结之后，接着申诉找回帐号（必做的下一步，不是备选）：在登录界面点“更多” → “微信安全中心”，按提示申诉；绑定的手机号、邮箱、QQ 都被改了的，用“登录遇到问题” → 申请找回密码。找回并解冻后，立刻改密码（我 → 设置 → 帐号与安全 → 微信密码），在“登录设备管理”里删掉不认识的设备，再检查绑定的手机号、QQ、邮箱是不是还是你的。',
          'After freezing, go on to appeal and recover the account (the required next step, not a fallback): on the sign-in screen tap More Options → WeChat Security Center and follow the appeal prompts; if the linked phone, email and QQ were all changed, use Unable to log in? → Request Password Retrieval. Once it is back and unfrozen, change the password at once (Me → Settings → Account Security → Password), delete unknown devices under Manage Devices, and check that the linked phone, QQ and email are still yours.',
        ),
        // The official FAQ gives these two entries; the menu name 帐号申诉 only a content farm gave, so it is left out.
        path: fact(
          t(
            '微信登录界面 更多 → 微信安全中心，再按提示操作；或 登录遇到问题 → 申请找回密码',
            'WeChat sign-in screen: More Options → WeChat Security Center, then follow the prompts; or Unable to log in? → Request Password Retrieval',
          ),
          'kf-faq-compromised',
          { typical: true, also: ['acct-3dmgame-ban-faq'] },
        ),
        channel: 'security-center',
        human: fact(
          t(
            '冻结和申诉的身份验证里有“人工客服申诉”一项，可选它交给人工审核',
            'The identity check offers “appeal to customer service” (人工客服申诉), which sends the case to a person',
          ),
          'acct-security-phone-lost',
        ),
        say: t(
          '我的微信号 {account} 在 {time} 被盗，已经冻结，申请找回帐号。绑定信息可能被对方改过。',
          'My WeChat account {account} was stolen at {time} and is frozen; I ask to recover it. The linked details may have been changed.',
        ),
        source: 'kf-faq-compromised',
      }),
      step({
        id: 'kf-contact',
        kind: 'contact',
        text: t(
          '申诉走不通：在腾讯客服网站 kf.qq.com 关于帐号被盗的答案页底部，点联系入口留言。',
          'If the appeal gets nowhere: on kf.qq.com, open the answer on compromised WeChat accounts and use the contact link at its bottom.',
        ),
        channel: 'kf-web',
        say: t(
          '我的微信号 {account} 在 {time} 被盗，已冻结并提交了申诉，但没有结果，请人工处理。',
          'My WeChat account {account} was stolen at {time}; I froze it and appealed, with no result. Please have a person look at it.',
        ),
        alternative: true,
        source: 'kf-faq-compromised',
      }),
      abroadStep(
        'abroad-help',
        '帐号被盗也可以',
        'for a stolen account you can also ',
        t(
          '我的 WeChat 帐号 {account} 在 {time} 被盗，已经冻结，请帮我找回。',
          'My WeChat account {account} was stolen at {time} and is frozen; please help me recover it.',
        ),
      ),
      STEP_CALL_110(
        '有亲友已经按盗号者的要求转了钱，或你的零钱、银行卡被转走',
        'A friend has already sent money to the thief, or your balance or bank card was drained',
      ),
      STEP_SMS_12110,
    ],
    materials: fact(
      [
        mat('wechat-id', '你的微信号，或绑定的手机号、QQ 号、邮箱', 'Your WeChat ID, or the linked phone number, QQ ID or email'),
        mat('sms-phone', '一部能收短信的手机（绑定的号码或你现在用的号码）', 'A phone that receives SMS (the linked number or the one you use now)', 'phone'),
        mat(
          'verify',
          '一种验证方式：绑定的 QQ 或手机号、微信支付绑定的银行卡，或人脸（部分版本仅 iPhone）',
          'One way to verify: the linked QQ or phone, a bank card linked to WeChat Pay, or your face (iPhone only in some versions)',
        ),
        mat('evidence', '盗号者用你的号发出的借钱消息截图（如有）', 'Screenshots of money requests sent from your account (if any)', 'evidence'),
      ],
      'acct-security-phone-lost',
      { also: ['kf-faq-compromised', 'editorial'] },
    ),
    typicalTime: fact(
      t('找回被盗帐号一般 10–30 分钟（需人脸验证，典型情况）', 'Recovering a stolen account usually takes 10–30 minutes (with face verification; typical)'),
      'seed',
      {
        typical: true,
      },
    ),
    rules: [RULE_FREEZE_KEEPS_DATA, RULE_RETRIEVAL_24H, RULE_FUNDS_LOCKED],
    warnings: [WARN_NO_SEARCHED_NUMBERS, WARN_FAKE_SECURITY_PAGE, WARN_LOGIN_SMS, WARN_OLD_110_SITE],
  },
  {
    id: 'phone-lost',
    category: 'stolen',
    label: t('手机丢了或被偷了', 'My phone was lost or stolen'),
    hint: t('用别的手机、电脑或朋友的微信冻结，再挂失手机卡', 'Freeze from another phone, a computer or a friend’s WeChat, then report the SIM'),
    phrasings: {
      zh: [
        '手机丢了微信怎么办',
        '手机被偷了，里面微信绑着银行卡，怎么冻结',
        '手机掉了，怕别人登我的微信转钱',
        '没有手机怎么冻结微信',
        '手机被抢了微信钱包怎么保护',
        '手机丢了用电脑能冻结微信吗',
        '用朋友的手机帮我冻结微信',
        '手机不见了，微信零钱会不会被转走',
        '手机丢啦vx怎么办',
        '手机被头了怎么冻结微信',
      ],
      en: [
        'I lost my phone, how do I protect my WeChat',
        'My phone was stolen and WeChat Pay is on it',
        'How to freeze WeChat without my phone',
        'Freeze my WeChat from a friend’s phone',
      ],
    },
    urgency: 'always',
    flags: { stopLoss: true },
    steps: [
      step({
        id: 'freeze-web',
        kind: 'self',
        text: t(
          '不用自己的手机也能冻结：在任何手机或电脑的浏览器里打开 weixin110.qq.com（微信安全中心网站），按提示冻结帐号。',
          'You can freeze without your own phone: open weixin110.qq.com (the WeChat Security Center site) in any phone or computer browser and follow the prompts.',
        ),
        channel: 'security-center',
        source: 'acct-server-msg-weixin110',
        also: ['acct-security-phone-lost'],
      }),
      step({
        id: 'freeze-other-phone',
        kind: 'self',
        text: t(
          '或者在别人的手机上打开微信登录界面：点“更多” → “微信安全中心” → “冻结帐号” → “冻结”，按提示验证。',
          'Or open the WeChat sign-in screen on someone else’s phone: More Options → WeChat Security Center → Freeze Account → Freeze, and verify as prompted.',
        ),
        path: FREEZE_SIGNED_OUT_PATH,
        channel: 'emergency-freeze',
        alternative: true,
        source: 'kf-faq-compromised',
      }),
      STEP_FREEZE_KF_MINI,
      step({
        id: 'friend-freeze',
        kind: 'self',
        text: t(
          '或者请好友帮你冻结：好友在自己的微信里找“帮好友冻结微信”（第三方转载的安全中心文章，当时仅 iPhone 支持）。',
          'Or ask a friend to freeze it for you: they look for “帮好友冻结微信” (help a friend freeze WeChat) in their own WeChat (from a reposted Security Center article; iPhone only at the time).',
        ),
        path: FRIEND_FREEZE_PATH,
        alternative: true,
        source: 'acct-security-phone-lost',
      }),
      step({
        id: 'sim-loss',
        kind: 'self',
        text: t(
          '马上联系手机运营商挂失手机卡（中国移动 10086、中国联通 10010、中国电信 10000），再带身份证到营业厅补办新卡：捡到手机的人就没法用你的号码收验证码改绑微信。',
          'Report the SIM lost to your operator at once (China Mobile 10086, China Unicom 10010, China Telecom 10000), then take your ID card to a shop for a new SIM, so the finder cannot use your number to receive codes and re-bind WeChat.',
        ),
        source: 'acct-press-rmw-2020',
        also: ['acct-security-phone-lost'],
      }),
      step({
        id: 'freeze-anyway',
        kind: 'self',
        text: t(
          '挂失了手机卡也要冻结微信：坏人不一定需要短信验证码也能登录。',
          'Freeze WeChat even after reporting the SIM: a thief may get in without an SMS code.',
        ),
        source: 'acct-security-phone-lost',
      }),
      STEP_WARN_FRIENDS,
      {
        ...STEP_FREEZE_PAY,
        text: t(
          '绑了银行卡或有零钱的，打微信支付客服 95017，按语音提示选择冻结微信支付（曾为 9 号键）；手机里绑过的手机银行，也打给银行挂失或冻结。',
          'If a bank card or balance is linked, call WeChat Pay on 95017 and follow the voice menu to freeze WeChat Pay (it used to be key 9); call your bank too for any mobile banking on the phone.',
        ),
      },
      step({
        id: 'recover',
        kind: 'contact',
        text: t(
          '补好手机卡后，在新手机上登录微信。登不上或密码被改了，就在登录界面申请找回密码；找回后再到微信安全中心解冻。',
          'Once you have a new SIM, sign in on the new phone. If you cannot, or the password was changed, request password retrieval on the sign-in screen; after that, unfreeze in the WeChat Security Center.',
        ),
        path: RETRIEVAL_PATH,
        channel: 'security-center',
        human: fact(
          t(
            '冻结和申诉的身份验证里有“人工客服申诉”一项，可选它交给人工审核',
            'The identity check offers “appeal to customer service” (人工客服申诉), which sends the case to a person',
          ),
          'acct-security-phone-lost',
        ),
        say: t(
          '我的手机在 {time} 丢失，微信号 {account} 已冻结，现在用新手机卡申请找回并解冻。',
          'My phone was lost at {time}; WeChat account {account} is frozen and I am asking to recover and unfreeze it with my new SIM.',
        ),
        source: 'kf-faq-compromised',
        also: ['acct-press-kunming-tv'],
      }),
      abroadStep(
        'abroad-help',
        '手机丢了也可以',
        'after losing your phone you can also ',
        t(
          '我的手机在 {time} 丢失，请帮我冻结并保护 WeChat 帐号 {account}。',
          'My phone was lost at {time}; please freeze and protect my WeChat account {account}.',
        ),
      ),
      STEP_CALL_110('手机是被偷或被抢的，或者帐号里的钱已经被转走', 'The phone was stolen or snatched, or money has already left the account'),
      STEP_SMS_12110,
    ],
    materials: fact(
      [
        mat('wechat-id', '你的微信号，或绑定的手机号、QQ 号、邮箱', 'Your WeChat ID, or the linked phone number, QQ ID or email'),
        mat(
          'verify',
          '一种验证方式：绑定的 QQ 或手机号、微信支付绑定的银行卡，或人脸（部分版本仅 iPhone）',
          'One way to verify: the linked QQ or phone, a bank card linked to WeChat Pay, or your face (iPhone only in some versions)',
        ),
        mat('id-card', '补办手机卡用的本人身份证', 'Your ID card, to replace the SIM', 'id'),
        mat('other-device', '一台能上网的手机或电脑（自己的、家人的或朋友的）', 'A phone or computer with internet access (yours, family’s or a friend’s)'),
      ],
      'acct-security-phone-lost',
      { also: ['acct-press-rmw-2020', 'editorial'] },
    ),
    typicalTime: unknown('挂失、冻结和找回各要多久，没有可靠来源', 'No reliable source says how long reporting, freezing and recovering take'),
    rules: [RULE_FREEZE_KEEPS_DATA, RULE_RETRIEVAL_24H, RULE_FUNDS_LOCKED],
    warnings: [WARN_OLD_110_SITE, WARN_NO_SEARCHED_NUMBERS, WARN_NEVER_FORWARD_CODE],
  },
  {
    id: 'friend-hijacked',
    category: 'stolen',
    label: t('朋友或家人的微信被盗了，在找人借钱', 'A friend’s or parent’s WeChat was stolen and is asking for money'),
    hint: t('先用认识的号码打给本人核实，别转钱；帮他冻结、提醒群里', 'Call them on a number you know first, send nothing; help freeze it and warn the group'),
    phrasings: {
      zh: [
        '我妈的微信被盗了，在给亲戚发消息借钱',
        '朋友微信突然找我借钱，是不是被盗号了',
        '同学的微信被盗了，怎么帮他冻结',
        '家里老人的微信号被人登了，一直在群里发链接',
        '好友发消息说急用钱让我先转给他',
        '朋友用微信让我把收到的验证码发给他',
        '帮好友冻结微信在哪里',
        '亲戚微信被盗了在家族群里借钱怎么办',
        '我爸vx被盗了',
        '朋友发视频说急用钱，但声音有点怪',
      ],
      en: [
        'My friend’s WeChat was hacked and is asking me for money',
        'How do I help my mum freeze her stolen WeChat',
        'A friend on WeChat asked me to send them a verification code',
      ],
    },
    urgency: 'always',
    flags: { stopLoss: true },
    steps: [
      step({
        id: 'call-them',
        kind: 'self',
        text: t(
          '先别转钱、别发验证码：用你原来就知道的电话号码直接打给他本人（不要用对方在微信里给的号码），或当面确认。',
          'Send no money and no codes yet: call them on a number you already knew (not one given in the chat), or check in person.',
        ),
        source: 'acct-press-hebei-police-2023',
        also: ['editorial'],
      }),
      step({
        id: 'friend-freeze',
        kind: 'self',
        text: t(
          '确认被盗后，可以替他冻结：在你的微信里找“帮好友冻结微信”，选他的帐号，按提示操作（第三方转载的安全中心文章，当时仅 iPhone 支持）。',
          'Once you know it was stolen, you can freeze it for them: in your WeChat look for “帮好友冻结微信” (help a friend freeze WeChat), pick their account and follow the prompts (from a reposted Security Center article; iPhone only at the time).',
        ),
        path: FRIEND_FREEZE_PATH,
        source: 'acct-security-phone-lost',
      }),
      step({
        id: 'web-freeze',
        kind: 'self',
        text: t(
          '或者让他本人在任何浏览器里打开 weixin110.qq.com 冻结帐号。',
          'Or have the owner open weixin110.qq.com in any browser and freeze the account there.',
        ),
        channel: 'security-center',
        alternative: true,
        source: 'acct-server-msg-weixin110',
      }),
      step({
        id: 'warn-group',
        kind: 'self',
        text: t(
          '在群里和朋友圈提醒：他的微信被盗了，用这个号发来的借钱、转账、要验证码的消息都不可信；再打电话告诉他的近亲属。',
          'Warn the groups and Moments that their WeChat was stolen and no request for money, transfers or codes from it is genuine; phone their close family too.',
        ),
        source: 'acct-police-hijack-story',
        also: ['acct-press-xiamen-police-2017'],
      }),
      step({
        id: 'report',
        kind: 'contact',
        text: t(
          '举报这个被盗的帐号：在和他的聊天页点右上角“…”，选“投诉”，选原因并附上骗钱的聊天截图；也可以用“腾讯卫士”小程序举报。',
          'Report the stolen account: in the chat with them tap “…” at the top right, choose Complain, pick a reason and attach screenshots of the money requests; the 腾讯卫士 mini program works too.',
        ),
        path: fact(t('聊天页 右上角 … → 投诉 → 选择原因 → 提交证据', 'Chat: “…” at top right → Complain → reason → evidence'), 'repost-security-report', {
          typical: true,
        }),
        channel: 'tencent-110',
        human: unknown('举报后有没有人工回复、多久处理，没有可靠来源', 'No reliable source says whether a person replies to a report, or how fast'),
        say: t(
          '这个帐号 {account} 已被盗，从 {time} 起冒充机主向亲友借钱，请尽快处理。',
          'The account {account} has been stolen and since {time} has been posing as its owner to ask friends for money. Please act quickly.',
        ),
        source: 'repost-security-report',
        also: ['acct-notice-2025-daichat'],
      }),
      step({
        id: 'owner-recover',
        kind: 'contact',
        text: t(
          '找回帐号要他本人来办：帮他在你的手机上打开微信登录界面，“更多” → “微信安全中心”冻结并申诉（步骤同“微信号被盗了”）。',
          'Recovery has to be done by the owner: help them open the WeChat sign-in screen on your phone, then More Options → WeChat Security Center to freeze and appeal (as in “Someone took over my WeChat”).',
        ),
        path: FREEZE_SIGNED_OUT_PATH,
        channel: 'security-center',
        say: t(
          '我的微信号 {account} 在 {time} 被盗，已经冻结，申请找回帐号。',
          'My WeChat account {account} was stolen at {time} and is frozen; I ask to recover it.',
        ),
        source: 'kf-faq-compromised',
      }),
      STEP_CALL_110('有人已经按“他”的要求转了钱', 'Someone has already sent money at “their” request'),
      STEP_SMS_12110,
      step({
        id: 'ask-96110',
        kind: 'escalate',
        text: t('拿不准是不是诈骗：可以打 96110 咨询（反诈专线）。', 'If you are not sure it is a scam, call 96110 (the anti-fraud line) for advice.'),
        line: 'anti-fraud-96110',
        after: t('还没转钱，但拿不准', 'No money sent yet, but you are not sure'),
        call: true,
        alternative: true,
        source: 'line-cq-police-12381',
      }),
    ],
    materials: fact(
      [
        mat('evidence', '借钱消息的聊天截图、对方给的收款码或帐号', 'Screenshots of the money requests, and any payment code or account they sent', 'evidence'),
        mat('transfer', '已经转了钱的：转账记录和对方收款帐号、姓名', 'If money was sent: the transfer record and the payee’s account and name', 'txn'),
        mat('known-number', '他本人你原来就知道的电话号码', 'A phone number for them that you already knew'),
      ],
      'acct-press-hebei-police-2023',
      { also: ['line-mps-xinhua', 'editorial'] },
    ),
    typicalTime: unknown('帮好友冻结和举报的处理时间没有可靠来源', 'No reliable source gives how long a friend freeze or a report takes'),
    rules: [RULE_FREEZE_KEEPS_DATA],
    warnings: [
      said(
        '微信里来的借钱请求，哪怕是“熟人”，都不要直接转：先打电话或当面核实身份。',
        'Never send money on a chat request, even from someone you know: verify by phone or in person first.',
        'acct-press-hebei-police-2023',
      ),
      said(
        '骗子会用 AI 换脸、模仿声音发视频和语音；只聊钱、不肯实时视频或当面、要求转到私人帐户，都是危险信号。',
        'Scammers send AI face-swapped videos and cloned voices; talking only about money, refusing a live call or meeting, and asking for a private account are red flags.',
        'acct-press-gmw-2026',
      ),
      said(
        '盗号者会冒充好友向你要“刚发给你的验证码”，拿到后连你的帐号和银行卡也一起盗走。',
        'The thief may pose as your friend and ask for “the code I just sent you”, then take your account and bank money too.',
        'acct-press-qingdao-code',
      ),
      said(
        '对方说“已开双封，举报你也会被封”是吓唬人：微信从未推出“双封”，举报骗子不会让你被封号。',
        '“I have double-ban on, report me and you are banned too” is a bluff: WeChat has no double ban, and reporting a scammer will not ban you.',
        'acct-press-ithome-2020-doubleban',
      ),
    ],
  },
];
