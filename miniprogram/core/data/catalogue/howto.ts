/** Concrete problems of the `howto` category: see catalogue/index.ts. */
import { CatalogueProblem, Fact, Text } from '../../types';
import { fact, mat, said, step, t, unknown } from './kit';

/** The seed's figure for how-to questions. */
const INSTANT = (): Fact<Text> => fact(t('自助操作，一般即时完成（典型情况）', 'Self-service, usually done at once (typical)'), 'seed', { typical: true });

const ASSISTANT_HUMAN = (): Fact<Text> =>
  fact(
    t('输入“人工客服”或“转人工”，不行再试“找人工”（用户的经验）', "Type 人工客服 or 转人工, then 找人工 if that fails (users' experience)"),
    'other-press-it-times-2024',
    { typical: true },
  );

const CHAT_HISTORY: CatalogueProblem = {
  id: 'chat-history',
  category: 'howto',
  label: t('聊天记录备份、迁移、恢复', 'Back up, move or restore chat history'),
  hint: t('微信服务器不存聊天记录：换机前自己迁移或备份', 'WeChat keeps no chats on its servers: move or back them up yourself before switching'),
  phrasings: {
    zh: [
      '换新手机了，怎么把微信聊天记录转过去',
      '不小心删了聊天记录还能恢复吗',
      '微信聊天记录怎么备份到电脑',
      '手机坏了，微信的聊天记录还能找回来吗',
      '能不能找微信官方恢复删掉的聊天',
      '网上有人说能恢复聊天记录，要收费，靠谱吗',
      '安卓换苹果微信记录怎么迁移',
      '聊天记录迁移一直失败怎么办',
      '微信聊天记入怎么恢复',
    ],
    en: ['How do I move my WeChat chats to a new phone?', 'Can I recover deleted WeChat messages?', 'back up wechat chat history to pc'],
  },
  urgency: 'never',
  steps: [
    step({
      id: 'migrate',
      kind: 'self',
      text: t(
        '用“聊天记录迁移与备份”把聊天记录迁到新手机，或备份到电脑',
        'Use 聊天记录迁移与备份 (Migrate and back up chats) to move chats to a new phone or back them up to a computer',
      ),
      path: unknown(
        '入口在“设置”里，不同版本位置不同：较早的版本在 我 → 设置 → 通用 → 聊天记录迁移与备份，较新的版本在 我 → 设置 → 聊天 → 聊天记录迁移与备份。两处都只见于第三方资料，以你手机上的菜单为准',
        'It is under Settings, in a different place by version: older builds have Me → Settings → General → Chat migration and backup, newer ones Me → Settings → Chats → Chat migration and backup. Both come only from third-party material: follow the menu on your phone',
      ),
      source: 'other-help-chats',
    }),
    step({
      id: 'pc-backup',
      kind: 'self',
      text: t(
        '备份到电脑：电脑上要装好并登录微信，手机和电脑连在同一个网络',
        'To back up to a computer, WeChat for PC must be installed and signed in, with phone and computer on the same network',
      ),
      source: 'other-pc-backup',
    }),
    step({
      id: 'favorites',
      kind: 'self',
      text: t('少量重要的消息，可以用“收藏”保存下来', 'For a few important messages, save them to Favorites'),
      source: 'other-help-chats',
    }),
    step({
      id: 'assistant',
      kind: 'contact',
      text: t('迁移或备份一直失败：在“帮助与反馈”里问客服', 'If migration or backup keeps failing, ask customer service in Help & Feedback'),
      channel: 'smart-assistant',
      human: ASSISTANT_HUMAN(),
      say: t(
        '我在 {time} 迁移聊天记录失败，提示是：{what}。两台设备登录的是同一个微信。',
        'On {time} chat migration failed with the message: {what}. Both devices are signed in to the same account.',
      ),
      source: 'editorial',
      also: ['other-press-it-times-2024'],
    }),
    step({
      id: 'international',
      kind: 'contact',
      text: t('在境外：用 help.wechat.com 或写邮件到 support@wechat.com', 'Abroad: use help.wechat.com or email support@wechat.com'),
      channel: 'international',
      say: t('你好，我的微信号是 {account}。我的问题是：{what}，从 {time} 开始。', 'Hello, my WeChat ID is {account}. My problem: {what}, since {time}.'),
      only: { region: 'overseas' },
      source: 'adcc-hk',
    }),
  ],
  materials: fact(
    [
      mat('devices', '两台设备都登录同一个微信', 'Both devices signed in to the same WeChat account'),
      mat('network', '同一个 Wi-Fi 或网络；备份到电脑要装好电脑版微信', 'The same Wi-Fi or network; WeChat for PC installed for a computer backup'),
    ],
    'other-pc-backup',
  ),
  typicalTime: INSTANT(),
  rules: [
    said(
      '微信不在服务器上保存聊天记录，聊天内容只存在你的手机、电脑等设备上',
      'WeChat does not keep chats on its servers: they are stored only on your phone, computer and other devices',
      'other-pconline-no-store',
    ),
    said(
      '所以删掉又没有备份的聊天，腾讯也无法从服务器恢复；要换机，先迁移或备份',
      "So chats deleted without a backup cannot be restored from Tencent's side; move or back them up before switching phones",
      'other-help-chats',
    ),
  ],
  warnings: [
    said(
      '网上收费“恢复聊天记录”的服务不可信：记者试了 10 款恢复软件，成功率为 0，还有人因此被骗',
      'Paid "chat recovery" online is not to be trusted: a reporter tried 10 recovery apps and none worked, and people have been cheated',
      'other-recovery-scam',
    ),
  ],
};

const CLOSE_ACCOUNT: CatalogueProblem = {
  id: 'close-account',
  category: 'howto',
  label: t('注销微信账号', 'Delete my WeChat account'),
  hint: t('先满足注销条件；注销后不能恢复', 'Meet the conditions first; deletion cannot be undone'),
  phrasings: {
    zh: [
      '微信怎么注销账号',
      '我不想用微信了，想把号彻底删掉',
      '注销微信提示无法完成怎么办',
      '注销微信之后还能恢复吗',
      '微信注销要等多少天',
      '有人打电话说要帮我注销百万保障',
      '注销微信前零钱怎么办',
      '一个手机号注销了能重新注册吗',
      '微信怎么注肖',
    ],
    en: ['How do I delete my WeChat account?', 'WeChat says my account cannot be cancelled', 'how long does wechat account deletion take'],
  },
  urgency: 'never',
  steps: [
    step({
      id: 'check-conditions',
      kind: 'self',
      text: t(
        '注销前先处理好：最近两周没有改密码、换绑等操作；微信支付已注销（零钱提完，没有未完成的交易，微粒贷已还清）；解除第三方应用的授权和平台管理员身份',
        'Before deleting, make sure: no password or binding change in the last two weeks; WeChat Pay closed (balance moved out, no pending transactions, 微粒贷 repaid); third-party app logins and platform admin roles removed',
      ),
      source: 'other-rmrb-close-2017',
      also: ['other-pay-close-2018'],
    }),
    step({
      id: 'close-pay',
      kind: 'self',
      text: t('先注销微信支付（在“钱包”的支付设置里）', "Close WeChat Pay first (in the Wallet's payment settings)"),
      path: unknown(
        '未找到可靠来源给出注销微信支付的完整菜单路径，以手机上的菜单为准',
        'No reliable source gives the full menu path to close WeChat Pay: follow the menu on your phone',
      ),
      source: 'other-pay-close-2018',
    }),
    step({
      id: 'delete',
      kind: 'self',
      text: t('在微信安全中心申请注销账号，按页面提示操作', 'Apply to delete the account in the WeChat Security Center and follow the screens'),
      path: fact(
        t(
          '我 → 设置 → 帐号与安全 → 微信安全中心 → 注销帐号（2017、2020 年的说明，不同版本可能略有不同）',
          'Me → Settings → Account Security → WeChat Security Center → Account Cancellation (as given in 2017 and 2020; may differ by version)',
        ),
        'other-rmrb-close-2017',
        { also: ['other-indiatoday-close'] },
      ),
      source: 'other-rmrb-close-2017',
    }),
    step({
      id: 'assistant',
      kind: 'contact',
      text: t(
        '页面提示“无法注销”而条件都已满足：在“帮助与反馈”里问客服',
        'If it says the account cannot be deleted although the conditions are met, ask customer service in Help & Feedback',
      ),
      channel: 'smart-assistant',
      human: ASSISTANT_HUMAN(),
      say: t(
        '我在 {time} 申请注销微信账号，页面提示无法完成：{what}。想知道还差什么条件。',
        'On {time} I applied to delete my WeChat account and it said it cannot be done: {what}. What condition is missing?',
      ),
      source: 'editorial',
      also: ['other-press-it-times-2024'],
    }),
  ],
  materials: fact(
    [
      mat('phone', '平时常用来登录的那部手机', 'The phone you usually sign in on', 'phone'),
      mat('balance', '零钱、零钱通已提完，没有未完成的交易', 'Balance and 零钱通 moved out, no pending transactions'),
    ],
    'other-pay-close-2018',
  ),
  typicalTime: unknown(
    '注销的等待期没有可靠来源：网上有 7、15、30、60 天等说法。申请后按页面提示的期限内重新登录即可撤销，以页面显示为准',
    'No reliable source gives the waiting period: 7, 15, 30 and 60 days are all claimed online. Signing in again within the period the screen shows cancels the request: follow the screen',
  ),
  rules: [
    said(
      '注销后不可恢复；用同一个手机号重新注册，得到的是全新的空账号',
      'Deletion cannot be undone; re-registering with the same number gives a new, empty account',
      'other-appso-close',
    ),
    said(
      '账号被他人投诉、被国家机关调查，或处于诉讼、仲裁中时，腾讯可以终止注销申请',
      'Tencent can stop a deletion while the account is under complaint, investigation or litigation',
      'other-appso-close',
    ),
    said(
      '海外 WeChat 帮助中心写的是申请后 60 天内登录可撤销；这条是否适用于国内微信未确认',
      'The WeChat Help Center for accounts outside China says signing in within 60 days cancels the request; whether this holds for mainland 微信 is not confirmed',
      'other-wechat-intl-60d',
    ),
  ],
  warnings: [
    said(
      '打电话说不“关闭百万保障”会影响征信、会按月扣费的，都是诈骗',
      'Calls saying "百万保障" must be closed or your credit record suffers or you will be charged monthly are scams',
      'other-police-baiwan',
    ),
    said('“关闭微信支付安全险”也是冒充客服的骗局', '"Close your WeChat Pay security insurance" is the same impostor scam', 'other-thepaper-insurance'),
    said('百万保障完全免费，微信客服不会要你转账', 'The Million Dollar Guarantee is free, and WeChat staff never ask you to transfer money', 'adcc-hk'),
  ],
};

const MINOR_MODE: CatalogueProblem = {
  id: 'minor-mode',
  category: 'howto',
  label: t('青少年模式、未成年人模式', 'Youth mode and minor mode'),
  hint: t('开启、关闭、绑定监护人、忘记密码', 'Turn it on or off, add a guardian, forgotten password'),
  phrasings: {
    zh: [
      '怎么给孩子的微信开青少年模式',
      '青少年模式怎么关掉',
      '孩子的微信青少年模式密码忘了',
      '青少年模式能限制孩子看视频号吗',
      '家长怎么管孩子微信花钱',
      '未成年人模式和青少年模式有什么区别',
      '孩子半夜还在刷视频号怎么办',
      '怎么绑定监护人',
      '清少年模式在哪里开',
    ],
    en: ['How do I turn on youth mode in WeChat for my child?', 'I forgot the WeChat youth mode password', 'parental controls on wechat'],
  },
  urgency: 'never',
  steps: [
    step({
      id: 'turn-on',
      kind: 'self',
      text: t('打开青少年模式；开启和关闭都要验证微信密码', 'Turn on youth mode; turning it on or off needs the WeChat password'),
      path: fact(t('我 → 设置 → 青少年模式（不同版本可能略有不同）', 'Me → Settings → Youth Mode (may differ by version)'), 'other-minor-2020', {
        also: ['other-minor-8015'],
      }),
      source: 'other-minor-2020',
    }),
    step({
      id: 'guardian',
      kind: 'self',
      text: t(
        '在青少年模式里邀请家长做监护人：孩子想多看时向监护人申请，同意后视频号可以再看 40 分钟',
        'Invite a parent as guardian in youth mode: the child asks for more time, and on approval gets 40 more minutes of Channels',
      ),
      path: fact(
        t('我 → 设置 → 青少年模式，输入密码后发送监护人邀请', 'Me → Settings → Youth Mode, enter the password, then send a guardian invitation'),
        'other-minor-8015',
      ),
      source: 'other-minor-8015',
    }),
    step({
      id: 'limits',
      kind: 'self',
      text: t(
        '按 2024 年的说明：视频号和直播每天累计 40 分钟后要监护人输入密码，22:00 至次日 6:00 不能用；监护人可以设每日和单笔消费上限',
        'Per the 2024 manual: after 40 minutes a day of Channels and live streams the guardian must enter a password, and they are off from 22:00 to 6:00; the guardian can set daily and per-payment limits',
      ),
      source: 'other-minor-2024',
    }),
    step({
      id: 'system-minor-mode',
      kind: 'self',
      text: t(
        '2025 年起，安卓、鸿蒙手机开启系统的未成年人模式后，微信可以跟着自动开启（苹果手机未确认）',
        'Since 2025, WeChat can switch on by itself when Android or HarmonyOS minor mode is on (iPhone not confirmed)',
      ),
      source: 'other-minor-2025',
    }),
    step({
      id: 'assistant',
      kind: 'contact',
      text: t(
        '忘了青少年模式的独立密码，或设置出问题：在“帮助与反馈”里问客服；重置独立密码可能要监护人手持身份证拍照',
        'Forgot the youth-mode password, or something is wrong: ask in Help & Feedback; resetting the password may need a photo of the guardian holding their ID',
      ),
      channel: 'smart-assistant',
      human: ASSISTANT_HUMAN(),
      say: t(
        '我是孩子的监护人，孩子的微信（{account}）青少年模式出了问题：{what}。',
        "I am the guardian; youth mode on my child's WeChat ({account}) has a problem: {what}.",
      ),
      source: 'other-minor-reset',
    }),
  ],
  materials: fact(
    [
      mat(
        'password',
        '开关青少年模式时要输入的微信密码（自己输入，不要告诉任何人）',
        'The WeChat password asked for when switching youth mode (type it yourself, never tell anyone)',
      ),
      mat('id', '监护人的身份证（重置独立密码时）', "The guardian's ID card (to reset the youth-mode password)", 'id'),
    ],
    'other-minor-2020',
    { also: ['other-minor-reset'] },
  ),
  typicalTime: INSTANT(),
  rules: [
    said(
      '不满 14 岁的孩子，要监护人阅读并同意《儿童隐私保护声明》后才能使用微信',
      "Children under 14 may use WeChat only after a guardian has read and agreed to the children's privacy statement",
      'other-minor-2020',
    ),
    said(
      '青少年模式下，摇一摇、看一看、附近的人等功能不能使用，小程序、视频号、公众号、搜一搜受到限制',
      'In youth mode Shake, Top Stories and People Nearby are off; mini programs, Channels, official accounts and Search are limited',
      'other-minor-2020',
    ),
    said('孩子乱花的钱想退，请看“孩子乱花钱”那一项', 'To get back money a child spent, see the "minor spending" problem', 'editorial'),
  ],
  warnings: [],
};

const CHANGE_ID: CatalogueProblem = {
  id: 'change-id',
  category: 'howto',
  label: t('修改微信号', 'Change my WeChat ID'),
  hint: t('一年只能改一次；好友不会收到提醒', 'Once a year; friends are not told'),
  phrasings: {
    zh: [
      '微信号怎么改',
      '微信号能改几次',
      '想换个微信号，提示一年内只能改一次',
      '改了微信号好友会知道吗',
      '微信号改不了，说账号有安全风险',
      '以前随便起的微信号太丑了想换',
      '朋友说换了新微信号让我加，是真的吗',
      '改微信号需要什么条件',
      '微信号怎么修该',
    ],
    en: ['How do I change my WeChat ID?', 'How often can I change my WeChat ID?', 'a friend says they have a new wechat account'],
  },
  urgency: 'never',
  steps: [
    step({
      id: 'change',
      kind: 'self',
      text: t(
        '在个人信息里修改微信号：一年只能改一次，要求最近一年没改过、账号没有安全风险，修改前要输入登录密码',
        'Change it in your profile: once a year, only if not changed in the last year and the account is safe; you enter your password first',
      ),
      path: fact(
        t('我 → 个人信息 → 微信号（2020 年的说明，不同版本可能略有不同）', 'Me → Profile → WeChat ID (as given in 2020; may differ by version)'),
        'other-change-id',
        { also: ['other-change-id-en'] },
      ),
      source: 'other-change-id',
    }),
    step({
      id: 'assistant',
      kind: 'contact',
      text: t(
        '改不了、提示账号有安全风险：在“帮助与反馈”里问客服',
        'If it will not change or says the account is at risk, ask customer service in Help & Feedback',
      ),
      channel: 'smart-assistant',
      human: ASSISTANT_HUMAN(),
      say: t(
        '我在 {time} 修改微信号时提示：{what}。我最近一年没有改过微信号。',
        'On {time}, changing my WeChat ID showed: {what}. I have not changed it in the last year.',
      ),
      source: 'editorial',
      also: ['other-press-it-times-2024'],
    }),
  ],
  materials: fact(
    [mat('password', '你的微信登录密码（自己输入，不要告诉任何人）', 'Your WeChat password (type it yourself, never tell anyone)')],
    'other-change-id',
  ),
  typicalTime: INSTANT(),
  rules: [
    said(
      '微信号 6–20 位，以字母开头，可以用字母、数字、下划线和减号',
      'A WeChat ID has 6–20 characters, starts with a letter, and may use letters, digits, underscores and hyphens',
      'other-change-id',
    ),
    said(
      '改了之后好友不会收到提醒，别人也搜不到你的旧微信号；用微信登录的第三方应用不受影响',
      'Friends are not told; nobody can find you by the old ID; third-party apps you log into with WeChat are not affected',
      'other-change-id',
    ),
  ],
  warnings: [
    said(
      '骗子会盗用熟人的头像和昵称，说“以前那个微信不用了，请加我”，再开口借钱：先打电话或视频确认是本人',
      'Scammers copy a friend\'s avatar and name, say "my old WeChat is gone, add me", then ask for money: call or video them first',
      'other-impostor-police',
    ),
    said(
      '微信号每年都能改，好友也不会收到通知，所以只看微信号已经不能确认对方是谁',
      'IDs can change every year without friends being told, so the ID alone no longer proves who someone is',
      'other-change-id',
    ),
  ],
};

export const HOWTO: readonly CatalogueProblem[] = [CHAT_HISTORY, CLOSE_ACCOUNT, MINOR_MODE, CHANGE_ID];
