/** Concrete problems of the `report` category: see catalogue/index.ts. */
import { CatalogueProblem, Fact, Text } from '../../types';
import { fact, mat, said, step, t, unknown } from './kit';

/** The in-app complaint, as the WeChat Security notice gives it (press repost of an official notice). */
const COMPLAIN_PATH = t(
  '聊天页右上角“…” → 投诉 → 选择原因 → 提交证据（群聊同样在右上角“…” → 投诉）',
  'Chat screen, "…" at the top right → Complain → pick a reason → add evidence (in a group: "…" → Complain)',
);
const NO_PERSON = (): Fact<Text> =>
  unknown(
    '投诉提交后由平台处理，没有和人工对话的入口；多久处理完未确认',
    'Complaints are handled by the platform after you submit them, with no chat with a person; how long it takes is not confirmed',
  );

const HARASSMENT: CatalogueProblem = {
  id: 'harassment',
  category: 'report',
  label: t('有人骂我、骚扰我、威胁我', 'Someone insults, harasses or threatens me'),
  hint: t('拉黑、投诉、留证据；威胁人身安全就报警', 'Block, complain, keep evidence; call the police if your safety is threatened'),
  phrasings: {
    zh: [
      '有人在微信上一直骂我怎么办',
      '前任天天发消息骚扰我，拉黑了又换号加我',
      '有人微信威胁我要找上门',
      '陌生人一直加我好友发恶心的话',
      '被人在群里辱骂，可以投诉吗',
      '有人用微信恐吓我，能报警吗',
      '微信上被人网暴了怎么办',
      '老是有人发骚扰信息给我，怎么投诉',
      '有人微信骚绕我',
    ],
    en: ['Someone keeps harassing me on WeChat', 'I am getting threats on WeChat, can I call the police?', 'how to report abusive messages in a WeChat group'],
  },
  urgency: 'never',
  steps: [
    step({
      id: 'block',
      kind: 'self',
      text: t('把对方加入黑名单：之后对方发的消息会被拒收', 'Block the person: their messages are rejected from then on'),
      path: fact(
        t('对方资料页 → 右上角“…” → 加入黑名单（不同版本可能略有不同）', 'Their profile → "…" at the top right → Block (may differ by version)'),
        'other-block-guide',
      ),
      source: 'other-block-guide',
    }),
    step({
      id: 'stop-strangers',
      kind: 'self',
      text: t(
        '关掉陌生人用手机号等方式找到你的途径，防止对方换号再加你',
        'Turn off the ways strangers can find you, such as by phone number, so a new account cannot add you again',
      ),
      path: fact(
        t(
          "我 → 设置 → 朋友权限 → 添加我的方式（据英文界面 Friends' Permissions → Methods for Friending Me；不同版本可能略有不同）",
          "Me → Settings → Friends' Permissions → Methods for Friending Me (may differ by version)",
        ),
        'other-friend-permissions',
      ),
      source: 'other-friend-permissions',
    }),
    step({
      id: 'complain',
      kind: 'contact',
      text: t(
        '在和对方的聊天页（或群聊）投诉，选择原因并附上截图',
        'Complain from the chat (or the group) with the person, pick a reason and attach screenshots',
      ),
      channel: 'tencent-110',
      path: fact(COMPLAIN_PATH, 'repost-security-report'),
      human: NO_PERSON(),
      say: t(
        '这个账号（{account}）从 {time} 起多次发消息辱骂、骚扰我：{what}。截图已附上。',
        'This account ({account}) has been insulting and harassing me since {time}: {what}. Screenshots attached.',
      ),
      source: 'repost-security-report',
    }),
    step({
      id: 'police-110',
      kind: 'contact',
      text: t(
        '对方威胁你的人身安全，或反复发送侮辱、恐吓信息，打 110 或到派出所报警',
        'If your safety is threatened, or insults and threats keep coming, call 110 or go to a police station',
      ),
      line: 'police-110',
      say: t(
        '我在微信上被人威胁和骚扰，对方微信号是 {account}，从 {time} 开始：{what}。我保存了截图。',
        'I am being threatened and harassed on WeChat by {account} since {time}: {what}. I have screenshots.',
      ),
      alternative: true,
      call: true,
      only: { region: 'mainland' },
      source: 'other-law-harass',
    }),
    step({
      id: 'sms-12110',
      kind: 'contact',
      text: t(
        '不方便打电话的：许多地方可以发短信到 12110 报警（各地开通情况不同）',
        'If you cannot phone: in many places you can text the police on 12110 (varies by province)',
      ),
      line: 'sms-12110',
      say: t(
        '我在微信上被人威胁和骚扰，对方微信号 {account}，从 {time} 开始：{what}。',
        'I am being threatened and harassed on WeChat by {account} since {time}: {what}.',
      ),
      alternative: true,
      only: { region: 'mainland' },
      source: 'other-12110-sms',
    }),
    step({
      id: 'court',
      kind: 'escalate',
      text: t(
        '公开侮辱、诽谤情节严重的，可以向法院起诉；自己取证确有困难的，法院可以要求公安机关协助',
        'For serious public insult or defamation you can sue in court; where you cannot gather the evidence, the court can ask the police to help',
      ),
      after: t('投诉和报警后侮辱、诽谤仍在继续，或情节严重', 'Insults or defamation go on after complaints and police reports, or are serious'),
      source: 'other-criminal-246',
    }),
  ],
  materials: fact(
    [
      mat('evidence', '聊天截图（带上对方的头像、昵称和微信号）', "Screenshots of the chat (with the other person's avatar, name and WeChat ID)", 'evidence'),
      mat('times', '每次骚扰的时间，通话记录', 'When each message or call came, and the call log'),
    ],
    'repost-security-report',
  ),
  typicalTime: unknown('未找到微信处理投诉的时长', 'No figure found for how long WeChat takes to handle a complaint'),
  rules: [
    said(
      '微信可以对违规账号警告、删除或限制内容、限制或封禁账号，必要时报警；已经送达的消息留在对方设备上，平台删不掉',
      'WeChat can warn, remove or limit content, restrict or suspend accounts and inform the police; messages already delivered stay on devices and cannot be removed',
      'other-safety-enforcement',
    ),
    said(
      '《网络暴力信息治理规定》2024 年 8 月 1 日施行，要求平台提供网暴防护功能、完善私信规则',
      'The cyber-violence rules in force since 2024-08-01 require platforms to offer protection and private-message rules',
      'other-cac-cyberviolence',
    ),
    said(
      '修订后的治安管理处罚法 2026 年 1 月 1 日施行，条文重新编号：网上看到的旧条款号可能已经不对',
      'The revised Public Security Administration Punishments Law applies from 2026-01-01 with new article numbers: older article numbers found online may be wrong',
      'other-security-law-2026',
    ),
  ],
  warnings: [],
};

const SPAM_CONTENT: CatalogueProblem = {
  id: 'spam-content',
  category: 'report',
  label: t('有人发黄赌毒、广告、刷屏', 'Porn, gambling, ads or spam'),
  hint: t('在聊天或群里投诉；违法信息报警', 'Complain from the chat or group; report illegal content to the police'),
  phrasings: {
    zh: [
      '群里天天有人发广告怎么举报',
      '被拉进一个赌博群怎么办',
      '有人私聊给我发黄色图片',
      '公众号文章是虚假广告，在哪投诉',
      '朋友圈有人卖假货，怎么举报',
      '群里有人发博彩链接',
      '陌生人发色情小视频给我',
      '怎么举报微信群里的违法内容',
      '群里刷屏发广高烦死了',
    ],
    en: ['How do I report a WeChat group for gambling ads?', 'Someone sent me porn on WeChat', 'report spam in a wechat group'],
  },
  urgency: 'never',
  steps: [
    step({
      id: 'leave-block',
      kind: 'self',
      text: t('退出骚扰群，把发广告的人加入黑名单；别点里面的链接', 'Leave the spam group and block the sender; do not open the links'),
      path: fact(
        t('对方资料页 → 右上角“…” → 加入黑名单（不同版本可能略有不同）', 'Their profile → "…" at the top right → Block (may differ by version)'),
        'other-block-guide',
      ),
      source: 'other-block-guide',
    }),
    step({
      id: 'complain',
      kind: 'contact',
      text: t('在聊天页或群聊里投诉，选择原因并附上截图', 'Complain from the chat or the group, pick a reason and attach screenshots'),
      channel: 'tencent-110',
      path: fact(COMPLAIN_PATH, 'repost-security-report'),
      human: NO_PERSON(),
      say: t(
        '这个群（或账号 {account}）在 {time} 发布违规内容：{what}。截图已附上。',
        'This group (or account {account}) posted banned content on {time}: {what}. Screenshots attached.',
      ),
      source: 'repost-security-report',
    }),
    step({
      id: 'tencent-guard',
      kind: 'contact',
      text: t('或者搜索“腾讯卫士”小程序举报（2021 年的通知里叫“腾讯110”）', 'Or report in the 腾讯卫士 mini program (called 腾讯110 in 2021 notices)'),
      channel: 'tencent-110',
      human: NO_PERSON(),
      say: t('这个群（或账号 {account}）在 {time} 发布违规内容：{what}。', 'This group (or account {account}) posted banned content on {time}: {what}.'),
      alternative: true,
      source: 'other-jiemian-2021',
      also: ['repost-security-2024'],
    }),
    step({
      id: 'spam-12321',
      kind: 'contact',
      text: t(
        '垃圾短信、骚扰信息也可以向 12321 举报：网站 12321.cn、12321 助手 App（仅安卓），或公众号“12321受理中心” → 我要投诉',
        'Spam texts and messages can also go to 12321: 12321.cn, the 12321 helper app (Android only), or the 12321受理中心 official account → 我要投诉',
      ),
      line: 'spam-12321',
      say: t('举报号码或账号 {account}：{time} 收到垃圾信息，内容是 {what}。', 'Reporting {account}: spam received on {time}: {what}.'),
      alternative: true,
      source: 'line-12321-guide',
    }),
    step({
      id: 'police-110',
      kind: 'contact',
      text: t('涉黄、涉赌、诈骗等违法信息，向公安 110 举报', 'Report porn, gambling, fraud and other illegal content to the police on 110'),
      line: 'police-110',
      say: t(
        '我要举报违法信息：{time} 微信账号 {account} 发来 {what}，我保存了截图。',
        'I want to report illegal content: on {time} the WeChat account {account} sent {what}. I have screenshots.',
      ),
      alternative: true,
      call: true,
      only: { region: 'mainland' },
      source: 'other-miit-2008',
    }),
  ],
  materials: fact(
    [mat('evidence', '截图：群名称、发送者的昵称和微信号、链接', "Screenshots: the group name, the sender's name and WeChat ID, the links", 'evidence')],
    'repost-security-report',
  ),
  typicalTime: fact(t('广告类投诉一般 1–3 个工作日有结果（典型情况）', 'Ad complaints usually get a result in 1–3 working days (typical)'), 'seed', {
    typical: true,
  }),
  rules: [
    said(
      '微信呼吁在客户端或“腾讯110”小程序投诉违禁品信息；2021 年一季度封禁了 1570 个发布违禁品售卖信息的群',
      'WeChat asks users to report banned goods in the app or the 腾讯110 mini program; in 2021 Q1 it closed 1,570 groups selling them',
      'other-jiemian-2021',
    ),
    said('向 12321 举报垃圾短信时，不要修改短信原文', 'When reporting a spam text to 12321, do not edit the original message', 'line-12321-guide'),
    said(
      '已经送达的内容留在收件人的设备上，平台删不掉',
      "Content already delivered stays on the recipient's device and cannot be removed by the platform",
      'other-safety-enforcement',
    ),
  ],
  warnings: [],
};

const FRAUD_REPORT: CatalogueProblem = {
  id: 'fraud-report',
  category: 'report',
  label: t('举报骗子的账号、链接或群', "Report a scammer's account, link or group"),
  hint: t('微信内投诉、腾讯卫士、国家反诈中心；被骗了钱先报警', 'Complain in WeChat, 腾讯卫士, the national anti-fraud app; if you lost money, police first'),
  phrasings: {
    zh: [
      '遇到骗子了，怎么举报他的微信',
      '有人冒充客服加我，想举报这个号',
      '刷单群是骗人的，怎么举报',
      '收到一个钓鱼链接，在哪里举报',
      '我被骗了钱，骗子的微信怎么处理',
      '举报诈骗账号有用吗',
      '国家反诈中心app怎么举报',
      '想举报一个假冒的投资理财群',
      '怎么举包骗子微信号',
    ],
    en: ['How do I report a scammer on WeChat?', 'I got a phishing link, where do I report it?', 'report a fake investment group on wechat'],
  },
  urgency: 'ask',
  // Whoever reports a scammer may already have paid: 110 and 95017 stay in the plan.
  flags: { police: true },
  steps: [
    step({
      id: 'keep-evidence',
      kind: 'self',
      text: t(
        '先截图保存：对方的微信号、聊天记录、转账记录和链接，记下对方的收款账号和户名',
        'Screenshot first: their WeChat ID, the chat, transfers and links; note the payee account and name',
      ),
      source: 'line-mps-xinhua',
    }),
    step({
      id: 'police-110',
      kind: 'contact',
      text: t(
        '已经被骗了钱的：马上打 110 或到派出所报案，报上对方的收款账号和户名，公安机关可以紧急止付',
        'If you already lost money, call 110 or go to a police station at once with the payee account and name: the police can stop the payment',
      ),
      line: 'police-110',
      say: t(
        '我被骗了 {amount} 元，{time} 通过微信转给了 {payee}，交易单号 {txn}。',
        'I was scammed out of {amount} yuan, sent on {time} by WeChat to {payee}, transaction {txn}.',
      ),
      call: true,
      source: 'line-mps-xinhua',
      also: ['repost-security-report'],
    }),
    step({
      id: 'pay-hotline',
      kind: 'contact',
      text: t('钱是经微信支付转出的，报警后再打 95017 说明情况', 'If the money went out through WeChat Pay, call 95017 after the police'),
      channel: 'pay-hotline',
      human: fact(t('按语音提示选择人工服务；按键未确认', 'Follow the voice menu to a person; the key is not confirmed'), 'pay-help-index'),
      say: t(
        '我被骗了，{time} 转给 {payee} {amount} 元，交易单号 {txn}，已经报警。',
        'I was scammed: on {time} I sent {payee} {amount} yuan, transaction {txn}. I have called the police.',
      ),
      call: true,
      only: { region: 'mainland' },
      source: 'dev-community-95017',
    }),
    step({
      id: 'sms-12110',
      kind: 'contact',
      text: t(
        '不方便打电话的：许多地方可以发短信到 12110 报警（各地开通情况不同）',
        'If you cannot phone: in many places you can text the police on 12110 (varies by province)',
      ),
      line: 'sms-12110',
      say: t(
        '我被骗了 {amount} 元，{time} 通过微信转给了 {payee}，交易单号 {txn}。',
        'I was scammed out of {amount} yuan, sent on {time} by WeChat to {payee}, transaction {txn}.',
      ),
      alternative: true,
      only: { region: 'mainland' },
      source: 'other-12110-sms',
    }),
    step({
      id: 'complain',
      kind: 'contact',
      text: t('在和骗子的聊天页（或群聊）投诉，选择原因并附上截图', 'Complain from the chat (or group) with the scammer, pick a reason and attach screenshots'),
      channel: 'tencent-110',
      path: fact(COMPLAIN_PATH, 'repost-security-report'),
      human: NO_PERSON(),
      say: t(
        '这个账号（{account}）在 {time} 冒充 {what} 行骗。截图已附上。',
        'This account ({account}) posed as {what} to scam on {time}. Screenshots attached.',
      ),
      source: 'repost-security-report',
    }),
    step({
      id: 'tencent-guard',
      kind: 'contact',
      text: t('或者用“腾讯卫士”小程序举报账号', 'Or report the account in the 腾讯卫士 mini program'),
      channel: 'tencent-110',
      path: fact(
        t('腾讯卫士 → 网络诈骗 → 举报帐号 → 填写举报内容 → 提交', '腾讯卫士 → Online fraud → Report account → fill in → Submit'),
        'repost-security-report',
      ),
      human: NO_PERSON(),
      say: t('这个账号（{account}）在 {time} 冒充 {what} 行骗。', 'This account ({account}) posed as {what} to scam on {time}.'),
      alternative: true,
      source: 'repost-security-report',
    }),
    step({
      id: 'anti-fraud-app',
      kind: 'contact',
      text: t(
        '或者在“国家反诈中心”App 的“我要举报”里举报电话、短信、App、网址、社交账号或支付账号',
        'Or use 我要举报 in the 国家反诈中心 app to report numbers, texts, apps, sites, social or payment accounts',
      ),
      line: 'anti-fraud-app',
      say: t('举报诈骗账号 {account}：{time} 冒充 {what} 行骗。', 'Reporting the scam account {account}: posed as {what} on {time}.'),
      alternative: true,
      source: 'line-anti-fraud-app',
    }),
    step({
      id: 'anti-fraud-96110',
      kind: 'contact',
      text: t('拿不准是不是诈骗：打 96110 咨询', 'Not sure it is a scam? Call 96110 for advice'),
      line: 'anti-fraud-96110',
      say: t(
        '有人 {time} 在微信上（账号 {account}）让我 {what}，我想确认是不是诈骗。',
        'On {time} someone on WeChat ({account}) asked me to {what}. Is this a scam?',
      ),
      alternative: true,
      call: true,
      only: { region: 'mainland' },
      source: 'other-cctv-96110',
      also: ['line-cq-police-12381'],
    }),
  ],
  materials: fact(
    [
      mat('evidence', '对方的微信号、手机号、收款账号和户名', 'Their WeChat ID, phone number, payee account and name', 'evidence'),
      mat('screenshot', '聊天和转账记录的截图', 'Screenshots of the chat and the transfers', 'screenshot'),
      mat('txn', '交易单号', 'Transaction IDs', 'txn'),
      mat('police-receipt', '报案回执（报过警的）', 'The police receipt, if you reported it'),
    ],
    'line-mps-xinhua',
    { also: ['repost-security-report'] },
  ),
  typicalTime: unknown('未找到微信处理举报的时长', 'No figure found for how long WeChat takes to handle a report'),
  rules: [
    said(
      '微信安全中心：遇到诈骗或可疑情况请及时投诉；有金钱损失的，请马上报警',
      'WeChat Security: complain about fraud or anything suspicious; if you lost money, call the police at once',
      'repost-security-report',
    ),
    said(
      '96110 是公安的反诈专线，用来劝阻、咨询和举报：它打来时要接',
      '96110 is the police anti-fraud line for warnings, advice and reports: answer it when it calls',
      'other-cctv-96110',
    ),
    said(
      '国家反诈中心 App 有“我要举报”“报案助手”“诈骗预警”“身份验真”四个板块；报案助手需要实名',
      'The 国家反诈中心 app has report, case assistant, fraud warnings and identity check; the case assistant needs your real name',
      'line-anti-fraud-app',
    ),
  ],
  warnings: [
    said(
      '被骗后说能帮你“追回钱款”的，都是第二次诈骗',
      'Anyone offering to "get your money back" after a scam is running a second scam',
      'other-recovery-second-scam',
    ),
    said(
      '骗子会冒充微信客服，甚至伪造 +864006700700 来电；微信官方客服绝不会索要密码、验证码或要求转账',
      'Scammers pose as WeChat service and even spoof +864006700700; real WeChat staff never ask for passwords, codes or transfers',
      'line-wechat-400-notice',
    ),
  ],
};

const SPAM_CALL: CatalogueProblem = {
  id: 'spam-call',
  category: 'report',
  label: t('骚扰电话、垃圾短信', 'Nuisance calls and spam texts'),
  hint: t('运营商拦截、12321 举报；12381 短信是真的反诈提醒', 'Operator blocking, report to 12321; a 12381 text is a real fraud warning'),
  phrasings: {
    zh: [
      '天天接到推销电话烦死了',
      '老有境外号码打给我，怎么拦截',
      '收到很多垃圾短信怎么举报',
      '有个自称微信客服的电话打给我',
      '来电显示 400 开头说是微信客服，是真的吗',
      '收到 12381 的短信说我可能被骗，是真的吗',
      '骚扰电话去哪投诉',
      '怎么屏蔽骚扰短信',
      '一直有人打电话骚饶我',
    ],
    en: ['How do I stop spam calls in China?', 'I got a text from 12381, is it real?', 'a caller says he is WeChat customer service'],
  },
  urgency: 'never',
  steps: [
    step({
      id: 'block-abroad',
      kind: 'self',
      text: t(
        '不需要接境外来电的，可以让运营商关掉：移动发短信 QXGJLH 到 10086；联通发 GBGJLH（电话）或 GBGJDX（短信）到 10010；电信发 KTFSR 到 10001 开通防骚扰，或关注“天翼防骚扰”公众号；广电发 QXGLLJ 到 10099',
        'If you need no calls from abroad, ask your operator to block them: Mobile, text QXGJLH to 10086; Unicom, text GBGJLH (calls) or GBGJDX (texts) to 10010; Telecom, text KTFSR to 10001 for nuisance-call protection, or follow the 天翼防骚扰 account; CBN, text QXGLLJ to 10099',
      ),
      source: 'other-tongliao-block',
    }),
    step({
      id: 'do-not-disturb',
      kind: 'self',
      text: t('向你的运营商开通“来电来信免打扰”服务（工信部在推广）', 'Ask your operator for the call and SMS do-not-disturb service (promoted by MIIT)'),
      source: 'other-gov-unbind',
    }),
    step({
      id: 'spam-12321',
      kind: 'contact',
      text: t(
        '向 12321 举报骚扰电话、垃圾短信：网站 12321.cn、12321 助手 App（仅安卓），或公众号“12321受理中心” → 我要投诉',
        'Report nuisance calls and spam texts to 12321: 12321.cn, the 12321 helper app (Android only), or the 12321受理中心 official account → 我要投诉',
      ),
      line: 'spam-12321',
      say: t('举报号码 {account}：{time} 来电（或短信）骚扰，内容是 {what}。', 'Reporting {account}: nuisance call (or text) on {time}: {what}.'),
      source: 'line-12321-guide',
      also: ['other-12321-2022'],
    }),
    step({
      id: 'anti-fraud-app',
      kind: 'contact',
      text: t('像诈骗的电话、短信，也可以在“国家反诈中心”App 里举报', 'Calls or texts that look like fraud can also be reported in the 国家反诈中心 app'),
      line: 'anti-fraud-app',
      say: t(
        '举报号码 {account}：{time} 来电（或短信）疑似诈骗，内容是 {what}。',
        'Reporting {account}: a call (or text) on {time} that looks like fraud: {what}.',
      ),
      alternative: true,
      source: 'line-anti-fraud-app',
    }),
    step({
      id: 'anti-fraud-96110',
      kind: 'contact',
      text: t(
        '收到 12381 预警短信或拿不准对方是不是骗子：打 96110 或 110 咨询',
        'After a 12381 warning text, or if unsure the caller is a scammer, call 96110 or 110 for advice',
      ),
      line: 'anti-fraud-96110',
      say: t(
        '我在 {time} 接到号码 {account} 的电话（或短信），对方说 {what}，我想确认是不是诈骗。',
        'On {time} I got a call (or text) from {account} saying {what}. Is this a scam?',
      ),
      alternative: true,
      call: true,
      only: { region: 'mainland' },
      source: 'line-cq-police-12381',
    }),
    step({
      id: 'miit-12300',
      kind: 'escalate',
      text: t(
        '对运营商的号码、扣费或拦截服务不满意，可以向工信部 12300 申诉',
        'If you are unhappy with your operator about numbers, charges or blocking, appeal to MIIT on 12300',
      ),
      line: 'miit-12300',
      after: t('已向运营商投诉，15 天内没有答复或对结果不满意', 'You complained to the operator and got no answer within 15 days, or an unsatisfactory one'),
      source: 'other-miit-12300',
    }),
  ],
  materials: fact(
    [
      mat('number', '来电或短信的号码和时间', 'The calling or texting number and the time', 'phone'),
      mat('screenshot', '短信截图（不要改短信原文）', 'A screenshot of the text (do not edit the original)', 'screenshot'),
    ],
    'line-12321-guide',
  ),
  rules: [
    said(
      '12381 发来的预警短信是反诈提醒，不含任何链接、微信号、QQ 号或其他电话，不用回拨或回复；先确认发送号码就是 12381',
      'A 12381 warning text is a real fraud alert: it has no links, WeChat or QQ IDs or other numbers and needs no call back or reply; first check the sender is exactly 12381',
      'line-cnr-12381',
    ),
    said(
      '12381 短信提示的是你可能正面临“贷款”“刷单返利”“冒充公检法”等 9 类诈骗',
      'A 12381 text warns that you may be targeted by one of nine fraud types such as loans, paid tasks or fake police',
      'other-rmrb-12381',
    ),
    said(
      '12321 官方指南列出的举报方式是网站、App、公众号、电话 010-12321（主要受理咨询）和邮箱，没有列出短信举报：网上流传的“发短信到 12321”可能已经停用',
      'The official 12321 guide lists the website, app, official account, 010-12321 (mainly enquiries) and email, not texting: the "text 12321" route passed around online may no longer work',
      'line-12321-guide',
    ),
    said(
      '12321 受理中心 2022 年一季度仍在受理骚扰电话投诉（49833 件）',
      'The 12321 centre was still taking nuisance-call complaints in 2022 Q1 (49,833)',
      'other-12321-2022',
    ),
    said(
      '有说法称 12300、12321 已在 2020 年整合进 12381 热线（未经核实）：拨打前以工信部网站公布的方式为准',
      "One source says 12300 and 12321 were merged into the 12381 line in 2020 (unverified): check MIIT's website before calling",
      'line-12381-merger',
    ),
  ],
  warnings: [
    said(
      '来电显示 +864006700700 或自称“微信客服”的，可能是伪造来电：400 670 0700 从不外呼国际业务，微信官方客服绝不会以账号违规为由索要密码、验证码或要求转账',
      'A call showing +864006700700 or claiming to be WeChat service may be spoofed: 400 670 0700 never calls abroad, and real WeChat staff never ask for passwords, codes or transfers over an "account violation"',
      'line-wechat-400-notice',
    ),
    said(
      'WeChat 不会主动给用户打电话，除非你自己在 App 或 help.wechat.com 申请过',
      'WeChat does not phone users unless they asked for it in the app or at help.wechat.com',
      'adcc-hk',
    ),
    said(
      '也有冒充 12381 的短信：号码不是 12381、带链接或让你回电的，都是假的',
      'Fake 12381 texts exist: one from another number, with a link or asking you to call back, is a fake',
      'line-cnr-12381',
    ),
  ],
};

export const REPORT: readonly CatalogueProblem[] = [HARASSMENT, SPAM_CONTENT, FRAUD_REPORT, SPAM_CALL];
