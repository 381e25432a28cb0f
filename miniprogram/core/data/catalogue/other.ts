/** Concrete problems of the `other` category: see catalogue/index.ts. */
import { CatalogueProblem } from '../../types';
import { fact, mat, said, step, t, unknown } from './kit';

const NEED_HUMAN: CatalogueProblem = {
  id: 'need-human',
  category: 'other',
  label: t('我想找真人客服', 'I want a real person'),
  hint: t('每个渠道怎样转到人工、什么时候有人', 'How to reach a person on each channel, and when'),
  phrasings: {
    zh: [
      '微信人工客服怎么找',
      '一直是机器人回复，怎么转人工',
      '我打了好几遍转人工都没用',
      '微信有没有客服电话，我想跟真人说',
      '怎么才能联系上微信的工作人员',
      '智能客服答非所问，我要找活人',
      '微信客服人工几点上班',
      '95017 怎么转人工服务',
      '在哪里能找到微信人工客符',
      '找不到微信客服入口，急死了',
      'weixin 人工客服在哪',
    ],
    en: [
      'How do I talk to a real person at WeChat?',
      'The WeChat bot keeps giving me canned answers',
      'Is there a WeChat customer service phone number?',
      'how to get human support on 95017',
    ],
  },
  urgency: 'never',
  steps: [
    step({
      id: 'search-first',
      kind: 'self',
      text: t(
        '先在“帮助与反馈”里搜一下你的问题：常见问题多数能自助解决，不用排队',
        'First search your question in Help & Feedback: most common questions are solved by self-service, with no queue',
      ),
      channel: 'smart-assistant',
      source: 'seed',
    }),
    step({
      id: 'assistant-human',
      kind: 'contact',
      text: t('在“帮助与反馈”里找在线客服，说明你的问题', 'In Help & Feedback, reach the online service and describe your problem'),
      channel: 'smart-assistant',
      human: fact(
        t(
          '输入“人工客服”或“转人工”；不行就换成“找人工”再试（用户的经验，不是官方承诺）',
          "Type 人工客服 or 转人工; if that fails, try 找人工 (users' experience, not an official promise)",
        ),
        'other-press-it-times-2024',
        { typical: true, also: ['other-press-cqcb-2025'] },
      ),
      say: t(
        '你好，我需要人工客服。我的问题是：{what}，从 {time} 开始。自助答案没有解决。',
        'Hello, I need a person. My problem: {what}, since {time}. The self-help answers did not solve it.',
      ),
      source: 'editorial',
      also: ['other-press-it-times-2024'],
    }),
    step({
      id: 'official-account',
      kind: 'contact',
      text: t('或者关注“腾讯客服”公众号，在对话里留言', 'Or follow the 腾讯客服 official account and write to it'),
      channel: 'official-accounts',
      human: fact(
        t(
          '写清问题后输入“人工客服”；人工服务一般 8:00–24:00（典型情况）',
          'Describe the problem, then type 人工客服; people usually answer 8:00–24:00 (typical)',
        ),
        'seed',
        { typical: true },
      ),
      say: t('你好，我需要人工客服。我的问题是：{what}，从 {time} 开始。', 'Hello, I need a person. My problem: {what}, since {time}.'),
      alternative: true,
      source: 'dev-community-95017',
    }),
    step({
      id: 'pay-hotline',
      kind: 'contact',
      text: t('支付、转账、被骗的问题，打微信支付客服 95017', 'For payments, transfers and scams, call WeChat Pay on 95017'),
      channel: 'pay-hotline',
      human: fact(
        t(
          '按语音提示选择人工服务；个人用户按哪个键、几点有人都未确认',
          'Follow the voice menu to a person; which key individual users press and the hours are not confirmed',
        ),
        'pay-help-index',
        { also: ['dev-community-95017'] },
      ),
      say: t(
        '你好，我要反映一笔支付问题：{time}，金额 {amount} 元，交易单号 {txn}。',
        'Hello, I am calling about a payment: {time}, {amount} yuan, transaction {txn}.',
      ),
      alternative: true,
      call: true,
      only: { region: 'mainland' },
      source: 'dev-community-95017',
    }),
    step({
      id: 'wechat-400',
      kind: 'contact',
      text: t(
        '微信“关于微信”页面上印着客服电话 400 670 0700：先在自己手机上核对，只拨你在手机上看到的号码',
        "WeChat's About screen prints a service number, 400 670 0700: check it on your own phone first and dial only the number you see there",
      ),
      line: 'wechat-400',
      path: fact(t('我 → 设置 → 关于微信', 'Me → Settings → About WeChat'), 'line-wechat-about-clone', { also: ['line-wechat-400-notice'] }),
      human: unknown('按键和人工服务时间未确认，请按语音提示操作', 'Keys and hours of the human service are not confirmed: follow the voice menu'),
      say: t('你好，我的问题是：{what}，从 {time} 开始，请转人工。', 'Hello, my problem: {what}, since {time}. Please put me through to a person.'),
      alternative: true,
      call: true,
      only: { region: 'mainland' },
      source: 'line-wechat-400-notice',
      also: ['line-wechat-about-clone'],
    }),
    step({
      id: 'kf-web',
      kind: 'contact',
      text: t(
        '也可以在浏览器打开 kf.qq.com，查答案页底部的联系入口',
        'You can also open kf.qq.com in a browser and use the contact entry at the bottom of an answer',
      ),
      channel: 'kf-web',
      human: fact(
        t('在答案页底部点联系入口提交；多久回复未确认', 'Use the contact entry at the bottom of the answer; reply times are not confirmed'),
        'kf-faq-compromised',
      ),
      say: t('我的问题是：{what}，从 {time} 开始。帮助页面的答案没有解决。', 'My problem: {what}, since {time}. The help pages did not solve it.'),
      alternative: true,
      source: 'kf-faq-compromised',
      also: ['kf-qq-site'],
    }),
    step({
      id: 'international',
      kind: 'contact',
      text: t('在境外：用 help.wechat.com 或写邮件到 support@wechat.com', 'Abroad: use help.wechat.com or email support@wechat.com'),
      channel: 'international',
      human: fact(
        t(
          '想通电话要先在 App 或 help.wechat.com 申请回电；WeChat 不会主动打给你',
          'For a phone call, ask for a call back in the app or at help.wechat.com; WeChat never calls you unasked',
        ),
        'adcc-hk',
      ),
      say: t('你好，我的微信号是 {account}。我的问题是：{what}，从 {time} 开始。', 'Hello, my WeChat ID is {account}. My problem: {what}, since {time}.'),
      only: { region: 'overseas' },
      source: 'adcc-hk',
    }),
    step({
      id: 'switch-channel',
      kind: 'escalate',
      text: t(
        '一个渠道一直只有自动回复，就换另一个渠道；都没人处理，看“客服一直不理我”的投诉途径',
        'If one channel only ever answers automatically, switch to another; if nobody handles it, see the complaint routes under "Nobody answers"',
      ),
      after: t('一个渠道只有机器人回复', 'A channel answers only with a bot'),
      source: 'editorial',
    }),
  ],
  materials: fact(
    [
      mat('what', '一两句话写清的问题', 'The problem in one or two sentences'),
      mat('screenshot', '出问题页面的截图', 'A screenshot of the screen in question', 'screenshot'),
      mat('txn', '支付问题：交易单号', 'For payments: the transaction ID', 'txn'),
    ],
    'editorial',
  ),
  typicalTime: fact(
    t(
      '在线客服一般 1–3 分钟接入，高峰期可达 30 分钟；电话排队一般 3–10 分钟（典型情况）',
      'Online service usually answers in 1–3 minutes, up to 30 at peaks; phone queues are usually 3–10 minutes (typical)',
    ),
    'seed',
    { typical: true },
  ),
  rules: [
    said(
      '没有官方说明哪个关键词一定能转到人工；记者实测，“喊三遍转人工”之类的窍门并不总管用',
      'No official source names a keyword that surely reaches a person; reporters found tips like saying 转人工 three times did not always work',
      'other-press-cqcb-2025',
      true,
    ),
    said(
      '95017 只有商户专线（按 2）公布了时间：09:00–22:00；个人用户的人工时间没有公布',
      "Only 95017's merchant option (press 2) has published hours, 09:00–22:00; hours for individual users are not published",
      'pay-help-index',
    ),
    said(
      'WeChat（海外）只会在你通过 App 或 help.wechat.com 申请后才给你打电话',
      'WeChat abroad only phones you after you asked for it in the app or at help.wechat.com',
      'adcc-hk',
    ),
  ],
  warnings: [
    said(
      '网上搜到的“微信客服电话”可能是骗子留的，有人因此被骗 13000 元：只用微信里或本页给出的渠道',
      'A "WeChat service number" found online may be a scammer\'s; one person lost ¥13,000 this way: use only the channels shown in WeChat or here',
      'piyao-fake-number',
    ),
    said(
      '400 670 0700 从不外呼国际业务，也绝不会索要密码、验证码或要求转账；骗子会伪造 +864006700700 来电',
      '400 670 0700 never calls abroad and never asks for passwords, codes or transfers; scammers spoof +864006700700 as caller ID',
      'line-wechat-400-notice',
    ),
  ],
};

const NO_RESPONSE: CatalogueProblem = {
  id: 'no-response',
  category: 'other',
  label: t('客服一直不理我、没解决', 'Nobody answers, or it was not solved'),
  hint: t('换渠道，再按顺序投诉：商家、微信支付、12315、12363、12300', 'Switch channel, then complain in order: merchant, WeChat Pay, 12315, 12363, 12300'),
  phrasings: {
    zh: [
      '客服一直不回我消息怎么办',
      '投诉了好几天都没人处理',
      '微信客服踢皮球，问题一直没解决',
      '提交了反馈石沉大海',
      '客服说处理但一直没下文，我该去哪里投诉',
      '商家不理我，钱也不退',
      '对客服的处理结果不满意，还能找谁',
      '微信不给解决可以打12315吗',
      '怎么向工信部投诉微信',
      '客服不理人，我要投述',
    ],
    en: [
      'WeChat support never replied to me',
      'My complaint has been ignored for days',
      'Where can I escalate a complaint about WeChat?',
      'merchant will not respond to my refund request',
    ],
  },
  urgency: 'never',
  steps: [
    step({
      id: 'keep-record',
      kind: 'self',
      text: t(
        '把已经联系过的渠道、时间、工单号和对方的回复都截图存好，投诉时要用',
        'Screenshot every channel you tried, when, the ticket numbers and the replies: complaints need them',
      ),
      source: 'editorial',
    }),
    step({
      id: 'assistant-again',
      kind: 'contact',
      text: t(
        '换一个渠道再找：“帮助与反馈”里联系客服，说明之前已经反映过',
        'Try another channel: contact customer service in Help & Feedback and say you reported it before',
      ),
      channel: 'smart-assistant',
      human: fact(
        t('输入“人工客服”或“转人工”，不行再试“找人工”（用户的经验）', "Type 人工客服 or 转人工, then 找人工 if that fails (users' experience)"),
        'other-press-it-times-2024',
        { typical: true },
      ),
      say: t(
        '我在 {time} 已经反映过：{what}，工单号 {ticket}，到现在没有处理结果，请转人工跟进。',
        'I reported this on {time}: {what}, ticket {ticket}, and nothing has happened. Please pass it to a person.',
      ),
      source: 'editorial',
      also: ['other-press-it-times-2024'],
    }),
    step({
      id: 'official-account',
      kind: 'contact',
      text: t('或者给“腾讯客服”公众号留言', 'Or write to the 腾讯客服 official account'),
      channel: 'official-accounts',
      human: fact(t('人工服务一般 8:00–24:00（典型情况）', 'People usually answer 8:00–24:00 (typical)'), 'seed', { typical: true }),
      say: t('我在 {time} 已经反映过：{what}，工单号 {ticket}，一直没有结果。', 'I reported this on {time}: {what}, ticket {ticket}, with no result.'),
      alternative: true,
      source: 'dev-community-95017',
    }),
    step({
      id: 'pay-complaint',
      kind: 'escalate',
      text: t('付给商家的钱出了问题：在这笔账单里投诉商家', 'A payment to a merchant went wrong: complain about the merchant from that bill'),
      path: fact(
        t(
          '账单 → 账单详情 → 对订单有疑惑 → 投诉商家（不同版本可能略有不同）',
          'Bill → bill details → 对订单有疑惑 → complain about the merchant (may differ by version)',
        ),
        'other-complaint-path',
      ),
      after: t('和商家联系不上或谈不拢', 'The merchant cannot be reached or will not agree'),
      say: t(
        '{time} 我在 {merchant} 付款 {amount} 元（交易单号 {txn}），问题是：{what}，希望退款。',
        'On {time} I paid {merchant} {amount} yuan (transaction {txn}). The problem: {what}. I want a refund.',
      ),
      source: 'other-complaint-path',
      also: ['other-kf-complaint-rules'],
    }),
    step({
      id: 'continue-complaint',
      kind: 'escalate',
      text: t(
        '商家超时没回复或处理结果不满意：在投诉单里选“继续投诉”；小程序里的购买，平台可以判定商家责任并退款',
        'If the merchant misses the deadline or you are unhappy with the result, choose 继续投诉 in the complaint; for mini-program purchases the platform can rule against the merchant and refund',
      ),
      after: t(
        '商家 24 小时内没回复，或 72 小时内没处理完（小程序购买为 48 小时）',
        'The merchant did not reply within 24 hours or resolve within 72 (48 for mini-program purchases)',
      ),
      source: 'other-kf-complaint-rules',
      also: ['other-complaint-path', 'other-mp-complaint', 'other-pay-complaint-partner'],
    }),
    step({
      id: 'consumer-12315',
      kind: 'escalate',
      text: t(
        '和商家的消费纠纷，向 12315 投诉（网站、App、小程序或电话），写清双方名称、地址和经过',
        "For a consumer dispute with a business, complain to 12315 (web, app, mini program or phone) with both parties' names, addresses and what happened",
      ),
      line: 'consumer-12315',
      after: t('投诉商家后仍没解决', 'Complaining to the merchant did not solve it'),
      source: 'line-samr-jiangchuan',
    }),
    step({
      id: 'pboc-12363',
      kind: 'escalate',
      text: t(
        '和微信支付（财付通）本身的纠纷：打 12363 向中国人民银行投诉（工作日）',
        "For a dispute with WeChat Pay (Tenpay) itself, call 12363 to complain to the People's Bank of China (working days)",
      ),
      line: 'pboc-12363',
      after: t('已先向微信支付投诉，被拒、逾期没处理或对结果不满意', 'You complained to WeChat Pay first and were refused, not answered in time, or unhappy'),
      call: true,
      source: 'line-pboc-2020-rules',
      also: ['other-pboc-2024'],
    }),
    step({
      id: 'miit-12300',
      kind: 'escalate',
      text: t(
        '微信账号、功能等服务问题，可以向工信部电信用户申诉受理中心（12300）申诉',
        "For problems with WeChat's service (account, features), appeal to MIIT's telecom user appeal centre (12300)",
      ),
      line: 'miit-12300',
      after: t('已向腾讯投诉，15 天内没有答复或对结果不满意', 'You complained to Tencent and got no answer within 15 days, or an unsatisfactory one'),
      source: 'other-miit-12300',
    }),
  ],
  materials: fact(
    [
      mat('record', '联系过的渠道、时间、工单号和回复截图', 'Channels tried, times, ticket numbers and screenshots of replies', 'evidence'),
      mat('txn', '付款问题：交易单号', 'For payments: the transaction ID', 'txn'),
      mat('parties', '对方的名称（商家名、微信号）', "The other party's name (merchant, WeChat ID)"),
    ],
    'editorial',
  ),
  rules: [
    said(
      '微信支付交易投诉：商家最晚在投诉单生成 24 小时内回复，72 小时内处理完',
      'WeChat Pay complaints: the merchant must reply within 24 hours of the complaint and resolve it within 72',
      'other-kf-complaint-rules',
    ),
    said(
      '小程序里的购买：自 2024-03-25 起商家处理时限为 48 小时，平台可以判定商家责任并退款',
      'Mini-program purchases: since 2024-03-25 the merchant has 48 hours; the platform can rule against the merchant and refund',
      'other-mp-complaint',
    ),
    said(
      '12315：收到投诉 7 个工作日内决定是否受理；超过 3 年、或已由法院、仲裁、消协处理过的不受理',
      '12315 decides within 7 working days whether to accept; not accepted after 3 years, or when a court, arbitration or consumer association has handled it',
      'line-samr-jiangchuan',
    ),
    said(
      '12300：先向企业投诉，不满意或 15 日内未答复才可申诉；申诉要用书面形式，费用争议 5 个月内、其他 2 年内提出；5 个工作日内决定是否受理，30 日内答复',
      '12300: complain to the company first; appeal in writing if unhappy or unanswered within 15 days; fee disputes within 5 months, others within 2 years; acceptance decided within 5 working days, answer within 30 days',
      'other-miit-12300',
    ),
    said(
      '自 2024-06-28 起，中国人民银行接收转办对非银行支付机构（如财付通）的投诉；原则上先向支付机构投诉',
      "Since 2024-06-28 the People's Bank of China takes complaints about non-bank payment institutions such as Tenpay; complain to the institution first",
      'other-pboc-2024',
    ),
    said(
      '有说法称 12300、12321 已在 2020 年整合进 12381 热线（未经核实）：拨打前以工信部网站公布的方式为准',
      "One source says 12300 and 12321 were merged into the 12381 line in 2020 (unverified): check MIIT's website before calling",
      'line-12381-merger',
    ),
  ],
  warnings: [
    said(
      '不要轻信网上搜到的“客服账号”“客服电话”；收费替你“解冻”“找回”账号的都是骗局',
      'Do not trust "service accounts" or numbers found online; paid offers to unfreeze or recover an account are scams',
      'other-tj-unfreeze-scam',
    ),
  ],
};

const DECEASED: CatalogueProblem = {
  id: 'deceased',
  category: 'other',
  label: t('家人去世了，TA 的微信怎么办', 'A family member died: their WeChat'),
  hint: t('账号不会被回收；零钱可以继承，联系客服问材料', 'The account is not reclaimed; the balance can be inherited: ask customer service what to send'),
  phrasings: {
    zh: [
      '我爸去世了，他微信里的零钱怎么取出来',
      '亲人过世了，微信账号会不会被收回',
      '老人走了，想保留他的微信聊天记录和朋友圈',
      '家人去世，微信零钱能继承吗',
      '逝者的微信号怎么处理',
      '妈妈不在了，她的微信密码我们不知道',
      '人去世了微信多久会被注销',
      '过世家人的微信钱包余额怎么办理继承',
      '去逝的人微信能不能注销',
    ],
    en: [
      'My father passed away, how do we get the money in his WeChat?',
      "What happens to a deceased person's WeChat account?",
      'inherit WeChat balance after death',
    ],
  },
  urgency: 'never',
  steps: [
    step({
      id: 'keep-number',
      kind: 'self',
      text: t(
        '先别停用逝者的手机号：号码被回收后，新主人可能用验证码登进旧账号',
        "Do not give up the deceased's phone number yet: once recycled, its new owner may log into the old account with a code",
      ),
      source: 'other-recycled-number',
    }),
    step({
      id: 'assistant',
      kind: 'contact',
      text: t(
        '在“帮助与反馈”联系客服，说明账号主人已去世，问清要提供哪些材料',
        'Contact customer service in Help & Feedback, say the account holder has died, and ask which documents to send',
      ),
      channel: 'smart-assistant',
      human: fact(
        t('输入“人工客服”或“转人工”，不行再试“找人工”（用户的经验）', "Type 人工客服 or 转人工, then 找人工 if that fails (users' experience)"),
        'other-press-it-times-2024',
        { typical: true },
      ),
      say: t(
        '你好，我的家人（微信号 {account}）已于 {time} 去世，我是 TA 的近亲属。想了解怎样处理这个账号和里面的零钱，需要提供哪些材料？',
        'Hello, my family member (WeChat ID {account}) died on {time}; I am a close relative. How can we deal with the account and its balance, and which documents do you need?',
      ),
      source: 'other-heir-contact',
    }),
    step({
      id: 'pay-hotline',
      kind: 'contact',
      text: t(
        '账号里有零钱的，也可以打微信支付客服 95017 问；哪个渠道办理继承没有官方说明',
        'If there is money in the account, you can also ask WeChat Pay on 95017; no official source says which channel handles heirs',
      ),
      channel: 'pay-hotline',
      human: fact(t('按语音提示选择人工服务；按键未确认', 'Follow the voice menu to a person; the key is not confirmed'), 'pay-help-index'),
      say: t(
        '你好，我的家人已去世，TA 的微信（{account}）里有零钱，想咨询继承需要哪些手续。',
        'Hello, my family member has died and their WeChat ({account}) holds a balance. What is needed to inherit it?',
      ),
      alternative: true,
      call: true,
      only: { region: 'mainland' },
      source: 'dev-community-95017',
    }),
    step({
      id: 'inherit',
      kind: 'escalate',
      text: t(
        '零钱属于可以继承的财产：按客服要求补齐手续；仍有争议的，可以咨询律师或向法院起诉',
        'A balance is inheritable property: complete the papers customer service asks for; if there is still a dispute, ask a lawyer or go to court',
      ),
      after: t('客服不予办理或要求的手续办不下来', 'Customer service refuses, or the papers asked for cannot be obtained'),
      source: 'other-cnnb-inherit',
    }),
  ],
  materials: fact(
    [
      mat('death-cert', '死亡证明', 'The death certificate'),
      mat('id', '申请人的身份证', 'Your own ID card', 'id'),
      mat('kinship', '亲属关系证明（户口本或公证书）', 'Proof of kinship (household register or notarised certificate)'),
      mat('account', '逝者的微信号和绑定的手机号', "The deceased's WeChat ID and linked phone number", 'phone'),
    ],
    'editorial',
  ),
  rules: [
    said(
      '没有找到微信官方公布的继承流程和材料清单；上面的材料是常见要求，以客服答复为准',
      'No official WeChat procedure or document list for heirs was found; the list above is what is commonly asked for: follow customer service',
      'editorial',
    ),
    said(
      '从 2025 年 9 月起，微信对长时间不使用的账号不再回收，朋友圈也不清理',
      'Since September 2025 WeChat no longer reclaims long-unused accounts, nor clears their Moments',
      'other-xinhua-no-reclaim',
    ),
    said(
      '账号里有零钱的不会被注销；封禁的账号也能通过临时登录把钱提出来',
      'Accounts holding money are not cancelled; a banned account can still move its money out through a temporary login',
      'other-xjb-money-accounts',
    ),
    said(
      '按微信的服务协议，账号的使用权只属于最初注册的人',
      "Under WeChat's service agreement, the right to use an account belongs only to the person who registered it",
      'other-nandu-2023',
    ),
    said(
      '长期不用的账号会进入保护状态，不等于被回收；核实身份后客服可以帮助恢复',
      'A long-unused account enters a protected state, which is not reclaiming; customer service can restore it after an identity check',
      'other-cnnb-protected',
    ),
    said(
      '个人信息保护法第四十九条：近亲属为自身合法、正当利益，可以查阅、复制、更正、删除死者的相关个人信息，死者生前另有安排的除外',
      "PIPL art. 49: close relatives may access, copy, correct or delete the deceased's information for their own lawful interests, unless the deceased arranged otherwise",
      'other-pipl-49',
    ),
    said(
      '数字遗产的认定、分割、继承目前还没有详细的操作规范',
      'There are no detailed rules yet for recognising, dividing or inheriting digital estates',
      'other-lw-digital-estate',
    ),
    said('微信目前没有逝者账号的“纪念模式”', "WeChat has no memorial mode for a deceased person's account yet", 'other-cnu-no-reclaim'),
    said(
      '放弃号码前，可用工信部“二次号码”一键解绑，解除手机号和旧互联网账号的绑定',
      "Before giving up the number, MIIT's one-tap unbinding can release it from old internet accounts",
      'other-gov-unbind',
    ),
  ],
  warnings: [
    said(
      '“网上可解冻、找回微信账号”的收费服务是骗局；不要信网上搜到的客服电话',
      'Paid "unfreeze or recover a WeChat account" services are scams; do not trust service numbers found online',
      'other-tj-unfreeze-scam',
    ),
  ],
};

export const OTHER: readonly CatalogueProblem[] = [NEED_HUMAN, NO_RESPONSE, DECEASED];
