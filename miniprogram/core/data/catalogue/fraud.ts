/**
 * Concrete problems of the `fraud` category: see catalogue/index.ts.
 *
 * Leads: shared/research/catalogue-payment-fraud.md (sources in sources-payment.ts).
 * Safety rules these plans keep: when money may be gone, 110 comes first and 95017 stays
 * in the plan whatever the answers (flags.police); every call has a text route beside it
 * (12110 SMS where a province offers it, the 腾讯客服 account, the anti-fraud app); real
 * staff never ask for passwords, codes, screen sharing or transfers. Unsafe folk tips
 * ("enter the scammer's password wrong five times") are left out.
 */
import { CatalogueProblem, Fact, PlanStep, Text } from '../../types';
import { known, mat, said, step, t, unknown } from './kit-payment';
import { HUMAN_95017, HUMAN_BY_TYPING } from './payment';

const REPORT_PATH: Fact<Text> = known(
  t(
    '和对方的聊天窗口 → 右上角 ··· → 投诉 → 选择原因 → 提交证据；或搜索小程序“腾讯卫士” → 网络诈骗 → 举报帐号',
    'The chat with them → ··· at the top right → complain → pick a reason → add evidence; or the 腾讯卫士 mini program → online fraud → report an account',
  ),
  'repost-security-report',
  { also: ['repost-security-2024'] },
);

const END_SHARE = (id: string): PlanStep =>
  step(
    id,
    'self',
    t(
      '如果开着屏幕共享：回到那个会议或共享 App 里点“结束共享”。只切回桌面或别的 App，共享还在继续',
      'If your screen is being shared: go back to the meeting or sharing app and tap "end sharing". Switching to the home screen or another app does not stop it',
    ),
    'pay-press-cctv-screenshare',
  );

export const FRAUD: readonly CatalogueProblem[] = [
  {
    id: 'scam-paid',
    category: 'fraud',
    label: t('已经给骗子转了钱', 'I already paid a scammer'),
    hint: t('马上打 110 报案，再打 95017 请求止付', 'Call 110 now, then 95017 to stop the payment'),
    phrasings: {
      zh: [
        '被骗了钱已经转出去了怎么办',
        '刷单被骗转了好几万',
        '网上兼职交了押金对方把我拉黑了',
        '假客服让我转账到安全账户，转完才发现是骗子',
        '被骗的钱还能追回来吗',
        '微信转账给骗子了能冻结吗',
        '投资理财被骗了怎么报警',
        '网恋对象骗我转了钱',
        '被杀猪盘骗了',
        '转帐后发现被骗了第一时间该干嘛',
        '被骗了怎么报井',
        '被scam了钱已经转出去了',
      ],
      en: ['I sent money to a scammer on WeChat', 'Scammed and the money is gone, what do I do first', 'Can a WeChat payment to a fraudster be stopped'],
    },
    urgency: 'always',
    flags: { stopLoss: true, police: true },
    steps: [
      step(
        'call-110',
        'contact',
        t(
          '马上拨打 110（或去最近的派出所）报案：报出对方的收款账号和账户名，请警方紧急止付。越快越有希望',
          'Call 110 now (or go to the nearest police station): give the payee’s account and account name and ask for an emergency stop-payment. The sooner, the better the chance',
        ),
        'pay-mps-2016-stoppay',
        {
          line: 'police-110',
          call: true,
          also: ['pay-press-stoppay-speed', 'pay-gov-changzhou-police'],
          say: t(
            '我被诈骗了。{time} 我通过微信转给对方 {amount} 元，对方收款账号是 {payee}，交易单号 {txn}。请帮我紧急止付。',
            'I have been scammed. On {time} I sent {amount} yuan by WeChat; the payee’s account is {payee}, transaction number {txn}. Please make an emergency stop-payment.',
          ),
        },
      ),
      step(
        'sms-12110',
        'contact',
        t(
          '不能打电话：在开通了短信报警的地方，发短信到 12110 报警（是否开通以当地公安公告为准）；也可以请身边的人替你打 110',
          'If you cannot phone: where SMS reporting exists, text the police on 12110 (check your local police notice); or ask someone near you to call 110 for you',
        ),
        'other-12110-sms',
        {
          line: 'sms-12110',
          alternative: true,
          also: ['editorial'],
          say: t(
            '我不方便打电话。我被诈骗了：{time} 通过微信转给 {payee} {amount} 元，交易单号 {txn}，请帮我紧急止付。',
            'I cannot phone. I have been scammed: on {time} I sent {amount} yuan by WeChat to {payee}, transaction number {txn}. Please make an emergency stop-payment.',
          ),
        },
      ),
      step(
        'call-95017',
        'contact',
        t(
          '报警后马上打 95017：说明被骗，请求对这笔交易止付、冻结，并冻结你自己的微信支付（按语音提示选择冻结）',
          'Right after the police, call 95017: say you were scammed, ask them to stop or freeze the payment, and freeze your own WeChat Pay (choose freezing in the voice menu)',
        ),
        'pay-gov-changzhou-police',
        {
          channel: 'pay-hotline',
          call: true,
          also: ['repost-95017-freeze', 'pay-help-index'],
          human: HUMAN_95017,
          say: t(
            '我被诈骗了，已经报警。{time} 我转给 {payee} {amount} 元，交易单号 {txn}。请帮我对这笔交易止付或冻结，并冻结我的微信支付。',
            'I have been scammed and have called the police. On {time} I sent {amount} yuan to {payee}, transaction number {txn}. Please stop or freeze this payment and freeze my WeChat Pay.',
          ),
        },
      ),
      step(
        'write-kf',
        'contact',
        t(
          '不能打电话：关注“腾讯客服”公众号，写明被骗经过和交易单号，请求冻结',
          'If you cannot phone: follow the 腾讯客服 official account, write down what happened and the transaction number, and ask for a freeze',
        ),
        'dev-community-95017',
        {
          channel: 'official-accounts',
          alternative: true,
          human: HUMAN_BY_TYPING,
          say: t(
            '我被诈骗了，已经报警，不方便打电话。{time} 我转给 {payee} {amount} 元，交易单号 {txn}，请帮我止付并冻结我的微信支付。',
            'I have been scammed, have told the police and cannot phone. On {time} I sent {amount} yuan to {payee}, transaction number {txn}. Please stop it and freeze my WeChat Pay.',
          ),
        },
      ),
      step(
        'keep-evidence',
        'self',
        t(
          '保存证据：聊天记录、转账记录、交易单号、对方的微信号和主页全部截图，不要删除聊天',
          'Keep the evidence: screenshot the chats, the transfers, the transaction numbers, the other side’s WeChat ID and profile; do not delete the chat',
        ),
        'editorial',
        { also: ['pay-3p-scam-materials'] },
      ),
      step(
        'report-account',
        'self',
        t('举报对方的微信号，让平台处理，也提醒别人', 'Report their WeChat account so the platform acts on it and others are warned'),
        'repost-security-report',
        { channel: 'tencent-110', path: REPORT_PATH },
      ),
      step(
        'anti-fraud-app',
        'contact',
        t(
          '也可以在“国家反诈中心”App 里用“报案助手”填报（需要实名认证，可在民警帮助下提交）',
          'You can also file the report in the National Anti-Fraud Centre app’s report assistant (real-name check needed; a police officer can help you submit it)',
        ),
        'line-anti-fraud-app',
        { line: 'anti-fraud-app', alternative: true },
      ),
      step('abroad-police', 'contact', t('人在境外：向当地警方报案', 'If you are abroad: report it to the local police'), 'editorial', {
        only: { region: 'overseas' },
        also: ['adcc-hk'],
      }),
      step(
        'abroad-95017',
        'contact',
        t(
          '境外可试 +86 571 95017：它是 WeChat Pay Global 面向跨境商户的号码，工作日 9:00–18:00（北京时间），是否受理个人用户未确认；打不通就用“腾讯客服”公众号',
          'From abroad you can try +86 571 95017: it is WeChat Pay Global’s line for cross-border merchants, weekdays 9:00–18:00 Beijing time, and whether it serves individuals is not confirmed; if it fails, write to the 腾讯客服 account',
        ),
        'pay-global',
        { channel: 'pay-hotline', call: true, only: { region: 'overseas' }, human: HUMAN_95017 },
      ),
      step(
        'follow-up',
        'escalate',
        t(
          '记下报警回执或案件编号，按民警要求补充材料；被冻结的钱由公安机关按规定返还',
          'Keep the police receipt or case number and add material when the police ask; frozen money is returned by the police under the rules',
        ),
        'pay-press-frozen-return',
        { after: t('报警之后', 'After you have reported it') },
      ),
    ],
    materials: known(
      [
        mat('payee-account', '对方的收款账号、账户名（和开户行，如果知道）', 'The payee’s account number and account name (and bank, if known)'),
        mat('transfers', '每笔转账的金额、准确时间和交易单号', 'Amount, exact time and transaction number of each transfer', 'txn'),
        mat('chat-evidence', '聊天记录、转账记录和对方主页的截图', 'Screenshots of the chat, the transfers and their profile', 'evidence'),
        mat('your-account', '你转出钱的账户（零钱或哪张银行卡）', 'The account you paid from (balance or which bank card)'),
        mat('id', '本人身份证件', 'Your ID document', 'id'),
      ],
      'pay-mps-2016-stoppay',
      { also: ['pay-3p-scam-materials'] },
    ),
    rules: [
      said(
        '报警后公安机关可以对对方账户紧急止付；只要时间没有过去太久，就可能成功止付',
        'After your report the police can make an emergency stop-payment on the account; if not too much time has passed, it can succeed',
        'pay-press-stoppay-speed',
      ),
      said('冻结的诈骗资金由公安机关按规定返还受害人', 'Frozen scam money is returned to victims by the police under the rules', 'pay-press-frozen-return'),
      said(
        '96110 是反诈预警劝阻和咨询电话，不是报警电话：它打来时要接听；已经被骗要打 110',
        '96110 is the anti-fraud warning and advice line, not the emergency number: answer it when it calls you; once cheated, call 110',
        'pay-press-96110',
      ),
    ],
    warnings: [
      said(
        '声称能“帮你追回被骗款”、要先收费的网站和中介都是二次诈骗：追款只找公安机关',
        'Sites and agents that promise to "recover your money" for a fee are a second scam: only the police recover money',
        'pay-press-refund-agent-scam',
      ),
      said(
        '转账时看到风险拦截或“15 分钟保护”提示，说明很可能正在被骗：先停下来核实对方身份',
        'A risk warning or a 15-minute hold during a transfer means you are probably being scammed: stop and check who they are',
        'pay-press-cooling-15min',
      ),
      said(
        '不要在网上搜“客服电话”求助：搜到的号码可能是骗子留的',
        'Do not search the web for a "customer service number": what you find may be a scammer’s',
        'piyao-fake-number',
      ),
    ],
  },
  {
    id: 'fake-service',
    category: 'fraud',
    label: t('有人自称客服要给我退款 / 取消百万保障', 'Someone claiming to be customer service offers a refund or to cancel a "guarantee"'),
    hint: t('还没转钱：立刻挂断，别共享屏幕、别给验证码', 'No money sent yet: hang up, never share your screen or codes'),
    phrasings: {
      zh: [
        '自称微信客服打电话说要帮我关闭百万保障',
        '快递客服说包裹丢了要双倍理赔',
        '有人说我开通了会员每月扣800不取消就扣钱',
        '客服让我下载一个会议app开屏幕共享',
        '淘宝客服打电话说商品有质量问题要给我退款',
        '说我的学生账号要注销不然影响征信',
        '接到电话说微信支付免密要收费',
        '陌生人用FaceTime打给我说是微信团队',
        '客服要我提供验证码才能退款',
        '来电显示4006700700说我微信违规',
        '自称wechat客服的人打电话说要退款给我',
      ],
      en: [
        'A "WeChat customer service" caller wants to cancel my million-yuan guarantee',
        'Caller offering a refund asks me to share my screen',
        'Someone says my membership will charge me monthly unless I cancel through them',
      ],
    },
    urgency: 'always',
    flags: { stopLoss: true },
    steps: [
      step(
        'stop',
        'self',
        t(
          '马上挂断或停止聊天：不要转账，不要说出验证码或密码，不要开屏幕共享，不要下载对方让你装的 App',
          'Hang up or stop chatting now: no transfers, no codes or passwords, no screen sharing, no app they tell you to install',
        ),
        'pay-readhub-nopwd-free',
        { also: ['line-wechat-400-notice', 'pay-gov-changzhou-police'] },
      ),
      END_SHARE('end-share'),
      step(
        'check-baozhang',
        'self',
        t(
          '说要“取消百万保障”“关闭会员扣费”的都是骗子：百万保障永久免费，不会到期、不需续费、也不能“取消”。想确认就自己在微信里看',
          'Anyone offering to "cancel the million-yuan guarantee" or "stop a membership fee" is a scammer: the guarantee is free for ever, never expires, needs no renewal and cannot be "cancelled". Check it yourself in WeChat',
        ),
        'pay-security-2024-baozhang',
        {
          also: ['pay-safety-wechat-scams', 'adcc-hk'],
          path: known(
            t(
              '我 → 服务 → 钱包 → 消费者保护 → 安全保障 → 百万保障（不同版本可能略有不同）',
              'Me → Services → Wallet → Consumer Protection → Security Protection → Million Dollar Guarantee (may differ by version)',
            ),
            'pay-security-2024-baozhang',
            { also: ['adcc-hk'] },
          ),
        },
      ),
      step('report-account', 'self', t('举报冒充客服的微信号', 'Report the WeChat account pretending to be customer service'), 'repost-security-report', {
        channel: 'tencent-110',
        path: REPORT_PATH,
      }),
      step(
        'verify-app',
        'contact',
        t(
          '拿不准对方是谁：用“国家反诈中心”App 的“身份验真”核实，或用“我要举报”举报这个号码',
          'Not sure who they are? Check them with the identity check in the National Anti-Fraud Centre app, or report the number there',
        ),
        'line-anti-fraud-app',
        { line: 'anti-fraud-app' },
      ),
      step('call-96110', 'contact', t('也可以拨打 96110 反诈专线咨询', 'Or call the anti-fraud advice line 96110'), 'pay-press-96110', {
        line: 'anti-fraud-96110',
        call: true,
        alternative: true,
        also: ['line-cq-police-12381'],
      }),
      step(
        'real-refund',
        'contact',
        t(
          '真有退款或理赔的事：自己打开购物平台，或用微信里的官方入口（我 → 设置 → 帮助与反馈）询问，不用对方给的链接和号码',
          'If there really is a refund or claim: open the shopping platform yourself, or ask through WeChat’s own entry (Me → Settings → Help & Feedback), never through their link or number',
        ),
        'pay-gov-changzhou-police',
        {
          channel: 'smart-assistant',
          human: HUMAN_BY_TYPING,
          say: t(
            '有人在 {time} 自称客服联系我，说要给我办理“{what}”，对方号码是 {account}。这是你们的工作人员吗？',
            'On {time} someone claiming to be customer service contacted me about "{what}" from {account}. Is this really your staff?',
          ),
        },
      ),
      step(
        'paid-already',
        'escalate',
        t(
          '已经转了钱、说了验证码或让对方看过屏幕：马上打 110，再打 95017，按“已经给骗子转了钱”处理；不能打电话就发短信到 12110 或请人代打',
          'If you already paid, gave a code or let them see your screen: call 110 now, then 95017, and follow "I already paid a scammer"; if you cannot phone, text 12110 or ask someone to call',
        ),
        'pay-mps-2016-stoppay',
        {
          line: 'police-110',
          call: true,
          also: ['pay-gov-changzhou-police'],
          after: t('已经转账、泄露了验证码或共享过屏幕', 'You already paid, gave away a code or shared your screen'),
        },
      ),
    ],
    materials: known(
      [
        mat('caller', '对方的电话号码或微信号', 'Their phone number or WeChat ID'),
        mat(
          'chat',
          '通话记录、聊天记录和对方发来的链接、App 名称的截图',
          'Screenshots of the call log, the chat and any link or app name they sent',
          'evidence',
        ),
      ],
      'editorial',
    ),
    rules: [
      said(
        '微信不会主动给用户打电话（除非你自己申请了客服回电），也不会要求用户转账',
        'WeChat does not call users on its own (unless you asked for a call-back) and never asks users to transfer money',
        'adcc-hk',
      ),
      said('微信团队不会通过 FaceTime 联系用户', 'The WeChat team never contacts users by FaceTime', 'pay-security-2024-baozhang'),
      said(
        '微信的 400 客服热线从不外呼境外，也不会以账号违规为由索要密码、验证码或要求转账；来电显示 +864006700700 可能是伪造的',
        'WeChat’s 400 line never calls abroad and never asks for passwords, codes or transfers over "account violations"; a caller ID of +864006700700 may be faked',
        'line-wechat-400-notice',
      ),
      said(
        '微信支付对所有用户免费：要求续费、开通费或取消费的都应视为诈骗',
        'Weixin Pay is free for everyone, so every request for a renewal, activation or cancellation fee is fraud',
        'pay-safety-wechat-scams',
      ),
      said(
        '正规商家和购物网站办理退货退款，不需要事先支付任何费用',
        'Genuine shops and shopping sites never charge a fee before a refund',
        'pay-gov-yuncheng-refund',
      ),
    ],
    warnings: [
      said(
        '常见说法：“百万保障到期要续费”“每月自动扣 800 元”“注销学生账号否则影响征信”，接着让你下载会议 App、共享屏幕或把钱转到“安全账户”',
        'Common scripts: "your guarantee expires and must be renewed", "800 yuan a month will be charged", "close your student account or your credit suffers", then a meeting app, screen sharing or a "safe account"',
        'pay-press-zol-baozhang',
      ),
      said(
        '任何要求注销“大学生账号”并转账的，都是诈骗',
        'Anyone asking you to close a "student account" and transfer money is a scammer',
        'pay-gov-student-loan',
      ),
      said(
        '屏幕共享时，对方能看到你的短信验证码、支付密码和所有弹窗',
        'While your screen is shared they see your SMS codes, your payment password and every pop-up',
        'pay-press-cctv-screenshare',
      ),
    ],
  },
  {
    id: 'code-leaked',
    category: 'fraud',
    label: t('验证码 / 密码给了别人，或共享过屏幕', 'I gave away a code or password, or shared my screen'),
    hint: t('马上改密码、查登录设备，必要时冻结账号和支付', 'Change the password, check devices, freeze the account and payments if needed'),
    phrasings: {
      zh: [
        '把验证码告诉别人了怎么办',
        '不小心把微信密码给了对方',
        '刚才和客服共享了屏幕，会不会被盗',
        '帮陌生人扫了二维码辅助验证',
        '被人远程控制了手机',
        '给骗子念了短信验证码',
        '支付密码泄露了怎么补救',
        '对方让我开屏幕共享看了我的银行卡',
        '验证码发给了冒充好友的人',
        '下载了对方给的app现在很害怕',
        '验正码告诉别人了会怎么样',
        '把屏幕share给了假客服',
      ],
      en: [
        'I told someone my WeChat verification code',
        'I shared my screen with a fake customer service agent',
        'My WeChat password may be leaked, what should I do',
      ],
    },
    urgency: 'always',
    flags: { stopLoss: true },
    steps: [
      END_SHARE('end-share'),
      step(
        'cut-off',
        'self',
        t(
          '手机像被人远程操控：强制重启手机，取出电话卡，断开网络',
          'If the phone seems remote-controlled: force-restart it, take out the SIM card and go offline',
        ),
        'pay-police-kunming-remote',
      ),
      step('change-password', 'self', t('还能登录：立刻修改微信密码', 'If you can still sign in: change your WeChat password now'), 'kf-faq-compromised', {
        path: known(
          t('我 → 设置 → 帐号与安全 → 微信密码（不同版本可能略有不同）', 'Me → Settings → Account Security → Password (may differ by version)'),
          'kf-faq-compromised',
        ),
      }),
      step(
        'freeze',
        'self',
        t(
          '怀疑别人已经登上你的号，或自己登不上了：立即冻结账号。冻结不会删除账号',
          'If someone may be in your account, or you cannot sign in: freeze it now. Freezing does not delete the account',
        ),
        'kf-faq-compromised',
        {
          channel: 'emergency-freeze',
          also: ['guide-freeze-path'],
          path: known(
            t(
              '登不上：登录界面 更多 → 微信安全中心 → 冻结帐号；还能登录：我 → 设置 → 帐号与安全 → 微信安全中心 → 冻结帐号',
              'Signed out: sign-in screen More Options → WeChat Security Center → Freeze Account; signed in: Me → Settings → Account Security → WeChat Security Center → Freeze Account',
            ),
            'kf-faq-compromised',
            { also: ['guide-freeze-path'] },
          ),
        },
      ),
      step('check-devices', 'self', t('删掉不认识的登录设备', 'Delete any sign-in device you do not recognise'), 'kf-faq-compromised', {
        also: ['pay-3p-devices'],
        path: known(
          t('我 → 设置 → 帐号与安全 → 登录设备管理 → 右上角编辑 → 删除', 'Me → Settings → Account Security → Manage Devices → Edit at the top right → delete'),
          'kf-faq-compromised',
          { also: ['pay-3p-devices'] },
        ),
      }),
      step(
        'check-bindings',
        'self',
        t('检查绑定的手机号、QQ、邮箱和声音锁是不是你本人的', 'Check that the linked phone number, QQ, email and voice lock are still yours'),
        'pay-3p-devices',
      ),
      step(
        'call-95017',
        'contact',
        t(
          '泄露的是支付密码或支付验证码，或对方看过你的付款页面：打 95017 冻结微信支付（按语音提示选择冻结）',
          'If a payment password or payment code leaked, or they saw your payment screens: call 95017 to freeze WeChat Pay (choose freezing in the voice menu)',
        ),
        'repost-95017-freeze',
        {
          channel: 'pay-hotline',
          call: true,
          also: ['pay-help-index'],
          human: HUMAN_95017,
          say: t(
            '我的微信支付验证码或密码在 {time} 泄露给了别人，请帮我冻结微信支付，并查一下有没有异常交易。',
            'My WeChat Pay code or password leaked to someone on {time}. Please freeze my WeChat Pay and check for unusual payments.',
          ),
        },
      ),
      step(
        'freeze-kf',
        'contact',
        t('不能打电话：在“腾讯客服”小程序里选“微信冻结”', 'If you cannot phone: open the 腾讯客服 mini program and choose 微信冻结 (freeze)'),
        'repost-95017-freeze',
        {
          channel: 'kf-miniprogram',
          alternative: true,
          human: HUMAN_BY_TYPING,
          say: t(
            '我的验证码在 {time} 泄露给了别人，请帮我冻结账号和微信支付。',
            'My verification code leaked to someone on {time}. Please freeze my account and WeChat Pay.',
          ),
        },
      ),
      step(
        'recover',
        'contact',
        t(
          '密码已被改、登不上：在登录界面按提示申请找回密码（尽量用绑定的手机号、邮箱或 QQ 号），结果会在 24 小时内短信通知',
          'If the password was changed and you cannot sign in: request password retrieval from the sign-in screen (use the linked phone, email or QQ ID if you can); the result comes by SMS within 24 hours',
        ),
        'kf-faq-compromised',
        {
          channel: 'security-center',
          human: unknown(
            '安全中心是自助流程，没有找到转人工的可靠说法',
            'The Security Center is self-service; no reliable source says how to reach a person there',
          ),
        },
      ),
      step(
        'money-gone',
        'escalate',
        t(
          '发现钱被转走：马上打 110，再打 95017，按“已经给骗子转了钱”处理；不能打电话就发短信到 12110 或请人代打',
          'If money has been taken: call 110 now, then 95017, and follow "I already paid a scammer"; if you cannot phone, text 12110 or ask someone to call',
        ),
        'pay-gov-changzhou-police',
        {
          line: 'police-110',
          call: true,
          after: t('账单里出现不是你做的转账或付款', 'Your bills show transfers or payments you did not make'),
        },
      ),
    ],
    materials: known(
      [
        mat('linked-phone', '绑定的手机号（找回和验证用）', 'The linked phone number (for retrieval and checks)', 'phone'),
        mat('linked-other', '绑定的邮箱或 QQ 号', 'The linked email or QQ number'),
        mat('id', '本人身份证件（申诉时可能要）', 'Your ID document (an appeal may need it)', 'id'),
        mat(
          'what-leaked',
          '泄露了什么、什么时候、给了谁（对方号码或链接截图）',
          'What leaked, when and to whom (their number or a screenshot of the link)',
          'evidence',
        ),
      ],
      'kf-faq-compromised',
      { also: ['editorial'] },
    ),
    rules: [
      said('冻结账号不会删除它，找回后可以解冻', 'Freezing does not delete the account; unfreeze it once you have it back', 'kf-faq-compromised'),
      said(
        '申请找回密码后，结果会在 24 小时内通过短信告诉你',
        'After a password-retrieval request the result comes by SMS within 24 hours',
        'kf-faq-compromised',
      ),
    ],
    warnings: [
      said(
        '真正的客服不会索要密码、验证码，也不会要求共享屏幕或转账',
        'Real customer service never asks for passwords or codes, never asks you to share your screen or to transfer money',
        'line-wechat-400-notice',
      ),
      said(
        '帮陌生人“扫码辅助验证”注册或解封也是违规，你的账号会被限制甚至封号；街头“扫码送礼”可能就是这个套路',
        'Scanning a code to help a stranger register or unblock an account breaks the rules and can get your own account restricted; street "scan for a free gift" stands may be exactly that',
        'pay-security-assist-2020',
      ),
    ],
  },
];
