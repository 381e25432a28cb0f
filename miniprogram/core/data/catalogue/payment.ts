/**
 * Concrete problems of the `payment` category: see catalogue/index.ts.
 *
 * Leads: shared/research/catalogue-payment-fraud.md (sources in sources-payment.ts).
 * Paths move between WeChat 8.0.x builds (我 → 服务 → 钱包 in current official text,
 * 我 → 支付 in older ones): the texts say so. A path only a content farm gives is
 * `known: false`. Rules a content farm alone states (the 72-hour window of
 * 「联系收款方」, group red packets "36 hours", "7 days no-reason refunds", the minors'
 * refund path) are left out.
 */
import { CatalogueProblem, Fact, PlanStep, Text } from '../../types';
import { known, mat, said, step, StepMore, t, unknown } from './kit-payment';

// ---- shared pieces ----------------------------------------------------------

/** How people reach a human in a WeChat service chat: users' experience (press tests), never a promise. */
export const HUMAN_BY_TYPING: Fact<Text> = known(
  t(
    '在对话框输入“人工客服”或“转人工”；不行就换“找人工”再试（用户经验，不保证一定能转到）',
    'Type 人工客服 or 转人工 in the chat; if that fails, try 找人工 (users’ experience, not a promise)',
  ),
  'other-press-it-times-2024',
  { typical: true, also: ['other-press-cqcb-2025'] },
);

/** 95017 publishes no keys or hours for individual users. */
export const HUMAN_95017: Fact<Text> = unknown(
  '个人用户的按键和人工服务时间没有公开资料：接通后按语音提示选择',
  'No published keys or human hours for individual users: follow the voice menu once connected',
);

/** The current wallet entry, as WeChat's own 2024 notice names it (older builds: 我 → 支付). */
const WALLET_SOURCE = 'pay-security-2024-baozhang';

const BILL_PATH: Fact<Text> = known(
  t(
    '我 → 服务 → 钱包 → 账单 → 点开这笔交易（账单详情）（旧版为 我 → 支付 → 钱包 → 账单，不同版本可能略有不同）',
    'Me → Services → Wallet → Bills → tap the payment (bill details) (older builds: Me → Pay → Wallet → Bills; may differ by version)',
  ),
  'pay-ui-bill-detail',
  { also: [WALLET_SOURCE] },
);

function call95017(id: string, text: Text, source: string, say: Text, also?: readonly string[]): PlanStep {
  const more: StepMore = { channel: 'pay-hotline', call: true, human: HUMAN_95017, say };
  if (also) more.also = also;
  return step(id, 'contact', text, source, more);
}

/** The text route to a human for people who cannot phone: the 腾讯客服 official account, named as 95017's fallback. */
function writeToKf(id: string, say: Text): PlanStep {
  return step(
    id,
    'contact',
    t(
      '不方便打电话：关注“腾讯客服”公众号，在对话框里把情况写清楚',
      'If you cannot phone: follow the 腾讯客服 official account and write down what happened in the chat',
    ),
    'dev-community-95017',
    { channel: 'official-accounts', alternative: true, human: HUMAN_BY_TYPING, say },
  );
}

const PBOC_12363 = (id: string): PlanStep =>
  step(
    id,
    'escalate',
    t(
      '对微信支付（财付通）的处理不满意，或对方不受理：工作日拨打 12363 向中国人民银行投诉',
      'If WeChat Pay (Tenpay) does not deal with it, or you are unhappy with the answer: call 12363 (People’s Bank of China) on a working day',
    ),
    'pay-pboc-12363',
    {
      line: 'pboc-12363',
      call: true,
      after: t('已经先向微信支付（95017）投诉过，仍没解决', 'You have complained to WeChat Pay (95017) first and it is still not solved'),
    },
  );

const PAYMENT_TIME: Fact<Text> = known(
  t(
    '支付类问题一般 2–6 小时有结果（典型情况，来自一篇网络文章，不是承诺）',
    'Payment problems usually get an answer in 2–6 hours (typical, from one online article, not a promise)',
  ),
  'seed',
  { typical: true },
);

const FAKE_NUMBERS = said(
  '不要在网上搜“微信客服电话”：搜到的号码可能是骗子留的。微信支付的号码是 95017，以微信里的官方入口为准',
  'Do not search the web for a "WeChat service number": what you find may be a scammer’s. WeChat Pay’s number is 95017; trust the entries inside WeChat',
  'piyao-fake-number',
);

const NO_CODES = said(
  '真正的客服不会索要密码、验证码，也不会要求共享屏幕或转账',
  'Real customer service never asks for passwords or codes, never asks you to share your screen or to transfer money',
  'line-wechat-400-notice',
);

// ---- the problems -----------------------------------------------------------

export const PAYMENT: readonly CatalogueProblem[] = [
  {
    id: 'wrong-transfer',
    category: 'payment',
    label: t('钱转错人了', 'I sent money to the wrong person'),
    hint: t('对方没收款会自动退回；已收款只能请对方退', 'Returns by itself if not accepted; once accepted only the payee can send it back'),
    phrasings: {
      zh: [
        '微信转账转错人了怎么办',
        '手滑把钱转给了别人，能撤回吗',
        '转错账了对方还没收款',
        '钱转给了一个不认识的人，对方已经收了不肯退',
        '给同名的好友转错了钱',
        '转帐转错了怎么追回来',
        '微信转错人了能不能要回来',
        '转错钱了对方把我拉黑了',
        '转账能不能撤销啊，刚转出去就后悔了',
        '误转了5000块给陌生人',
        'wechat转账转错人了怎么撤回',
      ],
      en: [
        'I sent a WeChat transfer to the wrong person',
        'Can I cancel a WeChat transfer I just sent',
        'The person I paid by mistake will not give the money back',
      ],
    },
    urgency: 'ask',
    steps: [
      step(
        'check-pending',
        'self',
        t(
          '先点开聊天里的这笔转账看状态：写着“1天内对方未收款，将退还给你”说明对方还没收，24 小时内没收会原路退回。你自己不能撤回',
          'Open the transfer in the chat and check its status: "returned to you if not accepted within 1 day" means it is not accepted yet and comes back after 24 hours. You cannot recall it yourself',
        ),
        'pay-hsb-2017-transfer',
        {
          also: ['pay-ui-transfer-pending'],
          path: known(t('聊天窗口 → 点开这笔转账消息', 'The chat → tap the transfer message'), 'pay-ui-transfer-pending'),
        },
      ),
      step(
        'ask-payee',
        'self',
        t(
          '对方已经收款：只有对方能退。好好跟对方说明，请他把钱转回给你，并截图保存你的请求',
          'If it was accepted, only the payee can return it. Explain politely, ask them to send it back, and keep screenshots of your requests',
        ),
        'pay-court-susong-2025',
      ),
      step(
        'contact-payee',
        'self',
        t(
          '不是好友或联系不上：在这笔转账的账单详情里找“联系收款方”。这个入口只在交易后一段时间内出现，时限没有可靠来源',
          'If you cannot reach them: look for 联系收款方 (contact the payee) in the bill details of the transfer. It only shows for a while after the payment; how long is not reliably sourced',
        ),
        'pay-ui-bill-detail',
        {
          path: known(
            t(
              '我 → 服务 → 钱包 → 账单 → 这笔转账 → 联系收款方（不同版本可能略有不同）',
              'Me → Services → Wallet → Bills → the transfer → 联系收款方 (may differ by version)',
            ),
            'pay-ui-bill-detail',
            { also: [WALLET_SOURCE] },
          ),
        },
      ),
      call95017(
        'call-95017',
        t(
          '打 95017 问微信支付：客服无权替你把钱划回，也查不到对方的联系方式，但会告诉你能走的途径',
          'Call WeChat Pay on 95017: staff cannot move the money back or tell you who the payee is, but they will tell you the routes you have',
        ),
        'pay-hsb-2017-transfer',
        t(
          '我在 {time} 给 {payee} 转错了 {amount} 元，交易单号 {txn}。对方已收款、联系不上，请问我可以怎么处理？',
          'On {time} I sent {amount} yuan to {payee} by mistake, transaction number {txn}. They accepted it and I cannot reach them. What can I do?',
        ),
      ),
      writeToKf(
        'write-kf',
        t(
          '我在 {time} 给 {payee} 转错了 {amount} 元，交易单号 {txn}，对方已收款、联系不上。我不能打电话，请问怎么处理？',
          'On {time} I sent {amount} yuan to {payee} by mistake, transaction number {txn}; they accepted it and I cannot reach them. I cannot phone: what can I do?',
        ),
      ),
      step(
        'sue',
        'escalate',
        t(
          '向法院起诉“不当得利”，一般在对方住所地的法院；只知道部分姓名时，可以请法院帮助查明（调查令）',
          'Sue for unjust enrichment, usually at the court where the payee lives; if you only know part of their name, the court can help find out who they are',
        ),
        'pay-court-susong-2025',
        { after: t('对方拒绝退还，或一直联系不上', 'The payee refuses to return it, or cannot be reached') },
      ),
    ],
    materials: known(
      [
        mat('transfer-record', '转账记录截图（含交易单号）', 'Screenshot of the transfer (with the transaction number)', 'txn'),
        mat('payee-profile', '对方的微信主页截图', 'Screenshot of the payee’s WeChat profile', 'screenshot'),
        mat('refund-requests', '你请求对方退款的聊天截图', 'Screenshots of your requests for the money back', 'evidence'),
        mat(
          'payee-identity',
          '起诉时：对方的真实姓名、身份证号、住址（知道多少写多少）',
          'For a lawsuit: the payee’s real name, ID number and address (as much as you know)',
        ),
      ],
      'pay-court-susong-2025',
    ),
    rules: [
      said('对方 24 小时内没收款，钱会原路退回', 'If the payee does not accept within 24 hours, the money goes back the way it came', 'pay-hsb-2017-transfer'),
      said('转账一旦发出，付款人不能撤回', 'Once sent, a transfer cannot be recalled by the sender', 'pay-hsb-2017-transfer'),
      said(
        '退回时零钱付的实时回到零钱，银行卡付的 0–3 个工作日回到卡里',
        'A refund reaches the balance at once if paid from it, or the bank card within 0–3 working days',
        'pay-3p-refund-arrival',
      ),
      said(
        '微信支付客服无权操控用户资金，也无法查询对方联系方式',
        'WeChat Pay staff cannot move users’ money and cannot look up the payee’s contact details',
        'pay-hsb-2017-transfer',
      ),
    ],
    warnings: [
      said(
        '有人说“钱转错给你了”让你转到另一个账户：先在账单里核对有没有这笔钱，只按原路退回，不要转给对方另给的账户',
        'If someone says they sent you money by mistake and asks you to send it to another account: check your bill first, and only return it the way it came, never to an account they name',
        'editorial',
      ),
      FAKE_NUMBERS,
    ],
  },
  {
    id: 'unknown-charge',
    category: 'payment',
    label: t('有一笔不认识的扣款', 'A charge I do not recognise'),
    hint: t('先在账单详情里看是哪个商户，很多是自动续费', 'See which merchant it is in the bill details; many are auto-renewals'),
    phrasings: {
      zh: [
        '微信莫名其妙被扣了钱',
        '零钱少了一笔不知道是什么扣款',
        '账单里有一笔我没买过的东西',
        '每个月都被扣几十块不知道是啥',
        '微信支付被盗刷了吗，有陌生扣费',
        '银行卡被微信扣款了但我没消费',
        '不知名商户扣了我的钱',
        '莫名扣费怎么查是谁扣的',
        '突然收到微信支付扣款通知',
        '钱包里的钱自己少了',
        '微信pay莫名其妙扣了我29块',
      ],
      en: [
        'There is a WeChat Pay charge I do not recognise',
        'Money was taken from my WeChat wallet and I do not know why',
        'Unknown monthly deduction on WeChat Pay',
      ],
    },
    urgency: 'ask',
    steps: [
      step(
        'open-bill',
        'self',
        t(
          '打开这笔扣款的账单详情，看“商户全称”、时间和“交易单号”，先认出是谁扣的',
          'Open the bill details of the charge and read the merchant’s full name (商户全称), the time and the transaction number (交易单号)',
        ),
        'pay-ui-bill-detail',
        { path: BILL_PATH },
      ),
      step(
        'check-autorenew',
        'self',
        t(
          '很多“莫名扣款”其实是自动续费：到 支付设置 里的 免密支付 / 自动续费 看有没有这个商户',
          'Many "mystery charges" are auto-renewals: look for the merchant under password-free payment / auto-renewal in Payment settings',
        ),
        'pay-3p-unknown-charge',
        {
          path: known(
            t(
              '我 → 服务 → 钱包 → 支付设置 → 免密支付 或 自动续费（旧版叫“扣费服务”“自动扣费”，不同版本可能略有不同）',
              'Me → Services → Wallet → Payment settings → password-free payment or auto-renewal (older builds: deduction services / auto-deduction; may differ by version)',
            ),
            'pay-press-sina-nopwd',
            { also: ['pay-cca-2025-nopwd', 'pay-3p-autorenew-2023'] },
          ),
        },
      ),
      step(
        'check-apple',
        'self',
        t(
          '苹果手机上 App 里的购买走的是 Apple 的支付，单号对不上微信账单：在 iPhone 的 设置 → Apple ID → 订阅 里查看和取消',
          'Purchases inside apps on an iPhone are Apple payments and their numbers will not match WeChat’s: check and cancel them in iPhone Settings → Apple ID → Subscriptions',
        ),
        'pay-dev-apple-iap',
        {
          alternative: true,
          path: known(t('iPhone 设置 → Apple ID → 订阅', 'iPhone Settings → Apple ID → Subscriptions'), 'pay-3p-apple-sub'),
        },
      ),
      step(
        'ask-merchant',
        'self',
        t(
          '认出商户后先联系商户；也可以在账单详情里点“对订单有疑惑”查看这笔订单的帮助',
          'Once you know the merchant, contact them first; you can also tap 对订单有疑惑 in the bill details for help with that order',
        ),
        'other-kf-complaint-rules',
        { also: ['other-complaint-path'] },
      ),
      call95017(
        'call-95017',
        t(
          '商户联系不上或你确实没有消费：打 95017 请微信支付核实，扣费协议也可以通过客服解约',
          'If you cannot reach the merchant or you really did not buy anything: call 95017 to have WeChat Pay check it; a deduction agreement can also be ended through customer service',
        ),
        'pay-skills-deduction',
        t(
          '我的微信支付在 {time} 被扣了 {amount} 元，商户是 {merchant}，交易单号 {txn}。我不认识这笔扣款，请帮我核实，如果是扣费协议请帮我解约。',
          'On {time} my WeChat Pay was charged {amount} yuan by {merchant}, transaction number {txn}. I do not recognise it: please check it, and if it is a deduction agreement, please end it.',
        ),
        ['pay-help-index'],
      ),
      writeToKf(
        'write-kf',
        t(
          '我的微信支付在 {time} 被扣了 {amount} 元，商户是 {merchant}，交易单号 {txn}，我不认识这笔扣款，请帮我核实。',
          'On {time} my WeChat Pay was charged {amount} yuan by {merchant}, transaction number {txn}. I do not recognise it: please check it.',
        ),
      ),
      step(
        'complain',
        'escalate',
        t(
          '在账单详情里 对订单有疑惑 → 投诉商家；商家须 24 小时内回复、72 小时内处理完',
          'In the bill details tap 对订单有疑惑 → 投诉商家 (complain about the merchant); the merchant must reply within 24 hours and resolve it within 72',
        ),
        'other-kf-complaint-rules',
        {
          after: t('商户不承认或不处理', 'The merchant denies it or does nothing'),
          path: known(
            t('账单详情 → 对订单有疑惑 → 投诉商家（不同版本可能略有不同）', 'Bill details → 对订单有疑惑 → 投诉商家 (may differ by version)'),
            'other-complaint-path',
            { also: ['other-kf-complaint-rules'] },
          ),
        },
      ),
      PBOC_12363('pboc-12363'),
    ],
    materials: known(
      [
        mat(
          'bill-detail',
          '这笔扣款的账单详情截图（含交易单号、商户全称、时间）',
          'Screenshot of the bill details (transaction number, merchant’s full name, time)',
          'txn',
        ),
        mat('merchant-name', '商户全称', 'The merchant’s full name'),
      ],
      'pay-ui-bill-detail',
      { also: ['pay-dev-txn-id'] },
    ),
    typicalTime: PAYMENT_TIME,
    rules: [
      said(
        '跟商户或 95017 沟通时报“交易单号”（账单详情里的那串号码），它和商户单号不是一回事',
        'Quote the transaction number (交易单号) from the bill details to the merchant or 95017; it is not the merchant’s order number',
        'pay-dev-txn-id',
      ),
      said(
        '按微信支付的扣费服务规则，周期扣费前必须先通知你；同一个扣费协议每天最多成功扣 1 次',
        'Under WeChat Pay’s deduction rules you must be notified before a recurring charge, and one agreement can charge at most once a day',
        'pay-skills-deduction',
      ),
    ],
    warnings: [
      said(
        '有人打电话说你“开通了免密支付 / 百万保障，每月要扣费”是诈骗：免密支付不收费，不要共享屏幕或下载对方给的 App',
        'A call saying you "opened password-free payment or the guarantee and will be charged monthly" is a scam: these are free; never share your screen or install the app they name',
        'pay-readhub-nopwd-free',
      ),
      said(
        '完全不是你本人的消费：可能是账号或支付密码泄露了，按“验证码或密码泄露了”先止损',
        'If you did not make the payment at all, your account or payment password may be leaked: stop the loss first as for a leaked code or password',
        'pay-gov-changzhou-police',
      ),
    ],
  },
  {
    id: 'auto-renew',
    category: 'payment',
    label: t('取消自动续费 / 免密支付', 'Cancel an auto-renewal or password-free payment'),
    hint: t('在钱包的支付设置里自己关闭，关不掉再找客服', 'Turn it off in the wallet’s payment settings; ask customer service if you cannot'),
    phrasings: {
      zh: [
        '怎么取消微信自动续费',
        '视频会员每个月自动扣钱，想关掉',
        '微信免密支付在哪里关闭',
        '自动扣费怎么解除',
        '取消了会员还在扣钱',
        '找不到自动续费的入口',
        '关闭扣费服务在哪',
        '不想让app每个月自动扣我微信的钱',
        '微信自动续费关不掉',
        '试用期到了被自动扣了一个月费用',
        '自动续废怎么关啊',
        'app会员auto renew怎么取消',
      ],
      en: [
        'How do I cancel an auto-renewal on WeChat Pay',
        'Turn off password-free payment in WeChat',
        'A subscription keeps charging my WeChat wallet after I cancelled',
      ],
    },
    urgency: 'never',
    steps: [
      step(
        'close-in-wallet',
        'self',
        t(
          '在钱包的支付设置里找到 免密支付 或 自动续费，点进这个服务，选“关闭扣费服务”并确认',
          'In the wallet’s Payment settings open password-free payment or auto-renewal, pick the service, tap "turn off deduction service" and confirm',
        ),
        'pay-cca-2025-nopwd',
        {
          also: ['pay-press-sina-nopwd', 'pay-3p-autorenew-2023', 'pay-doc-entrust-terminate'],
          path: known(
            t(
              '我 → 服务 → 钱包 → 支付设置 → 免密支付 或 自动续费 → 选中服务 → 关闭扣费服务（不同版本名称可能不同）',
              'Me → Services → Wallet → Payment settings → password-free payment or auto-renewal → the service → turn off deduction service (names may differ by version)',
            ),
            'pay-press-sina-nopwd',
            { also: ['pay-3p-autorenew-2023'] },
          ),
        },
      ),
      step(
        'old-layout',
        'self',
        t(
          '旧版微信：我 → 支付 → 右上角 ··· → 自动扣费；有的版本在 服务 右上角 ··· → 扣费服务，还能看一年内的扣费记录',
          'Older WeChat: Me → Pay → ··· at the top right → auto-deduction; some builds have Services → ··· → deduction services, with a year of records',
        ),
        'pay-police-yantai-autodeduct',
        {
          alternative: true,
          also: ['pay-3p-deduct-service'],
          path: known(
            t('我 → 支付 → 右上角 ··· → 自动扣费（旧版）', 'Me → Pay → ··· at the top right → auto-deduction (older builds)'),
            'pay-police-yantai-autodeduct',
          ),
        },
      ),
      step(
        'not-listed',
        'self',
        t(
          '列表里找不到：多半是在苹果 App Store、应用商店或商户自己的 App 里开通的，要到那里取消，或联系服务提供方',
          'Not in the list? It was probably set up through Apple’s App Store, an app store or the merchant’s own app: cancel it there, or contact the provider',
        ),
        'pay-police-yantai-autodeduct',
        { also: ['pay-3p-apple-sub'] },
      ),
      call95017(
        'call-95017',
        t('自己关不掉：打 95017，请客服帮你解除扣费协议', 'If you cannot turn it off yourself: call 95017 and ask them to end the deduction agreement'),
        'pay-skills-deduction',
        t(
          '{merchant} 每期从我的微信支付自动扣费，最近一次在 {time} 扣了 {amount} 元。我自己关不掉，请帮我解除这个扣费协议。',
          '{merchant} charges my WeChat Pay every period; the last charge was {amount} yuan on {time}. I cannot turn it off myself: please end this deduction agreement.',
        ),
      ),
      writeToKf(
        'write-kf',
        t(
          '{merchant} 每期从我的微信支付自动扣费，最近一次在 {time} 扣了 {amount} 元，我关不掉，请帮我解约。',
          '{merchant} charges my WeChat Pay every period; the last charge was {amount} yuan on {time}. I cannot turn it off: please end it.',
        ),
      ),
      step(
        'complain',
        'escalate',
        t(
          '取消后还在扣：在那笔扣款的账单详情里 对订单有疑惑 → 投诉商家，附上取消成功的截图',
          'Still charged after cancelling: in the bill details of the charge tap 对订单有疑惑 → 投诉商家, with a screenshot of the cancellation',
        ),
        'other-kf-complaint-rules',
        {
          after: t('已经取消，之后又被扣费', 'You cancelled and were charged again'),
          path: known(
            t('账单详情 → 对订单有疑惑 → 投诉商家（不同版本可能略有不同）', 'Bill details → 对订单有疑惑 → 投诉商家 (may differ by version)'),
            'other-complaint-path',
            { also: ['other-kf-complaint-rules'] },
          ),
        },
      ),
      step(
        'consumer-12315',
        'escalate',
        t(
          '商家仍不处理：通过 12315 投诉商家。规定要求每次扣款前提醒扣款时间、金额和取消途径，并允许随时取消',
          'If the merchant still does nothing: complain to 12315. The rules require a notice of the time, amount and how to cancel before each charge, and cancelling at any time',
        ),
        'pay-press-price-rules-2025',
        {
          line: 'consumer-12315',
          also: ['line-samr-jiangchuan'],
          after: t('投诉商家后仍没解决', 'Complaining about the merchant did not solve it'),
        },
      ),
    ],
    materials: known(
      [
        mat('service-name', '扣费的服务名称和商户', 'The name of the service and the merchant'),
        mat('charge-records', '扣费记录截图（含交易单号）', 'Screenshots of the charges (with transaction numbers)', 'txn'),
        mat('cancel-proof', '已取消的确认页截图（取消后又被扣时）', 'Screenshot of the cancellation (if you were charged after it)', 'screenshot'),
      ],
      'editorial',
      { also: ['pay-3p-deduct-service'] },
    ),
    rules: [
      said(
        '每次自动扣款前，经营者应当把扣款时间、金额、取消途径以显著方式提醒你，并允许随时取消',
        'Before every automatic charge the business must clearly tell you the time, the amount and how to cancel, and let you cancel at any time',
        'pay-press-price-rules-2025',
      ),
      said(
        '按微信支付规则，扣费前要先通知：要么通知后 24 小时再扣，要么预先通知后在第 3–9 天的 7:00–22:00 之间扣',
        'Under WeChat Pay’s rules a charge is announced first: either 24 hours after a notice, or after a pre-notice on days 3–9 between 7:00 and 22:00',
        'pay-skills-deduction',
      ),
      said(
        '关闭后，已经付过钱的这一期通常仍然有效，到期后不再续费',
        'After you turn it off, the period you already paid for usually still runs; it just does not renew',
        'pay-3p-apple-sub',
      ),
    ],
    warnings: [
      said(
        '来电说“帮你关闭免密支付 / 取消会员，否则每月扣费”的多是诈骗：自己在微信里关，不要共享屏幕、不要下载对方给的 App',
        'Calls offering to "turn off password-free payment or cancel a membership before monthly charges" are usually scams: turn it off yourself in WeChat, never share your screen or install their app',
        'pay-readhub-nopwd-free',
      ),
    ],
  },
  {
    id: 'merchant-refund',
    category: 'payment',
    label: t('商家不给退款', 'A merchant will not refund me'),
    hint: t('在账单里投诉商家，商家须 24 小时内回复', 'Complain about the merchant in the bill; they must reply within 24 hours'),
    phrasings: {
      zh: [
        '商家不给退款怎么办',
        '微信付了钱商家不发货也不退钱',
        '店家收了钱就不理人了',
        '怎么在微信投诉商家',
        '小程序里买的东西退不了款',
        '扫码付款后商家跑路了',
        '退款申请一直没人处理',
        '商家说好退款结果一直没到账',
        '微信支付怎么申请退款',
        '网店老板不退钱还把我拉黑',
        '商家一直拖着不给refund',
      ],
      en: [
        'A shop took my WeChat payment and will not refund',
        'How do I complain about a merchant on WeChat Pay',
        'Refund from a mini program shop never came',
      ],
    },
    urgency: 'never',
    steps: [
      step(
        'ask-merchant',
        'self',
        t('先联系商家的客服要求退款，保存聊天记录', 'Ask the merchant’s own customer service for the refund first, and keep the chat'),
        'editorial',
        { also: ['pay-gov-changzhou-police'] },
      ),
      step(
        'complain',
        'self',
        t(
          '在这笔付款的账单详情里 对订单有疑惑 → 投诉商家，写明诉求。商家须在 24 小时内回复、72 小时内处理完',
          'In the bill details of the payment tap 对订单有疑惑 → 投诉商家 and say what you want. The merchant must reply within 24 hours and resolve it within 72',
        ),
        'other-kf-complaint-rules',
        {
          also: ['pay-complaint-rules-dev'],
          path: known(
            t(
              '我 → 服务 → 钱包 → 账单 → 这笔付款 → 对订单有疑惑 → 投诉商家（不同版本可能略有不同）',
              'Me → Services → Wallet → Bills → the payment → 对订单有疑惑 → 投诉商家 (may differ by version)',
            ),
            'other-complaint-path',
            { also: ['other-kf-complaint-rules', WALLET_SOURCE] },
          ),
        },
      ),
      call95017(
        'call-95017',
        t('想问清楚进度或规则：打 95017 问微信支付', 'To ask about the progress or the rules: call WeChat Pay on 95017'),
        'pay-help-index',
        t(
          '我在 {time} 向 {merchant} 付款 {amount} 元，交易单号 {txn}，商家不给退款，我已经在账单里投诉了，请问接下来怎么办？',
          'On {time} I paid {merchant} {amount} yuan, transaction number {txn}. They will not refund; I have complained in the bill. What happens next?',
        ),
      ),
      writeToKf(
        'write-kf',
        t(
          '我在 {time} 向 {merchant} 付款 {amount} 元，交易单号 {txn}，商家不给退款，已在账单里投诉，请问接下来怎么办？',
          'On {time} I paid {merchant} {amount} yuan, transaction number {txn}. They will not refund and I have complained in the bill. What happens next?',
        ),
      ),
      step(
        'platform-help',
        'escalate',
        t('在投诉里选择继续投诉，或申请微信支付平台协助', 'Continue the complaint, or ask WeChat Pay for platform assistance inside it'),
        'pay-doc-complaint-feedback',
        {
          also: ['pay-doc-complaint-changelog'],
          after: t(
            '商家 24 小时内没回复，或 72 小时内没处理好，或你不认可处理结果',
            'The merchant has not replied in 24 hours, not resolved it in 72, or you do not accept the result',
          ),
        },
      ),
      step(
        'consumer-12315',
        'escalate',
        t(
          '通过 12315 投诉商家：7 个工作日内决定是否受理；超过 3 年的纠纷不受理',
          'Complain about the merchant to 12315: it decides within 7 working days whether to accept; disputes older than 3 years are not accepted',
        ),
        'line-samr-jiangchuan',
        { line: 'consumer-12315', after: t('在微信支付投诉后仍没有退款', 'Still no refund after the WeChat Pay complaint') },
      ),
      PBOC_12363('pboc-12363'),
    ],
    materials: known(
      [
        mat(
          'order',
          '订单和付款的账单详情截图（含交易单号、商户全称）',
          'Screenshots of the order and its bill details (transaction number, merchant’s full name)',
          'txn',
        ),
        mat('merchant-chat', '和商家沟通的聊天记录', 'Your chat with the merchant', 'evidence'),
        mat('goods-photos', '商品或服务问题的照片', 'Photos of what was wrong with the goods or service', 'screenshot'),
      ],
      'editorial',
      { also: ['pay-dev-txn-id'] },
    ),
    rules: [
      said(
        '商家最晚须在投诉单生成 24 小时内回复，72 小时内处理完（旧版规范写作 1 天、3 天）',
        'The merchant must reply within 24 hours of the complaint and resolve it within 72 (older rules: 1 day and 3 days)',
        'other-kf-complaint-rules',
      ),
      said(
        '小程序里的购买另有小程序交易投诉：自 2024-03-25 起，商家处理时限由 72 小时缩短为 48 小时',
        'Purchases in mini programs have their own complaint route: since 2024-03-25 the merchant has 48 hours instead of 72',
        'other-mp-complaint',
      ),
      said(
        '商家标记处理完成而你不认可，可以继续投诉',
        'If the merchant marks it done and you disagree, you can continue the complaint',
        'pay-doc-complaint-feedback',
      ),
    ],
    warnings: [
      said(
        '“商家客服”主动来电说要给你退款、理赔的，要警惕：到购物平台里自己联系商家，正规退款不需要先付任何费用',
        'Be wary of a "shop service" calling you about a refund or compensation: contact the shop yourself through the platform; genuine refunds never need a fee first',
        'pay-gov-changzhou-police',
      ),
    ],
  },
  {
    id: 'withdraw',
    category: 'payment',
    label: t('提现没到账 / 提现手续费', 'A withdrawal has not arrived, or its fee'),
    hint: t('先看提现记录的预计到账时间和当日限额', 'Check the expected arrival time and the daily limit first'),
    phrasings: {
      zh: [
        '零钱提现到银行卡一直没到账',
        '微信提现失败怎么回事',
        '提现手续费怎么算的',
        '提现为什么要收手续费',
        '零钱提不出来了',
        '提现显示处理中好几天',
        '免费提现额度用完了',
        '零钱通转出没到账',
        '微信提线到银行卡要多久',
        '提现被限额了',
        '零钱提现到银行card一直没到',
      ],
      en: ['My WeChat withdrawal to the bank has not arrived', 'Why does WeChat charge a withdrawal fee', 'WeChat balance withdrawal failed'],
    },
    urgency: 'never',
    steps: [
      step(
        'check-record',
        'self',
        t(
          '在这笔提现的记录或确认页上看预计到账时间，以页面上写的为准',
          'Read the expected arrival time on the withdrawal’s record or confirmation screen, and go by what it says',
        ),
        'editorial',
        {
          path: unknown(
            '查看提现记录的菜单路径没有可靠来源：在账单里找到这笔提现',
            'No reliable source gives the menu path to withdrawal records: find the withdrawal in your bills',
          ),
        },
      ),
      step(
        'check-limit',
        'self',
        t('提现失败可能只是超过了当日限额，第二天再试', 'A failed withdrawal may just be over the daily limit: try again the next day'),
        'piyao-fake-number',
      ),
      call95017(
        'call-95017',
        t('超过预计时间仍没到账：打 95017 查询', 'Still not arrived after the expected time: call 95017'),
        'pay-help-index',
        t(
          '我在 {time} 从零钱提现 {amount} 元到银行卡，交易单号 {txn}，超过预计时间还没到账，请帮我查一下。',
          'On {time} I withdrew {amount} yuan from my balance to my bank card, transaction number {txn}. It is past the expected time and has not arrived: please check.',
        ),
      ),
      writeToKf(
        'write-kf',
        t(
          '我在 {time} 提现 {amount} 元，交易单号 {txn}，超过预计时间还没到账，请帮我查一下。',
          'On {time} I withdrew {amount} yuan, transaction number {txn}; it is past the expected time and has not arrived. Please check.',
        ),
      ),
      PBOC_12363('pboc-12363'),
    ],
    materials: known(
      [
        mat(
          'withdraw-record',
          '提现记录截图（时间、金额、银行卡尾号、交易单号）',
          'Screenshot of the withdrawal (time, amount, card’s last digits, transaction number)',
          'txn',
        ),
        mat('id', '本人身份证件', 'Your ID document', 'id'),
      ],
      'editorial',
    ),
    typicalTime: PAYMENT_TIME,
    rules: [
      said(
        '每个身份证累计有 1000 元免费提现额度（名下所有微信号共用），超出部分按 0.1% 收手续费，每笔最少 0.1 元（2016 年起的规则）',
        'Each ID has 1,000 yuan of free withdrawals in total (shared by all its WeChat accounts); above that the fee is 0.1%, at least 0.1 yuan a time (rule since 2016)',
        'pay-press-withdraw-fee-2016',
      ),
      said(
        '到账需要多久没有可靠的官方说法，以提现页面显示的为准',
        'No reliable official figure says how long arrival takes; go by the withdrawal screen',
        'editorial',
      ),
    ],
    warnings: [
      said(
        '不要在网上搜“零钱通客服电话”：有人这样被骗走 13000 元。“账户受限，要用虚拟货币解封”是诈骗',
        'Do not search the web for a "balance service number": one person lost 13,000 yuan that way. "Your account is restricted, unlock it with virtual currency" is a scam',
        'piyao-fake-number',
      ),
      said(
        '骗子会让你把截图发到真的“微信团队”公众号来显得可信，这不能证明对方是客服',
        'Scammers ask you to send screenshots to the real 微信团队 account to look credible; it does not prove they are staff',
        'piyao-fake-number',
      ),
    ],
  },
  {
    id: 'pay-limited',
    category: 'payment',
    label: t('零钱被冻结 / 收付款被限制', 'My balance is frozen or payments are restricted'),
    hint: t('按微信支付里的限制提示操作，常见原因是身份信息过期', 'Follow the restriction notice in WeChat Pay; expired ID details are a common cause'),
    phrasings: {
      zh: [
        '微信支付被限制了怎么解除',
        '零钱被冻结了提不出来',
        '收款受限怎么办',
        '提示账户存在风险不能收款',
        '身份证过期了微信不能付款',
        '微信突然不能转账了',
        '被限制收款说涉嫌违规',
        '零钱冻结了多久能解',
        '做生意收款码被封了',
        '支付功能被限制提示异常',
        'wechat pay被限制收款了',
      ],
      en: ['WeChat Pay says my account is restricted', 'My WeChat balance is frozen and I cannot withdraw', 'I cannot receive payments on WeChat any more'],
    },
    urgency: 'never',
    steps: [
      step(
        'read-notice',
        'self',
        t('在微信支付里打开限制提示，看清原因，按提示操作', 'Open the restriction notice in WeChat Pay, read the reason and follow its steps'),
        'pay-doc-transfer-codes',
        {
          path: unknown(
            '查看限制详情的菜单路径没有可靠来源：从微信支付的限制提示或通知进入',
            'No reliable source gives the menu path: start from the restriction notice or message in WeChat Pay',
          ),
        },
      ),
      step(
        'update-id',
        'self',
        t(
          '身份信息缺失或证件过期会限制提现、收款和付款：按提示补全或更新身份证信息',
          'Missing or expired ID details restrict withdrawals, receiving and paying: complete or update them when prompted',
        ),
        'pay-press-id-expired-2022',
      ),
      call95017(
        'call-95017',
        t(
          '看不懂原因或更新后仍受限：打 95017 问清原因和解除办法',
          'If the reason is unclear or it stays restricted after the update: call 95017 and ask why and how to lift it',
        ),
        'pay-help-index',
        t(
          '我的微信支付从 {time} 起被限制了，提示是“{what}”。请告诉我原因，以及需要提供什么材料才能解除。',
          'My WeChat Pay has been restricted since {time}; the notice says "{what}". Please tell me why, and what I need to provide to lift it.',
        ),
      ),
      writeToKf(
        'write-kf',
        t(
          '我的微信支付从 {time} 起被限制了，提示是“{what}”，请告诉我原因和解除办法。',
          'My WeChat Pay has been restricted since {time}; the notice says "{what}". Please tell me why and how to lift it.',
        ),
      ),
      step(
        'authority',
        'escalate',
        t(
          '冻结来自公安、法院等机关时，微信无法解除：向作出决定的机关了解原因并申诉',
          'If the police or a court ordered the freeze, WeChat cannot lift it: ask that authority for the reason and appeal to it',
        ),
        'pay-3p-judicial-freeze',
        {
          also: ['pay-cpd-antifraud-art31'],
          after: t('客服说限制来自有权机关（如涉嫌出租、出借账户）', 'Customer service says an authority ordered it (e.g. for renting or lending an account)'),
        },
      ),
      PBOC_12363('pboc-12363'),
    ],
    materials: known(
      [
        mat('notice', '限制提示的截图', 'Screenshot of the restriction notice', 'screenshot'),
        mat('id', '本人身份证件（有效期内）', 'Your ID document (not expired)', 'id'),
        mat('trade-proof', '真实交易的证明（聊天记录、发货记录等）', 'Proof of genuine trades (chats, delivery records)', 'evidence'),
      ],
      'editorial',
      { also: ['pay-press-id-expired-2022'] },
    ),
    typicalTime: PAYMENT_TIME,
    rules: [
      said(
        '出租、出借、买卖支付账户的，可能被限制账户功能、停止非柜面业务（反电信网络诈骗法）',
        'Renting out, lending or selling a payment account can get its functions restricted (Anti-Telecom and Online Fraud Law)',
        'pay-cpd-antifraud-art31',
      ),
    ],
    warnings: [
      said(
        '“账户被冻结，先交钱或用虚拟货币解封”是诈骗：解除限制不需要向任何人转账',
        '"Your account is frozen, pay or swap virtual currency to unlock it" is a scam: lifting a restriction never needs a transfer to anyone',
        'piyao-fake-number',
      ),
      FAKE_NUMBERS,
    ],
  },
  {
    id: 'minor-spending',
    category: 'payment',
    label: t('孩子偷偷充值 / 打赏了', 'My child spent money (games, live streams)'),
    hint: t('由监护人本人向游戏或平台申请退款', 'The guardian asks the game or platform for a refund'),
    phrasings: {
      zh: [
        '孩子玩游戏偷偷充了好几千',
        '小孩用我的微信给主播打赏了',
        '未成年充值怎么退款',
        '儿子拿我手机买游戏皮肤花了钱',
        '孩子误充值能退回来吗',
        '腾讯游戏未成年退款怎么申请',
        '小孩子直播打赏能不能要回来',
        '熊孩子把零钱花光了',
        '未成年人消费退款要什么材料',
        '孩子偷用微信支付充值游戏',
        '小孩氪金了好几千能退吗',
      ],
      en: [
        'My child spent money on a game with my WeChat Pay',
        'How to get a refund for a minor’s in-game purchases',
        'My kid tipped a streamer using my WeChat',
      ],
    },
    urgency: 'never',
    steps: [
      step(
        'collect',
        'self',
        t(
          '先在账单里找出孩子的每一笔消费，截图保存（时间、金额、商户、交易单号）',
          'Find each payment the child made in your bills and screenshot them (time, amount, merchant, transaction number)',
        ),
        'editorial',
        { path: BILL_PATH },
      ),
      step(
        'parent-platform',
        'self',
        t(
          '腾讯的游戏：由监护人本人在微信里搜索小程序“腾讯未成年人家长服务平台”申请退款，需要身份证和人脸验证',
          'Tencent games: the guardian searches WeChat for the mini program 腾讯未成年人家长服务平台 and applies there, with an ID and a face check',
        ),
        'pay-3p-minor-platform',
        {
          path: unknown(
            '小程序里申请退款的具体入口只在不可靠的网站上出现，未确认',
            'The exact entry inside the mini program appears only on unreliable sites: not confirmed',
          ),
        },
      ),
      step(
        'other-platform',
        'self',
        t(
          '其他游戏或直播平台：用该平台自己的未成年人退款渠道（在它的 App 或客服里找）',
          'Other games and live-stream apps: use that platform’s own refund route for minors (in its app or its customer service)',
        ),
        'pay-press-douyin-minor',
        { alternative: true },
      ),
      step(
        'write-kf',
        'contact',
        t(
          '找不到入口：关注“腾讯客服”公众号，写明孩子误充值的情况，问清退款办法',
          'Cannot find the entry: follow the 腾讯客服 official account, describe the child’s spending and ask how to get a refund',
        ),
        'editorial',
        {
          channel: 'official-accounts',
          also: ['dev-community-95017'],
          human: HUMAN_BY_TYPING,
          say: t(
            '我是孩子的监护人。孩子在 {time} 用我的微信支付向 {merchant} 充值了 {amount} 元，交易单号 {txn}，我事先不知道也没有同意，想申请退款，请问怎么办理？',
            'I am the child’s guardian. On {time} my child paid {merchant} {amount} yuan with my WeChat Pay, transaction number {txn}, without my knowledge or consent. How do I apply for a refund?',
          ),
        },
      ),
      step(
        'consumer-12315',
        'escalate',
        t('平台拒绝退款：向 12315 投诉该平台', 'If the platform refuses: complain about it to 12315'),
        'line-samr-jiangchuan',
        { line: 'consumer-12315', after: t('平台拒绝退还', 'The platform refuses to refund') },
      ),
      step(
        'court',
        'escalate',
        t(
          '也可以起诉：8 岁以上的孩子未经同意、与年龄智力不相适应的充值打赏，监护人请求返还的，法院应予支持',
          'You can also go to court: when a child over 8 spent money without consent in a way that does not fit their age, the court supports the guardian’s claim',
        ),
        'pay-press-court-minor-2020',
        { after: t('平台和 12315 都没解决', 'Neither the platform nor 12315 solved it') },
      ),
    ],
    materials: known(
      [
        mat('guardian-id', '监护人本人的身份证（还要人脸验证）', 'The guardian’s ID (a face check follows)', 'id'),
        mat('child-id', '孩子的身份证明（身份证、户口本或出生证明）', 'Proof of the child’s identity (ID, household register or birth certificate)'),
        mat('payments', '每笔消费的账单截图（含交易单号）', 'Screenshots of each payment (with transaction numbers)', 'txn'),
      ],
      'editorial',
      { also: ['pay-3p-minor-platform'] },
    ),
    typicalTime: unknown('退款审核要多久没有可靠来源', 'No reliable source says how long a refund review takes'),
    rules: [
      said(
        '最高法指导意见：8 岁以上未成年人未经监护人同意、与其年龄智力不相适应的充值打赏，监护人请求返还的，法院应予支持',
        'Supreme People’s Court guidance: spending by a child over 8 that does not fit their age, made without consent, must be returned at the guardian’s request',
        'pay-press-court-minor-2020',
      ),
      said(
        '网络游戏不得向未满 8 岁的用户提供付费服务；8–16 岁单次充值不超过 50 元、每月不超过 200 元；16–18 岁单次不超过 100 元、每月不超过 400 元',
        'Games may not sell to under-8s; ages 8–16 at most 50 yuan a top-up and 200 a month; 16–18 at most 100 and 400',
        'pay-press-minor-limits-2019',
      ),
      said('只能由监护人本人申请退款', 'Only the guardian can apply for the refund', 'pay-3p-minor-platform'),
    ],
    warnings: [
      said(
        '网上的“未成年退款专线”电话和“代退费”中介不要信：骗子以退费为由收取手续费、服务费、保证金',
        'Do not trust any "minors’ refund hotline" number or "refund agent": scammers use the refund to take handling fees, service fees and deposits',
        'pay-press-refund-agent-scam',
      ),
    ],
  },
  {
    id: 'pay-password',
    category: 'payment',
    label: t('忘记或想修改支付密码', 'I forgot or want to change my payment password'),
    hint: t('在支付设置里找回，可用刷脸或银行卡验证', 'Reset it in Payment settings with face or bank-card verification'),
    phrasings: {
      zh: [
        '微信支付密码忘了怎么办',
        '怎么修改微信支付密码',
        '支付密码输错太多次被锁了',
        '忘记支付密码又没绑银行卡',
        '找回支付密码要刷脸吗',
        '六位数支付密码想换一个',
        '微信付款密码在哪里改',
        '支付密码和登录密码是一个吗',
        '重置支付密码验证不通过',
        '支付密码忘记了咋办',
        '微信pay密码忘了',
      ],
      en: ['I forgot my WeChat Pay password', 'How do I change my WeChat payment PIN', 'Reset WeChat Pay password without a bank card'],
    },
    urgency: 'never',
    steps: [
      step(
        'reset',
        'self',
        t(
          '在支付设置里选“修改支付密码”（记得旧密码）或“忘记支付密码”（不记得）',
          'In Payment settings choose "change payment password" (if you know the old one) or "forgot payment password"',
        ),
        'pay-3p-paypw-path',
        {
          path: known(
            t(
              '我 → 服务 → 钱包 → 支付设置 → 修改支付密码 / 忘记支付密码（旧版在“支付管理”里，不同版本可能略有不同）',
              'Me → Services → Wallet → Payment settings → change / forgot payment password (older builds: under payment management; may differ by version)',
            ),
            'pay-3p-paypw-path',
            { also: [WALLET_SOURCE] },
          ),
        },
      ),
      step(
        'verify',
        'self',
        t(
          '忘记时按提示选刷脸验证，或银行卡验证（输入绑定的卡号、身份证号和短信验证码）；没有绑卡可以添加一张本人名下的银行卡',
          'If you forgot it, verify by face, or by bank card (the linked card number, your ID number and an SMS code); without a linked card, add a card in your own name',
        ),
        'pay-3p-paypw-verify',
      ),
      call95017(
        'call-95017',
        t('验证一直不通过：打 95017 问其他办法', 'If verification keeps failing: call 95017 and ask about other ways'),
        'pay-help-index',
        t(
          '我忘记了微信支付密码，用{what}验证一直不通过，请问还有什么办法找回？',
          'I forgot my WeChat Pay password and verification by {what} keeps failing. Is there another way to reset it?',
        ),
      ),
      writeToKf(
        'write-kf',
        t(
          '我忘记了微信支付密码，用{what}验证一直不通过，请问还有什么办法？',
          'I forgot my WeChat Pay password and verification by {what} keeps failing. What else can I do?',
        ),
      ),
    ],
    materials: known(
      [
        mat('id', '本人身份证件', 'Your ID document', 'id'),
        mat('bank-card', '绑定的银行卡（或一张本人名下的银行卡）', 'The linked bank card (or a card in your own name)'),
        mat('phone', '银行卡预留的手机号（收短信验证码）', 'The phone number registered with the bank (for the SMS code)', 'phone'),
      ],
      'pay-3p-paypw-verify',
    ),
    typicalTime: PAYMENT_TIME,
    rules: [
      said(
        '支付密码和微信登录密码不是同一个：登录密码在 我 → 设置 → 帐号与安全 → 微信密码 修改',
        'The payment password is not the WeChat sign-in password; that one is changed in Me → Settings → Account Security → Password',
        'kf-faq-compromised',
      ),
    ],
    warnings: [
      NO_CODES,
      said(
        '网上流传的“0755-83765566”等号码和“微信线下服务点”都不是官方渠道，支付密码不能通过它们找回',
        'Numbers passed around online such as 0755-83765566 and "WeChat service counters" are not official; they cannot reset a payment password',
        'editorial',
      ),
    ],
  },
  {
    id: 'red-packet',
    category: 'payment',
    label: t('红包发错了 / 没人领', 'A red packet went to the wrong chat or nobody took it'),
    hint: t('没人领的 24 小时后自动退回；已领的只能请对方退', 'Unclaimed ones return after 24 hours; claimed ones only the recipient can return'),
    phrasings: {
      zh: [
        '红包发错群了能撤回吗',
        '发出去的红包没人领多久退回',
        '红包发错人了已经被领了',
        '手滑发了个大红包到工作群',
        '微信红包怎么撤回',
        '红包过了一天还没退回来',
        '拼手气红包发错了',
        '红包退回到哪里了',
        '给前任发错红包了怎么办',
        '红包发错群了能撤会吗',
      ],
      en: ['I sent a red packet to the wrong group', 'How long until an unclaimed WeChat red packet comes back', 'Can I take back a red packet'],
    },
    urgency: 'never',
    steps: [
      step(
        'wait-24h',
        'self',
        t(
          '没人领的红包 24 小时后自动退回。除“面对面红包”外，发出去的红包不能提前撤回',
          'An unclaimed red packet comes back after 24 hours. Except face-to-face red packets, a sent red packet cannot be taken back early',
        ),
        'pay-3p-redpacket-cs',
      ),
      step(
        'ask-back',
        'self',
        t('已经被领走：只能和领取的人商量，请对方退还', 'If it was claimed: only the people who took it can return it; ask them'),
        'pay-3p-redpacket-cs',
      ),
      step(
        'refund-setting',
        'self',
        t(
          '退回到哪里由“红包退款方式”决定（默认退回原支付方式），可以在支付设置里查看',
          'Where it returns depends on the red-packet refund setting (by default the original payment method); see it in the payment settings',
        ),
        'pay-3p-redpacket-cs',
        {
          alternative: true,
          path: known(
            t(
              '旧版：我 → 支付 → 右上角 ··· → 支付管理 → 红包退款方式（新版在 支付设置 里，可能略有不同）',
              'Older builds: Me → Pay → ··· at the top right → payment management → red-packet refund method (newer builds: Payment settings; may differ)',
            ),
            'pay-3p-redpacket-cs',
          ),
        },
      ),
      call95017(
        'call-95017',
        t('超过 24 小时还没退回：打 95017 查询', 'Not back after 24 hours: call 95017'),
        'pay-help-index',
        t(
          '我在 {time} 发了一个 {amount} 元的红包，没人领取，已经超过 24 小时还没退回，请帮我查一下。',
          'On {time} I sent a red packet of {amount} yuan that nobody claimed; it is more than 24 hours and it has not come back. Please check.',
        ),
      ),
      writeToKf(
        'write-kf',
        t(
          '我在 {time} 发了 {amount} 元红包没人领，超过 24 小时还没退回，请帮我查一下。',
          'On {time} I sent a red packet of {amount} yuan that nobody claimed; it is past 24 hours and it has not come back. Please check.',
        ),
      ),
      step(
        'sue',
        'escalate',
        t(
          '被不认识的人领走、对方拒绝退还：和转错账一样，可以向法院起诉“不当得利”',
          'If strangers took it and refuse to return it: as with a wrong transfer, you can sue for unjust enrichment',
        ),
        'pay-court-susong-2025',
        { also: ['editorial'], after: t('对方拒绝退还', 'They refuse to return it') },
      ),
    ],
    materials: known(
      [
        mat('packet-record', '红包记录或账单截图（时间、金额）', 'Screenshot of the red packet or its bill (time, amount)', 'txn'),
        mat('chat', '发错的聊天或群截图', 'Screenshot of the chat or group it went to', 'screenshot'),
      ],
      'editorial',
    ),
    rules: [
      said(
        '退回原支付方式时：零钱付的实时退回零钱，零钱通付的 24 小时内退回，银行卡付的 0–3 个工作日退回',
        'Back to the original method: from the balance at once, to 零钱通 within 24 hours, to a bank card within 0–3 working days',
        'pay-3p-redpacket-cs',
      ),
    ],
    warnings: [
      said('“抢红包神器”之类的软件可能是病毒，不要安装', 'Red-packet "grabber" apps can be viruses: do not install them', 'pay-security-redpacket-apps'),
    ],
  },
];
