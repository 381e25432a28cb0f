/**
 * Concrete problems of the `banned` category: see catalogue/index.ts.
 * The login notice first (it names the reason and the date from which to
 * apply), then the appeal; review times have no reliable source (未确认); a
 * banned account can still move its money out (提取财产, 48 h).
 */
import { CatalogueProblem } from '../../types';
import { abroadStep, APPEAL_PATH, fact, mat, said, step, t, unknown, WARN_NO_SEARCHED_NUMBERS } from './account-kit';

const WARN_PAID_UNBLOCK = said(
  '网上的“专业解封”“付费解冻”服务是骗局：有人因此被骗 1100 元。解封只能在微信自己的页面里办理。',
  'Online “professional unblocking” or paid unfreezing services are scams: one person lost ¥1,100. Unblocking happens only on WeChat’s own pages.',
  'other-tj-unfreeze-scam',
);

const WARN_SMS_LINKS = said(
  '封号后收到带链接的“解封”“解冻”短信，不要点：正常解封通过微信平台，不需要任何第三方链接。',
  'Ignore SMS with “unblock” or “unfreeze” links after a ban: real unblocking goes through WeChat itself, never a third-party link.',
  'acct-press-kunming-tv',
);

const WARN_FAKE_AGENT_FEE = said(
  '自称客服、说“帐号受限，要用虚拟货币置换或交手续费才能解封”的，都是骗子。',
  'Anyone claiming to be customer service who says a restricted account needs a crypto swap or a fee to unblock is a scammer.',
  'piyao-fake-number',
);

const WARN_VIOLATION_CALL = said(
  '有人来电说你的帐号违规、要封号，让你提供密码、验证码或转账的，是骗子：微信官方 400 热线绝不会这样做，也不外呼境外；骗子还会伪造 +864006700700 来电。',
  'A caller who says your account broke the rules and asks for a password, a code or a transfer is a scammer: WeChat’s 400 line never does that and never calls abroad, and scammers spoof +864006700700.',
  'line-wechat-400-notice',
);

const RULE_STEPPED = said(
  '微信按违规严重程度阶梯式处理，多次违规加重处罚，可能永久限制登录。',
  'WeChat penalises in steps by severity; repeat offences are punished harder, up to a permanent login ban.',
  'acct-press-xinhua-2024-plugin',
);

const RULE_NO_THIRD_PARTY = said(
  '通过第三方平台解封、诱导或欺骗别人帮你辅助解封的，帐号会被再次封号甚至永久封号。',
  'Unblocking through third-party platforms, or tricking others into assisting, gets the account banned again or for good.',
  'acct-press-minnan-2024',
);

const RULE_PLUGIN = said(
  '因使用外挂被封的，要马上停用并卸载外挂，否则会再次被封。',
  'If the ban was for a plugin, stop using it and uninstall it at once, or the account will be banned again.',
  'acct-klqjb-toolbox',
);

export const BANNED: readonly CatalogueProblem[] = [
  {
    id: 'account-banned',
    category: 'banned',
    label: t('微信被封号了', 'My WeChat account was banned'),
    hint: t(
      '按登录时的弹窗申请解封，或到安全中心申诉；不要找付费“解封”',
      'Follow the notice at sign-in or appeal in the Security Center; never pay for “unblocking”',
    ),
    phrasings: {
      zh: [
        '微信被封号了怎么解封',
        '登录微信提示帐号被限制登录',
        '我的微信号被永久封了，能申诉吗',
        '微信突然被封，说我违规，可我什么都没干',
        '微信封号了怎么办急',
        '微信被风号了',
        '微信号被封了好友辅助解封是什么',
        '被误封了怎么申请复审',
        'vx被封了咋整',
        '微信提示违规被封 7 天，能提前解封吗',
      ],
      en: [
        'My WeChat account got banned',
        'WeChat says my account is blocked from logging in',
        'How do I appeal a WeChat ban',
        'WeChat account suspended for violation, how to unblock',
      ],
    },
    urgency: 'never',
    steps: [
      step({
        id: 'read-notice',
        kind: 'self',
        text: t(
          '先看登录时弹出的“处罚说明”：写明被封的帐号、原因、封禁时长，以及最早可以申请解封的日期；在这个日期之前申请无效。',
          'First read the notice that appears at sign-in: it names the account, the reason, how long the ban lasts and the earliest date you may apply; applying before that date does nothing.',
        ),
        source: 'acct-3dmgame-ban-faq',
      }),
      step({
        id: 'self-unblock',
        kind: 'self',
        text: t(
          '短期封禁可以自助解封：按弹窗提示点“确定”，再点“我已了解，申请解封”（有的版本叫“申请解除限制”）；系统会自动选验证方式，如短信、人脸、好友辅助验证。永久封禁不能自助解封。',
          'A short ban can be lifted yourself: follow the notice, tap OK, then “I understand, apply to unblock” (some versions say “apply to lift the restriction”); the system picks the check, such as SMS, face or a friend’s help. A permanent ban cannot be lifted this way.',
        ),
        path: fact(
          t(
            '登录 → 处罚说明弹窗 → 确定 → 我已了解，申请解封（不同版本可能略有不同）',
            'Sign in → the ban notice → OK → I understand, apply to unblock (may differ by version)',
          ),
          'acct-klqjb-toolbox',
          { typical: true, also: ['guide-freeze-path'] },
        ),
        source: 'acct-klqjb-toolbox',
        also: ['acct-yicai-unblock'],
      }),
      step({
        id: 'send-sms',
        kind: 'self',
        text: t(
          '页面要求“发送短信”时，用绑定的手机把页面给出的内容发到指定号码，再点“我已发送短信，下一步”。',
          'If the page asks you to send an SMS, send the given text from the linked phone to the given number, then tap “I have sent the SMS, next”.',
        ),
        source: 'acct-klqjb-toolbox',
        also: ['acct-user-riceneeder'],
      }),
      step({
        id: 'move-money',
        kind: 'self',
        text: t(
          '帐号里有零钱或理财通：封号不会注销微信支付，可以先用“提取财产”把钱取出来（见“封号后钱怎么取出来”）。',
          'If the account holds money: a ban does not close WeChat Pay, so you can move it out first through 提取财产 (see “Getting money out of a banned account”).',
        ),
        source: 'other-xjb-money-accounts',
        also: ['acct-security-statement-2018'],
      }),
      step({
        id: 'appeal',
        kind: 'contact',
        text: t(
          '不能自助解封，或认为是误封：到微信安全中心提交申诉，按要求提供本人身份信息。永久封禁的页面下方如有“联系客服”，可申请人工复审。',
          'If you cannot unblock it yourself, or think the ban is a mistake, appeal in the WeChat Security Center with your identity details as asked. If a permanent ban’s page shows 联系客服 (contact customer service) at the bottom, you can ask for a human re-review.',
        ),
        path: APPEAL_PATH,
        channel: 'security-center',
        human: fact(
          t(
            '永久封禁页面下方的“联系客服”可找人工复审（第三方报道，用户经验）',
            'The 联系客服 button under a permanent ban reaches a human for a re-review (third-party report; users’ experience)',
          ),
          'acct-senqingzn-permanent',
          { typical: true },
        ),
        say: t(
          '我的微信号 {account} 在 {time} 被封，提示原因是“{what}”。我没有这样做过，申请复审。',
          'My WeChat account {account} was banned at {time} for “{what}”. I did not do this and ask for a review.',
        ),
        // Unblocking goes through WeChat's own platform (police on Kunming TV); the Security Center's 2016 ban FAQ.
        source: 'acct-press-kunming-tv',
        also: ['acct-3dmgame-ban-faq', 'acct-senqingzn-permanent'],
      }),
      step({
        id: 'kf-contact',
        kind: 'contact',
        text: t(
          '申诉没有结果：在腾讯客服网站 kf.qq.com 找到微信的答案页，用页面底部的联系入口留言。',
          'If the appeal gets nowhere, find the WeChat answers on kf.qq.com and write through the contact link at the bottom of a page.',
        ),
        channel: 'kf-web',
        say: t(
          '我的微信号 {account} 在 {time} 被封，已在安全中心申诉但没有结果，请人工复核。',
          'My WeChat account {account} was banned at {time}; I appealed in the Security Center with no result. Please have a person review it.',
        ),
        alternative: true,
        source: 'kf-faq-compromised',
      }),
      abroadStep(
        'abroad-help',
        '封号申诉可以',
        'to appeal a ban, ',
        t(
          '我的 WeChat 帐号 {account} 在 {time} 被封，原因写着“{what}”，申请复审。',
          'My WeChat account {account} was banned at {time} for “{what}”; I ask for a review.',
        ),
      ),
    ],
    materials: fact(
      [
        mat('notice', '“处罚说明”的截图（原因、时长、可申请的日期）', 'A screenshot of the ban notice (reason, length, date you may apply)', 'screenshot'),
        mat('bound-phone', '绑定的手机号，可能要用它发送或接收短信', 'The linked phone number: you may have to send or receive an SMS with it', 'phone'),
        mat('id-card', '本人身份证件（申诉时可能要求）', 'Your ID document (an appeal may ask for it)', 'id'),
      ],
      'acct-3dmgame-ban-faq',
      { also: ['acct-klqjb-toolbox', 'seed'] },
    ),
    typicalTime: unknown(
      '封号审核和申诉要多久，没有可靠来源（网上的“1–3 个工作日”等说法来自内容农场）',
      'No reliable source says how long ban reviews and appeals take (the “1–3 working days” found online comes from content farms)',
    ),
    rules: [
      said('同一手机号一个月内申请解封不能超过 5 次。', 'One phone number can apply to unblock at most 5 times a month.', 'acct-klqjb-toolbox'),
      said('在处罚说明写明的日期之前申请解封是无效的。', 'Applying before the date on the ban notice does nothing.', 'acct-3dmgame-ban-faq'),
      RULE_NO_THIRD_PARTY,
      RULE_PLUGIN,
      RULE_STEPPED,
    ],
    warnings: [
      WARN_PAID_UNBLOCK,
      WARN_SMS_LINKS,
      WARN_FAKE_AGENT_FEE,
      WARN_VIOLATION_CALL,
      said(
        '别找陌生人帮你“辅助解封”：帮忙的人自己的帐号也会被限制或封号。',
        'Do not ask strangers to help unblock you: the helpers get their own accounts restricted or banned.',
        'acct-press-minnan-2024',
      ),
    ],
  },
  {
    id: 'feature-limited',
    category: 'banned',
    label: t('部分功能被限制了（朋友圈、加好友、群聊）', 'Some features are limited (Moments, adding friends, groups)'),
    hint: t('看通知里的原因，按提示申请解除；卸掉外挂', 'Read the reason in the notice and follow its prompts; remove any plugin'),
    phrasings: {
      zh: [
        '微信加不了好友了，提示功能被限制',
        '朋友圈发不了，说我违规被限制',
        '微信群拉不了人了怎么回事',
        '提示“以下功能被限制中：所有社交场景功能”',
        '微信被限制了一天，能不能提前解除',
        '用了外挂被限制了扫码登录电脑',
        '微信功能受限怎么解除',
        '加好友太多被限制了',
        'vx限制加好友多久恢复',
      ],
      en: ['WeChat restricted some of my features', 'I cannot add friends on WeChat, it says limited', 'WeChat Moments blocked for violation'],
    },
    urgency: 'never',
    steps: [
      step({
        id: 'read-notice',
        kind: 'self',
        text: t(
          '先看限制通知：上面写着哪些功能被限制、限制原因；通知也可能发在“微信团队”的对话里。',
          'First read the notice: it lists the limited functions and the reason; it may also arrive in the chat with 微信团队 (WeChat Team).',
        ),
        source: 'acct-user-cowagent',
        also: ['acct-user-mustang'],
      }),
      step({
        id: 'follow-prompt',
        kind: 'self',
        text: t(
          '点开通知或“微信团队”的消息，按提示申请解除；有用户反映最后一步选绑定手机号短信验证最顺利。',
          'Open the notice or the 微信团队 message and follow the prompts to apply; users report that verifying by SMS to the linked number works best at the last step.',
        ),
        source: 'acct-user-mustang',
      }),
      step({
        id: 'remove-plugin',
        kind: 'self',
        text: t(
          '原因是外挂、非官方客户端或模拟器的：马上卸载，重新安装官方微信，否则会再次被限制或封号。',
          'If the reason is a plugin, an unofficial client or an emulator, uninstall it now and reinstall official WeChat, or you will be limited or banned again.',
        ),
        source: 'acct-klqjb-toolbox',
        also: ['acct-user-mustang'],
      }),
      step({
        id: 'appeal',
        kind: 'contact',
        text: t(
          '认为限制是误判：只在微信自己的入口申诉（限制通知或“微信团队”消息里的提示，或微信安全中心），说明情况。',
          'If you think the limit is a mistake, appeal only through WeChat’s own entries (the prompts in the notice or the 微信团队 message, or the WeChat Security Center) and explain.',
        ),
        path: APPEAL_PATH,
        channel: 'security-center',
        human: unknown('功能限制的人工申诉渠道没有可靠来源', 'No reliable source gives a human appeal route for feature limits'),
        say: t(
          '我的微信号 {account} 从 {time} 起被限制了部分功能，原因写着“{what}”。我没有这样做过，申请解除。',
          'Since {time} some functions of my WeChat account {account} are limited for “{what}”. I did not do this and ask for the limit to be lifted.',
        ),
        // No source names an appeal route for feature limits (catalogue-account.md): WeChat's own platform (press), the notice's prompts (users).
        source: 'acct-press-kunming-tv',
        also: ['acct-user-mustang'],
      }),
      abroadStep(
        'abroad-help',
        '功能限制可以',
        'for a feature limit, ',
        t(
          '我的 WeChat 帐号 {account} 从 {time} 起部分功能被限制，原因是“{what}”，申请解除。',
          'Since {time} some functions of my WeChat account {account} are limited for “{what}”; I ask for them back.',
        ),
      ),
    ],
    materials: fact(
      [
        mat('notice', '限制通知的截图（被限制的功能和原因）', 'A screenshot of the notice (functions limited and reason)', 'screenshot'),
        mat('bound-phone', '绑定的手机号，用来短信验证', 'The linked phone number, for SMS verification', 'phone'),
      ],
      'acct-user-cowagent',
      { also: ['acct-user-mustang'] },
    ),
    typicalTime: fact(
      t(
        '用户反映有的临时限制是 1 天或 24 小时（典型情况；官方没有公布时长）',
        'Users report some temporary limits lasting a day or 24 hours (typical; no official durations)',
      ),
      'acct-press-afp-2022',
      { typical: true, also: ['acct-user-riceneeder'] },
    ),
    rules: [
      said(
        '第一次违规一般是提醒并让你承诺合规使用，再次违规会升级处罚。',
        'A first offence usually brings a warning and a promise to comply; a repeat is punished harder.',
        'acct-user-cowagent',
        true,
      ),
      RULE_STEPPED,
    ],
    warnings: [
      said(
        '被招募去做“代聊”的，会被阶梯式处罚；明知对方从事犯罪还参与，要承担法律责任。',
        'Being recruited to run chats for others (代聊) brings stepped penalties; helping knowingly with a crime carries legal liability.',
        'acct-notice-2025-daichat',
      ),
      WARN_PAID_UNBLOCK,
      WARN_VIOLATION_CALL,
      said(
        '对方说“已开双封，你举报我也会被封”是吓唬人：微信从未推出“双封”。',
        '“Double ban is on, report me and you are banned too” is a bluff: WeChat has no double ban.',
        'acct-press-ithome-2020-doubleban',
      ),
    ],
  },
  {
    id: 'banned-funds',
    category: 'banned',
    label: t('被封号了，里面的钱怎么取出来', 'Getting money out of a banned account'),
    hint: t('封号不影响取钱：“提取财产”临时入口 48 小时内有效', 'A ban does not trap the money: the 提取财产 entrance is open for 48 hours'),
    phrasings: {
      zh: [
        '微信被封了，零钱还能提现吗',
        '封号了里面的钱怎么办',
        '微信永久封号了钱能取出来吗',
        '帐号被封，理财通里的钱怎么转出',
        '封号后微粒贷还没还完怎么还',
        '提取财产在哪里',
        '微信被封钱会不会没了',
        '被封号了零钱被冻住了',
        '封号了怎么提現',
      ],
      en: [
        'My WeChat is banned, can I still withdraw my balance',
        'How to get money out of a banned WeChat account',
        'Where is the withdraw property option after a ban',
      ],
    },
    urgency: 'never',
    steps: [
      step({
        id: 'extract',
        kind: 'self',
        text: t(
          '在你常用的手机上登录微信，进入“处罚说明”页，点页面底部的“提取财产”，打开临时入口后提现零钱、转出理财通、还微粒贷。',
          'Sign in on the phone you usually use, open the ban notice page and tap 提取财产 (withdraw property) at the bottom; the temporary entrance lets you withdraw the balance, move 理财通 funds out and repay 微粒贷.',
        ),
        path: fact(
          t(
            '常用设备登录 → 处罚说明页 → 底部“提取财产”（不同版本可能略有不同）',
            'Sign in on your usual device → ban notice page → 提取财产 at the bottom (may differ by version)',
          ),
          'acct-press-bbd-2022',
          { typical: true, also: ['acct-3dmgame-ban-faq'] },
        ),
        source: 'acct-press-bbd-2022',
        also: ['acct-3dmgame-ban-faq'],
      }),
      step({
        id: 'within-48h',
        kind: 'self',
        text: t(
          '入口打开后 48 小时内有效，而且只能提取财产或还款：准备好银行卡，一次办完。',
          'Once opened, the entrance stays valid for 48 hours and allows only withdrawals and repayment: have your bank card ready and do it in one go.',
        ),
        source: 'acct-press-bbd-2022',
        also: ['editorial'],
      }),
      step({
        id: 'call-95017',
        kind: 'contact',
        text: t(
          '自助提取不成功：微信安全中心说也有客服流程。可以打微信支付客服 95017 说明情况。',
          'If self-service fails: the WeChat Security Center says there is also a customer-service route. Call WeChat Pay on 95017 and explain.',
        ),
        channel: 'pay-hotline',
        human: unknown(
          '个人用户的人工按键和服务时间没有可靠来源；哪个渠道办理临时登录也未确认',
          'No reliable source gives the keys or hours for a human, nor which channel handles the temporary login',
        ),
        say: t(
          '我的微信号 {account} 被封了，里面有零钱 {amount} 元，自助“提取财产”没有成功，请帮我办理提现。',
          'My WeChat account {account} is banned and holds {amount} yuan; the self-service 提取财产 failed. Please help me withdraw it.',
        ),
        call: true,
        source: 'acct-security-statement-2018',
        also: ['dev-community-95017'],
      }),
      step({
        id: 'write-kf',
        kind: 'contact',
        text: t(
          '不方便打电话：关注“腾讯客服”公众号，在对话里写明帐号被封、需要提取零钱。',
          'If you cannot phone: follow the 腾讯客服 official account and write that the account is banned and you need to withdraw the balance.',
        ),
        channel: 'official-accounts',
        say: t(
          '我的微信号 {account} 被封了，里面有零钱 {amount} 元，自助“提取财产”没有成功，请帮我办理提现。',
          'My WeChat account {account} is banned and holds {amount} yuan; the self-service 提取财产 failed. Please help me withdraw it.',
        ),
        alternative: true,
        source: 'dev-community-95017',
      }),
      step({
        id: 'pboc-12363',
        kind: 'escalate',
        text: t(
          '钱一直取不出来，向微信支付（财付通）投诉后被拒、没人处理或不满意：可以拨打 12363 向中国人民银行投诉（工作日）。',
          'If the money still cannot be withdrawn and a complaint to WeChat Pay (Tenpay) was refused, ignored or unsatisfying, complain to the People’s Bank of China on 12363 (working days).',
        ),
        line: 'pboc-12363',
        after: t('已向微信支付投诉，被拒、没处理或不满意', 'You complained to WeChat Pay first and were refused, ignored or not satisfied'),
        call: true,
        source: 'line-pboc-qinghai',
      }),
    ],
    materials: fact(
      [
        mat('usual-device', '你平时常用的那部手机', 'The phone you usually use'),
        mat('notice', '“处罚说明”的截图', 'A screenshot of the ban notice', 'screenshot'),
      ],
      'acct-press-bbd-2022',
      { also: ['acct-3dmgame-ban-faq'] },
    ),
    typicalTime: unknown('提现到帐时间和客服处理时间没有可靠来源', 'No reliable source gives how long the withdrawal or a customer-service case takes'),
    rules: [
      said(
        '“提取财产”入口打开后 48 小时内有效，只能提取财产或还款。',
        'Once opened, the 提取财产 entrance is valid for 48 hours and allows only withdrawals or repayment.',
        'acct-press-bbd-2022',
      ),
      said(
        '微信不会因为封号注销你的微信支付帐户；帐号里有零钱、理财通的，可以通过临时登录提现。',
        'A ban does not close your WeChat Pay account; money in the balance or 理财通 can be withdrawn through a temporary login.',
        'other-xjb-money-accounts',
      ),
      said('帐号里有财产的，不会进入回收流程。', 'An account that holds money is not recycled.', 'other-cnnb-protected'),
    ],
    warnings: [
      said('“借了微粒贷就不会被封号”是谣言。', '“Borrow on 微粒贷 and you will never be banned” is a rumour.', 'acct-press-bbd-2022'),
      WARN_FAKE_AGENT_FEE,
      said(
        '假“微信安全中心”网页会要你的支付密码：提取财产只在微信自己的处罚说明页里办，任何人要支付密码都是骗子。',
        'Fake “WeChat Security Center” pages ask for your payment password: withdraw only from the ban notice page inside WeChat; anyone asking for the payment password is a scammer.',
        'acct-phishing-kit',
      ),
      WARN_NO_SEARCHED_NUMBERS,
    ],
  },
];
