import { decide, Reason } from '../../../miniprogram/core/decide';
import { allCompleteAnswers } from '../../../miniprogram/core/flow';
import { Lang } from '../../../miniprogram/core/types';
import { reasonText, warningText } from '../../../miniprogram/core/view/reasons';

const bj = (y: number, m: number, d: number, h: number): number => Date.UTC(y, m - 1, d, h - 8);

describe('reason and warning codes render from the strings table', () => {
  const reasons: Reason[] = [
    { code: 'text-only-moved', from: 'pay-hotline', to: 'emergency-freeze' },
    { code: 'closed-moved', from: 'official-accounts', to: 'smart-assistant' },
    { code: 'abroad-phone', from: 'pay-hotline' },
  ];
  it.each(['zh', 'en'] as Lang[])('fills in the channel names (%s)', (lang) => {
    const texts = reasons.map((r) => reasonText(r, lang));
    expect(texts[0]).toContain(lang === 'zh' ? '「微信支付客服热线 95017」要打电话，所以先用「紧急冻结账号」' : 'Emergency account freeze');
    expect(texts[1]).toContain(lang === 'zh' ? '先用现在就能用的「帮助与反馈（智能助手）」' : 'is closed right now');
    for (const t of texts) expect(t).not.toMatch(/[{}]/);
  });
  it('every code produced on every path at two hours renders in both languages, with no blank left', () => {
    const seen = new Set<string>();
    for (const a of allCompleteAnswers()) {
      for (const now of [bj(2026, 11, 25, 3), bj(2026, 2, 17, 12)]) {
        const r = decide(a, now);
        const texts = (['zh', 'en'] as Lang[]).flatMap((lang) => [
          ...r.reasons.map((x) => reasonText(x, lang)),
          ...r.warnings.map((w) => warningText(w, lang)),
        ]);
        for (const x of [...r.reasons, ...r.warnings]) seen.add(x.code);
        for (const text of texts) {
          expect(text.trim()).not.toBe('');
          expect(text).not.toMatch(/[{}]/);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(8);
  });
});
