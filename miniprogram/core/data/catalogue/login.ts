/**
 * Concrete problems of the `login` category: see catalogue/index.ts.
 * Other ways in first (SMS code, email, QQ), then the password-retrieval
 * request (result by SMS within 24 h); unfreezing in the Security Center;
 * and the risk of doing 辅助验证 for strangers.
 */
import { CatalogueProblem, PlanStep } from '../../types';
import {
  abroadStep,
  fact,
  mat,
  RETRIEVAL_PATH,
  RULE_RETRIEVAL_24H,
  said,
  step,
  t,
  unknown,
  WARN_NEVER_FORWARD_CODE,
  WARN_NO_SEARCHED_NUMBERS,
} from './account-kit';

const RETRIEVAL_HUMAN = unknown<{ zh: string; en: string }>(
  '找回密码申诉由系统审核，能否转人工没有可靠来源',
  'The retrieval request is reviewed by WeChat; no reliable source says how to reach a person',
);

function retrievalStep(id: string, zh: string, en: string, tail: { zh: string; en: string } = { zh: '', en: '' }): PlanStep {
  return step({
    id,
    kind: 'contact',
    text: t(
      `${zh}在微信登录界面点“登录遇到问题”，选“申请找回密码”，按提示填写。微信会在 24 小时内用短信告知结果，成功的话新密码发到你现在用的手机号。${tail.zh}`,
      `${en}on the WeChat sign-in screen tap Unable to log in?, choose Request Password Retrieval and fill it in. WeChat sends the result by SMS within 24 hours; if it succeeds, the new password goes to the number you use now.${tail.en}`,
    ),
    path: RETRIEVAL_PATH,
    channel: 'security-center',
    human: RETRIEVAL_HUMAN,
    say: t(
      '我是微信号 {account} 的本人，原来绑定的手机号、邮箱、QQ 都用不了，申请找回密码，请发到我现在用的手机号。',
      'I own the WeChat account {account}; the linked phone, email and QQ no longer work. I ask to retrieve the password, sent to the number I use now.',
    ),
    source: 'kf-faq-compromised',
  });
}

const STEP_KF_CONTACT = (say: { zh: string; en: string }): PlanStep =>
  step({
    id: 'kf-contact',
    kind: 'contact',
    text: t(
      '还是不行：在腾讯客服网站 kf.qq.com 找到对应的微信答案页，用页面底部的联系入口留言。',
      'Still stuck: find the matching WeChat answer on kf.qq.com and write through the contact link at the bottom of the page.',
    ),
    channel: 'kf-web',
    say,
    alternative: true,
    source: 'kf-faq-compromised',
  });

const STEP_REMOVE_DEVICES = step({
  id: 'remove-devices',
  kind: 'self',
  text: t('解冻后删掉不认识的登录设备。', 'After unfreezing, delete any login device you do not recognise.'),
  path: fact(t('我 → 设置 → 帐号与安全 → 登录设备管理 → 编辑', 'Me → Settings → Account Security → Manage Devices → Edit'), 'kf-faq-compromised'),
  source: 'kf-faq-compromised',
});

const WARN_RECOVERY_SERVICES = said(
  '网上搜到的“找回密码”“解冻”代办服务和“客服电话”不要信：有人因此被骗。只在微信自己的页面里办。',
  'Do not trust password-recovery or unfreezing “services” and “customer service numbers” found online: people have been cheated. Use WeChat’s own pages only.',
  'other-tj-unfreeze-scam',
);

export const LOGIN: readonly CatalogueProblem[] = [
  {
    id: 'forgot-password',
    category: 'login',
    label: t('忘了微信密码', 'I forgot my WeChat password'),
    hint: t(
      '先用短信验证码、邮箱或 QQ 登录；都不行再申请找回，24 小时内短信回复',
      'Try an SMS code, email or QQ first; otherwise request retrieval, answered by SMS within 24 hours',
    ),
    phrasings: {
      zh: [
        '微信密码忘了怎么登录',
        '换了手机登微信要密码，我不记得了',
        '微信密码想不起来了，怎么找回',
        '好久没用微信，密码忘记了',
        '微信登录密码错误好几次了',
        '微信密码忘了手机号也换了',
        '微信找回密码要多久',
        '微信密马忘了',
        'wx密码忘了咋办',
      ],
      en: ['I forgot my WeChat password', 'How do I reset my WeChat password', 'WeChat password retrieval, how long does it take'],
    },
    urgency: 'never',
    steps: [
      step({
        id: 'sms-login',
        kind: 'self',
        text: t(
          '不用密码也能登录：在登录界面点“更多”，切换到用手机号登录，选“用短信验证码登录”，输入发到绑定手机号的验证码。',
          'You can sign in without the password: on the sign-in screen tap More Options, switch to logging in with your phone number and choose “Log in via SMS verification code”.',
        ),
        path: fact(
          t(
            '登录界面 更多 → 登录其他帐号 → 输入手机号 → 用短信验证码登录（不同版本可能略有不同）',
            'Sign-in screen: More Options → Log in to Another Account → phone number → Log in via SMS verification code',
          ),
          'acct-findics-password',
          { typical: true },
        ),
        source: 'acct-findics-password',
      }),
      step({
        id: 'qq-email',
        kind: 'self',
        text: t(
          '也可以用绑定的 QQ 号或邮箱登录；用邮箱重设密码：登录界面“登录遇到问题” → 通过绑定的邮箱，按邮件里的说明操作。',
          'You can also sign in with the linked QQ ID or email; to reset by email: Unable to log in? → Email Linked on the sign-in screen, then follow the email.',
        ),
        source: 'kf-faq-compromised',
        also: ['acct-findics-password'],
      }),
      retrievalStep('retrieval', '手机号、邮箱、QQ 都用不了：', 'If the phone, email and QQ all fail: ', {
        zh: '登录以后，在 我 → 设置 → 帐号与安全 → 微信密码 设一个自己记得住的新密码。',
        en: ' Once signed in, set a new password you will remember at Me → Settings → Account Security → Password.',
      }),
      STEP_KF_CONTACT(
        t(
          '我忘了微信号 {account} 的密码，{time} 申请了找回密码，但没有收到结果短信，请帮我查一下。',
          'I forgot the password of WeChat account {account} and requested retrieval at {time}, but no result SMS came. Please check.',
        ),
      ),
      abroadStep(
        'abroad-help',
        '找回密码也可以',
        'to recover the password you can also ',
        t(
          '我忘了 WeChat 帐号 {account} 的密码，绑定的手机号已不能用，请帮我找回。',
          'I forgot the password of WeChat account {account} and the linked number no longer works; please help me recover it.',
        ),
      ),
    ],
    materials: fact(
      [
        mat('sms-phone', '一部现在能收短信的手机号（新密码会发到这里）', 'A number that receives SMS now (the new password is sent there)', 'phone'),
        mat('bindings', '原来绑定的手机号、邮箱或 QQ 号（记得哪个写哪个）', 'The old linked phone, email or QQ ID (whichever you remember)'),
        mat('wechat-id', '你的微信号', 'Your WeChat ID'),
      ],
      'kf-faq-compromised',
    ),
    typicalTime: fact(t('找回密码申请 24 小时内短信告知结果', 'A retrieval request is answered by SMS within 24 hours'), 'kf-faq-compromised'),
    rules: [RULE_RETRIEVAL_24H],
    warnings: [WARN_NEVER_FORWARD_CODE, WARN_RECOVERY_SERVICES, WARN_NO_SEARCHED_NUMBERS],
  },
  {
    id: 'new-phone',
    category: 'login',
    label: t('绑定的手机号不用了 / 换了号码', 'The linked phone number is no longer mine'),
    hint: t(
      '还能登录就换绑；登不上就申请找回；注销旧号前先解绑',
      'Change it while signed in; if locked out, request retrieval; unbind before cancelling a number',
    ),
    phrasings: {
      zh: [
        '微信绑定的手机号停机了怎么办',
        '换了新手机号，微信怎么换绑',
        '原来的手机号注销了，微信登不上了',
        '旧手机号不用了，收不到微信验证码',
        '新办的手机号注册微信，提示已经被绑定了',
        '手机号被别人重新办了，会不会登我的微信',
        '出国了国内号码停了，微信怎么办',
        '微信换绑手机号在哪里',
        '手机号换了vx咋改',
      ],
      en: [
        'I changed my phone number, how do I update WeChat',
        'My old number is cancelled and I cannot log in to WeChat',
        'My new SIM number is already linked to someone else’s WeChat',
      ],
    },
    urgency: 'never',
    steps: [
      step({
        id: 'change-bound',
        kind: 'self',
        text: t(
          '还能登录、旧号码也还能收短信：在微信里更换手机号，先验证旧号码，再验证新号码。',
          'If you are signed in and the old number still gets SMS, change the number in WeChat: verify the old number first, then the new one.',
        ),
        path: fact(
          t(
            '我 → 设置 → 帐号与安全 → 手机号 → 更换手机号（不同版本可能略有不同）',
            'Me → Settings → Account Security → Phone → Change number (may differ by version)',
          ),
          'acct-guide-change-phone',
          { typical: true },
        ),
        source: 'acct-guide-change-phone',
      }),
      step({
        id: 'old-gone-signed-in',
        kind: 'self',
        text: t(
          '旧号码已经收不到短信、但微信还登录着：先别退出登录。这种情况怎么换绑，没有找到可靠的官方说明，可以在“帮助与反馈”里搜索“更换手机号”，或联系客服。',
          'If the old number is gone but you are still signed in, do not sign out. No reliable official page says how to change the number in this case; search “change phone number” in Help & Feedback, or contact customer service.',
        ),
        path: unknown('旧号码不可用时的换绑路径没有可靠来源', 'No reliable source gives the path when the old number is gone'),
        channel: 'smart-assistant',
        source: 'editorial',
      }),
      step({
        id: 'unbind-first',
        kind: 'self',
        text: t(
          '要注销旧号码，先把微信、支付等帐号换绑到新号码，再去注销：手机号注销 90 天后可能被运营商重新放号，新机主可能登录还绑着这个号码的帐号。',
          'Before cancelling an old number, move WeChat, payment and other accounts to the new one: a number can be re-issued 90 days after cancellation, and its new holder may get into accounts still bound to it.',
        ),
        source: 'acct-press-thepaper-2025',
        also: ['acct-press-xhby-recycled'],
      }),
      step({
        id: 'check-bindings',
        kind: 'self',
        text: t(
          '查一查号码还绑着哪些帐号：关注“工信微报”公众号 → 政务服务 → 一证通查，输入手机号和身份证号后六位，48 小时内由 10699000 短信回复（支持腾讯）。',
          'Check which accounts a number is tied to: in the 工信微报 official account → 政务服务 → 一证通查, enter the number and the last six ID digits; a reply comes within 48 hours by SMS from 10699000 (Tencent included).',
        ),
        path: fact(t('“工信微报”公众号 → 政务服务 → 一证通查', '工信微报 official account → 政务服务 → 一证通查'), 'acct-gov-miit-yzct'),
        source: 'acct-gov-yzct-2022',
        also: ['acct-gov-miit-yzct'],
      }),
      step({
        id: 'recycled-number',
        kind: 'self',
        text: t(
          '新办的号码绑着别人的帐号（“二次号码”）：在运营商的 App 里用“二次号码焕新”查询，并解除历史绑定。',
          'If a new number is still bound to someone else’s accounts (a recycled number), use 二次号码焕新 in your operator’s app to check and clear the old bindings.',
        ),
        alternative: true,
        source: 'acct-press-thepaper-2025',
      }),
      retrievalStep('locked-out', '旧号码没了、又登录不上：', 'If the old number is gone and you are locked out: '),
      STEP_KF_CONTACT(
        t(
          '我的微信号 {account} 原来绑定的手机号已经停用，现在登录不了，{time} 申请了找回但没有结果，请帮我处理。',
          'The number linked to my WeChat account {account} is no longer in service and I cannot sign in; I requested retrieval at {time} with no result. Please help.',
        ),
      ),
      abroadStep(
        'abroad-help',
        '换号问题可以',
        'for a number change, ',
        t(
          '我的 WeChat 帐号 {account} 绑定的手机号已经不能用了，请帮我换绑或找回。',
          'The number linked to my WeChat account {account} no longer works; please help me change it or recover the account.',
        ),
      ),
      step({
        id: 'police',
        kind: 'escalate',
        text: t(
          '发现别人用你的旧号码登录了你的微信、冒用帐号：打 110 或到派出所报案，警方可依法追回帐号使用权。',
          'If someone used your old number to get into your WeChat, call 110 or go to a police station; the police can get the account back for you.',
        ),
        line: 'police-110',
        after: t('别人用你的旧号码登录了你的帐号', 'Someone got into your account through your old number'),
        call: true,
        source: 'acct-press-thepaper-2025',
      }),
    ],
    materials: fact(
      [
        mat('new-number', '新手机号（能收短信）', 'The new number (able to receive SMS)', 'phone'),
        mat('old-number', '旧手机号（还能用的话）', 'The old number, if it still works'),
        mat('id-last6', '一证通查用：手机号和身份证号后六位', 'For 一证通查: the number and the last six digits of your ID'),
      ],
      'acct-guide-change-phone',
      { also: ['acct-gov-yzct-2022'] },
    ),
    typicalTime: unknown('换绑要多久没有可靠来源；一证通查 48 小时内回复', 'No reliable source says how long a change takes; 一证通查 replies within 48 hours'),
    rules: [
      said(
        '根据《电信服务规范》，手机号码注销 90 天后，运营商可以重新放号。',
        'Under the telecom service rules, operators may re-issue a number 90 days after it is cancelled.',
        'acct-press-thepaper-2025',
      ),
      said('一证通查的结果在 48 小时内通过 10699000 短信回复。', '一证通查 results arrive within 48 hours by SMS from 10699000.', 'acct-gov-miit-yzct'),
      RULE_RETRIEVAL_24H,
    ],
    warnings: [
      said(
        '旧号码没解绑就注销，新机主可能登录你的帐号：先换绑，再注销。',
        'Cancel a number before unbinding and its new holder may get into your accounts: unbind first, then cancel.',
        'acct-press-xhby-recycled',
      ),
      WARN_NEVER_FORWARD_CODE,
    ],
  },
  {
    id: 'no-code',
    category: 'login',
    label: t('收不到验证码', 'No verification code arrives'),
    hint: t('看清是不是要你“发”短信；检查拦截；换邮箱、QQ 或找回密码', 'Check whether you must send an SMS; check blocking; try email, QQ or retrieval'),
    phrasings: {
      zh: [
        '微信验证码一直收不到',
        '登录微信收不到短信验证码',
        '验证码发了好几次都没来',
        '微信让我发短信验证，我不知道发到哪',
        '换手机登录微信没有验证码',
        '收不到验证码是不是被拦截了',
        '在国外收不到微信验证码',
        '微信验证吗收不到',
        'wx验证码不来',
      ],
      en: ['WeChat verification code not received', 'I never get the WeChat SMS code', 'WeChat asks me to send an SMS to verify'],
    },
    urgency: 'never',
    steps: [
      step({
        id: 'read-page',
        kind: 'self',
        text: t(
          '先看清页面：有的验证是要你用绑定的手机“发送”一条短信到页面给出的号码，而不是等你收短信；发完点“我已发送短信，下一步”。',
          'Read the page first: some checks want you to send an SMS from the linked phone to the given number, not to receive one; then tap “I have sent the SMS, next”.',
        ),
        source: 'acct-klqjb-toolbox',
        also: ['acct-user-riceneeder'],
      }),
      step({
        id: 'check-phone',
        kind: 'self',
        text: t(
          '检查手机：信号好不好、短信是否被拦截软件或垃圾短信过滤挡住、运营商有没有开“拒收商业短信”、短信箱是否满了（这些是一般原因，不是微信专门的说明）。',
          'Check the phone: signal, spam filters or blocking apps, the operator’s “reject business SMS” option, a full inbox (general causes, not WeChat-specific advice).',
        ),
        source: 'acct-ace-sms',
        also: ['editorial'],
      }),
      step({
        id: 'other-way',
        kind: 'self',
        text: t('换一种方式登录：密码、绑定的邮箱或 QQ 号。', 'Sign in another way: the password, the linked email or the QQ ID.'),
        source: 'kf-faq-compromised',
      }),
      retrievalStep('retrieval', '号码已经收不到短信：', 'If the number can no longer receive SMS: '),
      STEP_KF_CONTACT(
        t(
          '我的微信号 {account} 登录时一直收不到验证码，从 {time} 开始试了多次，请帮我查一下。',
          'My WeChat account {account} never receives the sign-in code; I have tried many times since {time}. Please check.',
        ),
      ),
      abroadStep(
        'abroad-help',
        '收不到验证码可以',
        'if no code arrives, ',
        t(
          '我的 WeChat 帐号 {account} 收不到验证码，从 {time} 开始试了多次。',
          'My WeChat account {account} gets no verification code; I have tried many times since {time}.',
        ),
      ),
    ],
    materials: fact(
      [
        mat('bound-phone', '绑定的手机号和手机本身', 'The linked number and the phone itself', 'phone'),
        mat('screenshot', '验证页面的截图', 'A screenshot of the verification page', 'screenshot'),
      ],
      'editorial',
    ),
    typicalTime: unknown('验证码多久到、能重发几次，没有可靠来源', 'No reliable source gives how long a code takes or how often it can be resent'),
    rules: [],
    warnings: [
      WARN_NEVER_FORWARD_CODE,
      said(
        '有人冒充好友找你要“刚发到你手机上的验证码”，是在盗你的号。',
        'Someone posing as a friend and asking for “the code just sent to your phone” is trying to steal your account.',
        'acct-press-qingdao-code',
      ),
      said(
        '没操作却收到微信验证码，可能有人在试着登录你的帐号：不要把码给任何人，改一下密码。',
        'A WeChat code you did not ask for may mean someone is trying to sign in: give the code to nobody and change your password.',
        'editorial',
      ),
    ],
  },
  {
    id: 'unfreeze',
    category: 'login',
    label: t('怎么解冻微信', 'How do I unfreeze my WeChat'),
    hint: t(
      '帐号安全了再解冻：登录界面 更多 → 微信安全中心 → 解冻帐号',
      'Unfreeze once the account is safe: sign-in screen → More → Security Center → Unfreeze',
    ),
    phrasings: {
      zh: [
        '微信冻结了怎么解冻',
        '我自己冻结了微信，现在想解冻',
        '手机找回来了，微信怎么解除冻结',
        '微信被冻结了登不上',
        '解冻微信要什么条件',
        '微信解冻在哪里',
        '好久没登微信，提示帐号保护状态',
        '微信解东',
        'vx冻结了咋解',
      ],
      en: ['How do I unfreeze my WeChat account', 'I froze my WeChat after losing my phone, how to undo it', 'WeChat account frozen, cannot log in'],
    },
    urgency: 'never',
    steps: [
      step({
        id: 'safe-first',
        kind: 'self',
        text: t(
          '先确认帐号已经安全：被盗的要先找回密码（见“忘了微信密码”），再解冻。',
          'Make sure the account is safe first: if it was stolen, recover the password (see “I forgot my WeChat password”) before unfreezing.',
        ),
        source: 'kf-faq-compromised',
      }),
      step({
        id: 'unfreeze-signin',
        kind: 'self',
        text: t(
          '在微信登录界面点“更多” → “微信安全中心” → “解冻帐号”，按提示验证（解冻有专用的短信验证码）。',
          'On the WeChat sign-in screen tap More Options → WeChat Security Center → Unfreeze Account and verify as prompted (unfreezing has its own SMS code).',
        ),
        path: fact(
          t(
            '微信登录界面 更多 → 微信安全中心 → 解冻帐号（不同版本可能略有不同）',
            'WeChat sign-in screen: More Options → WeChat Security Center → Unfreeze Account (may differ by version)',
          ),
          'acct-press-kunming-tv',
          { typical: true },
        ),
        channel: 'security-center',
        source: 'acct-press-kunming-tv',
        also: ['acct-sms-captures'],
      }),
      step({
        id: 'unfreeze-signed-in',
        kind: 'self',
        text: t('或者在另一部手机登录后，进微信安全中心解冻。', 'Or, once signed in on another phone, unfreeze in the WeChat Security Center.'),
        path: fact(
          t('我 → 设置 → 帐号与安全 → 微信安全中心 → 解冻', 'Me → Settings → Account Security → WeChat Security Center → Unfreeze'),
          'repost-95017-freeze',
          { typical: true },
        ),
        channel: 'security-center',
        alternative: true,
        source: 'repost-95017-freeze',
      }),
      step({
        id: 'protected-state',
        kind: 'self',
        text: t(
          '很久没用、提示“帐号保护状态”的，不是被冻结：按登录页面的提示自助恢复即可。',
          'A long-unused account in “protected state” is not frozen: follow the prompts on the sign-in page to restore it.',
        ),
        alternative: true,
        source: 'other-cnnb-protected',
      }),
      STEP_REMOVE_DEVICES,
      step({
        id: 'kf-unfreeze',
        kind: 'contact',
        text: t(
          '自助解冻不成功：可以联系客服解冻，在腾讯客服网站 kf.qq.com 的微信答案页底部留言。',
          'If self-service unfreezing fails, customer service can unfreeze it: write through the contact link at the bottom of a WeChat answer on kf.qq.com.',
        ),
        channel: 'kf-web',
        human: unknown('人工解冻的入口和处理时间没有可靠来源', 'No reliable source gives the entry or the time for a human unfreeze'),
        say: t(
          '我的微信号 {account} 在 {time} 由我本人冻结，现在帐号已安全，自助解冻没有成功，请帮我解冻。',
          'I froze my WeChat account {account} myself at {time}; it is safe now and self-service unfreezing failed. Please unfreeze it.',
        ),
        source: 'repost-95017-freeze',
        also: ['kf-faq-compromised'],
      }),
      abroadStep(
        'abroad-help',
        '解冻也可以',
        'to unfreeze you can also ',
        t('我的 WeChat 帐号 {account} 在 {time} 由我本人冻结，现在想解冻。', 'I froze my WeChat account {account} myself at {time} and want to unfreeze it.'),
      ),
    ],
    materials: fact(
      [
        mat('sms-phone', '一部能收短信的手机（解冻要用专用验证码）', 'A phone that receives SMS (unfreezing uses its own code)', 'phone'),
        mat('wechat-id', '你的微信号，或绑定的手机号、QQ 号、邮箱', 'Your WeChat ID, or the linked phone number, QQ ID or email'),
      ],
      'acct-sms-captures',
      { also: ['acct-security-phone-lost'] },
    ),
    typicalTime: unknown('解冻要多久、需要什么条件，没有可靠来源', 'No reliable source gives how long unfreezing takes or what it requires'),
    rules: [
      said(
        '冻结期间，帐号里的资金不能提取；帐号安全后再解冻。',
        'While the account is frozen its money cannot be withdrawn; unfreeze once the account is safe.',
        'repost-95017-freeze',
      ),
      said('解冻有专用的短信验证码，只能用于解冻。', 'Unfreezing uses its own SMS code, good for unfreezing only.', 'acct-sms-captures'),
    ],
    warnings: [
      said(
        '带链接的“解冻”短信不要点：正常解冻通过微信平台，不需要任何第三方链接。',
        'Ignore SMS with “unfreeze” links: real unfreezing goes through WeChat itself, never a third-party link.',
        'acct-press-kunming-tv',
      ),
      WARN_RECOVERY_SERVICES,
      WARN_NEVER_FORWARD_CODE,
    ],
  },
  {
    id: 'friend-verify',
    category: 'login',
    label: t('有人让我帮忙辅助验证或解封', 'Someone asks me to help verify or unblock their account'),
    hint: t(
      '只帮你认识、已打电话核实的朋友；帮陌生人会连累自己被封',
      'Help only a friend you know and have phoned; helping strangers gets your own account banned',
    ),
    phrasings: {
      zh: [
        '有人让我帮他微信辅助验证',
        '网友让我帮忙扫码解封微信',
        '陌生人说扫一下码给我 50 块钱',
        '街上有人说是微信团队，扫码送小礼品',
        '朋友让我帮他好友辅助解封，安全吗',
        '兼职帮人辅助注册微信能赚钱吗',
        '帮别人辅助验证后我自己的微信被封了',
        '贷款的人让我刷脸，说是验证身份',
        '帮好友辅助验证会不会有风险',
        '辅助验正是什么',
      ],
      en: [
        'A stranger asked me to verify their WeChat account',
        'Someone wants me to help unblock their WeChat by scanning a QR code',
        'Is it safe to do friend verification on WeChat',
      ],
    },
    urgency: 'never',
    steps: [
      step({
        id: 'verify-identity',
        kind: 'self',
        text: t(
          '先别扫码、别点：打电话或视频确认真是他本人、真需要你帮忙；陌生人、网友、给钱的“兼职”一律拒绝。',
          'Do not scan or tap yet: phone or video-call to confirm it really is your friend and they really need help; refuse strangers, online contacts and paid “part-time jobs”.',
        ),
        source: 'acct-press-hebei-police-2023',
        also: ['acct-notice-2020-forum', 'editorial'],
      }),
      step({
        id: 'real-friend',
        kind: 'self',
        text: t(
          '确认是真朋友，再按微信页面的提示操作。有用户反映要填自己的姓名、手机号、身份证后 4 位和银行卡后 8 位：只在微信官方页面里填，不把验证码、密码发给任何人。',
          'Once you know it is a real friend, follow the prompts on WeChat’s page. Users report being asked for their name, phone, last 4 ID digits and last 8 card digits: enter them only on WeChat’s own page, and never send a code or password to anyone.',
        ),
        source: 'acct-user-riceneeder',
        also: ['acct-notice-2020-forum'],
      }),
      step({
        id: 'already-helped',
        kind: 'self',
        text: t(
          '已经帮陌生人验证过了：别再帮，改一下密码，留意自己的帐号有没有被限制；被限制的按“部分功能被限制了”处理。',
          'If you already helped a stranger: stop, change your password and watch for limits on your own account; if limited, see “Some features are limited”.',
        ),
        source: 'editorial',
        also: ['acct-press-minnan-2024'],
      }),
      step({
        id: 'report',
        kind: 'contact',
        text: t(
          '陌生人找你辅助验证、或给钱让你帮忙：在聊天页点右上角“…” → “投诉”举报；也可以用“腾讯卫士”小程序。',
          'If a stranger asks you to verify, or offers money for it, report them: in the chat tap “…” at the top right → Complain; the 腾讯卫士 mini program works too.',
        ),
        path: fact(t('聊天页 右上角 … → 投诉 → 选择原因 → 提交证据', 'Chat: “…” at top right → Complain → reason → evidence'), 'repost-security-report', {
          typical: true,
        }),
        channel: 'tencent-110',
        human: unknown('举报后有没有人工回复、多久处理，没有可靠来源', 'No reliable source says whether a person replies to a report, or how fast'),
        say: t(
          '这个帐号 {account} 在 {time} 要我帮他辅助验证（解封），我不认识他，疑似帮人解封违规帐号。',
          'The account {account} asked me at {time} to do assisted verification (unblocking) for it; I do not know them and suspect they are unblocking banned accounts.',
        ),
        source: 'repost-security-report',
        also: ['acct-press-zhanzhang-2024'],
      }),
      step({
        id: 'call-110',
        kind: 'escalate',
        text: t(
          '对方用钱、贷款或“兼职”引诱，或者你的身份证、人脸已经被人拿去用了：打 110 报警，或到派出所。',
          'If money, a loan or a “part-time job” was the lure, or your ID or face has already been used, call 110 or go to a police station.',
        ),
        line: 'police-110',
        after: t('有人用钱、贷款、“兼职”引诱，或你的身份信息、人脸已被使用', 'Money, a loan or a “job” was offered, or your ID or face has been used'),
        call: true,
        source: 'acct-press-zhanzhang-2024',
        also: ['acct-gov-court-2020', 'line-mps-xinhua'],
      }),
      step({
        id: 'anti-fraud-app',
        kind: 'escalate',
        text: t(
          '不方便打电话：在“国家反诈中心”App 里举报，或拨打 96110 咨询。',
          'If you cannot phone, report it in the 国家反诈中心 (National Anti-Fraud Center) app, or call 96110 for advice.',
        ),
        line: 'anti-fraud-app',
        after: t('有人用钱、贷款、“兼职”引诱，或你的身份信息、人脸已被使用', 'Money, a loan or a “job” was offered, or your ID or face has been used'),
        alternative: true,
        only: { region: 'mainland' },
        source: 'acct-press-hebei-police-2023',
        also: ['line-cq-police-12381'],
      }),
    ],
    materials: fact(
      [
        mat('evidence', '对方的聊天截图和帐号', 'Screenshots of the chat and the requester’s account', 'evidence'),
        mat('known-number', '朋友本人你原来就知道的电话号码', 'A phone number for your friend that you already knew'),
      ],
      'editorial',
      { also: ['repost-security-report'] },
    ),
    rules: [
      said(
        '正常朋友之间的安全辅助验证是合规的；多次为恶意帐号辅助的，一经核实有关联，会被限制部分或全部功能、短期或长期封号。',
        'Assisted verification between real friends is allowed; helping malicious accounts again and again, once linked, gets your account restricted or banned, short or long term.',
        'acct-notice-2020-forum',
      ),
      said(
        '“诱导或欺骗他人为自己辅助验证”和“恶意为他人辅助验证”都属于违规。',
        'Both inducing others to verify for you and maliciously verifying for others break the rules.',
        'acct-press-zhanzhang-2024',
      ),
      said(
        '帮人解封诈骗帐号可能犯罪：2020 年首例“微信解封”案，被告解封 3315 个诈骗帐号，以帮助信息网络犯罪活动罪获刑一年六个月并处罚金。',
        'Unblocking fraud accounts can be a crime: in the first such case (2020) the defendant, who unblocked 3,315 fraud accounts, got 18 months and a fine.',
        'acct-gov-court-2020',
      ),
    ],
    warnings: [
      said(
        '扫陌生人的二维码，可能不需要点确认就“完成辅助验证”了；“一单能赚几十元”的都是帮黑产解封。',
        'Scanning a stranger’s code can complete a verification without any tap; offers of a few dozen yuan per scan are for unblocking criminals’ accounts.',
        'acct-fzn-scan',
      ),
      said(
        '街头自称“微信团队”、送口罩咖啡小礼品让你扫码的，不是微信：微信从未办过这类活动。',
        'Street stalls claiming to be the “WeChat Team” and giving gifts for a scan are not WeChat: it has never run such events.',
        'acct-press-nandu-2020',
      ),
      said(
        '假“无抵押贷款”会让你现场刷脸，偷用你的身份和人脸帮人解封，最后你自己的帐号因恶意辅助被封。',
        'Fake no-collateral loans have you scan your face on the spot, then use your identity and face to unblock accounts; your own account is banned for it.',
        'acct-press-zhanzhang-2024',
      ),
      said(
        '网上陌生人会说“搜微信团队 → 帮好友注册，输入这个号码”：这就是在找人替黑产帐号辅助注册。',
        'Strangers online say “search WeChat Team → help a friend register → enter this number”: they are recruiting helpers for criminals’ accounts.',
        'acct-user-wechaty-2281',
      ),
    ],
  },
];
