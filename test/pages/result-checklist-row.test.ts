/**
 * A checklist row ticks when any part of it is tapped (issue 15): the padding beside the box and the
 * text lands on the row; a tap on the box or its text is the box's own change, counted once.
 */
import { openPage } from '../helpers/page';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();
const PAYMENT = { v: '1', problem: 'payment', urgent: 'no', region: 'mainland', need: 'any' };
const KEY = 'wsn:checklist:1r.payment.n.m.a';
const ticks = (page: ReturnType<typeof openPage>) => page.data.ticks as Record<string, boolean>;

describe('result checklist rows', () => {
  it('a tap on the row (not on the box) ticks it, and a second one unticks it', async () => {
    const page = openPage('result', PAYMENT);
    await page.tap('#row-txn-screenshot');
    expect(ticks(page)['txn-screenshot']).toBe(true);
    expect(page.$('#row-txn-screenshot').dom.getAttribute('aria-checked')).toBe('true');
    expect(JSON.parse(wxs().storage.get(KEY) as string)).toEqual({ v: 2, ids: ['txn-screenshot'] });
    await page.tap('#row-txn-screenshot');
    expect(ticks(page)['txn-screenshot']).toBe(false);
    expect(JSON.parse(wxs().storage.get(KEY) as string)).toEqual({ v: 2, ids: [] });
  });

  it('a tap on the box itself toggles once, not once for the box and again for the row', async () => {
    const page = openPage('result', PAYMENT);
    // What a tap on the box does: the box emits change, then the tap bubbles to the row with the box as target.
    await page.emit('#check-id-document', 'change', true);
    page.instance.onRow({ target: { dataset: { box: '1' } }, currentTarget: { dataset: { id: 'id-document' } } });
    expect(ticks(page)['id-document']).toBe(true);
  });
});
