/**
 * Ticks stored on a phone by the releases before stable ids (a bare array of positions m0, m1 …) still show
 * on the result page, on the same items, and are stored in the new format from then on.
 */
import { openPage } from '../helpers/page';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();
const PAYMENT = { v: '1', problem: 'payment', urgent: 'no', region: 'mainland', need: 'any' };
const KEY = 'wsn:checklist:1r.payment.n.m.a';
const stored = (key = KEY): unknown => JSON.parse(wxs().storage.get(key) as string);

type Page = ReturnType<typeof openPage>;
/** Each row as the user sees it: its text and whether it shows ticked (the row's state and the box's). */
function rows(page: Page): Array<[string, boolean]> {
  return Array.from(page.$('#checklist').dom.querySelectorAll('[role="checkbox"]')).map((row) => {
    const ticked = row.getAttribute('aria-checked') === 'true';
    // The box itself (Vant's icon) shows the same state as the row says.
    expect(row.querySelector('van-icon')?.className.includes('__icon--checked')).toBe(ticked);
    return [(row.textContent ?? '').trim(), ticked];
  });
}

describe('ticks stored before stable ids', () => {
  it('show on the same items, and are stored as { v: 2, ids } once read', async () => {
    wxs().storage.set(KEY, JSON.stringify(['m0', 'm2']));
    const page = openPage('result', PAYMENT);
    expect(rows(page)).toEqual([
      ['交易记录截图（含交易单号）', true],
      ['本人身份证件', false],
      ['绑定的手机号', true],
    ]);
    expect(stored()).toEqual({ v: 2, ids: ['txn-screenshot', 'linked-phone'] });
    // Ticking the last one keeps the migrated two and says all is ready.
    await page.tap('#row-id-document');
    expect(page.text()).toContain('都准备好了');
    expect(stored()).toEqual({ v: 2, ids: ['txn-screenshot', 'linked-phone', 'id-document'] });
    expect(rows(openPage('result', PAYMENT)).every(([, ticked]) => ticked)).toBe(true);
  });

  it('a channel’s item after the problem’s own list (how-to, abroad: the international help item)', () => {
    const query = { v: '1', problem: 'howto', region: 'overseas', need: 'any' };
    const key = `wsn:checklist:${(openPage('result', query).data.view as { key: string }).key}`;
    wxs().storage.set(key, JSON.stringify(['m1']));
    expect(rows(openPage('result', query))).toEqual([
      ['出问题页面的截图', false],
      ['微信号和问题截图', true],
    ]);
    expect(stored(key)).toEqual({ v: 2, ids: ['international-wechat-id'] });
  });

  it('a concrete problem’s ticks were by id already and stay on their items', () => {
    const query = { v: '1', problem: 'payment', detail: 'wrong-transfer', urgent: 'no', region: 'mainland', need: 'any' };
    const first = openPage('result', query);
    const view = first.data.view as { key: string; materials: Array<{ id: string; text: string }> };
    const [one, two] = view.materials;
    if (!one || !two) throw new Error('the wrong-transfer plan lists at least two things to prepare');
    wxs().storage.set(`wsn:checklist:${view.key}`, JSON.stringify([two.id]));
    const shown = rows(openPage('result', query));
    expect(shown.slice(0, 2)).toEqual([
      [one.text, false],
      [two.text, true],
    ]);
    expect(stored(`wsn:checklist:${view.key}`)).toEqual({ v: 2, ids: [two.id] });
  });

  it('a stored value in no known format is left alone and the page still opens', () => {
    const raw = '{"v":9,"ticks":"?"}';
    wxs().storage.set(KEY, raw);
    const page = openPage('result', PAYMENT);
    expect(rows(page).map(([, ticked]) => ticked)).toEqual([false, false, false]);
    expect(wxs().storage.get(KEY)).toBe(raw);
  });
});
