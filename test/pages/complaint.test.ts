/**
 * The complaint page through its rendered WXML: loading, a bad path, a case with no notes, the routes and
 * their state, editing the wish, the masked text, the English text for the overseas help, and copying.
 * The test clock: 2026-11-25 10:00 in Beijing.
 */
import { addNote } from '../../miniprogram/services/notes';
import { NoteInput } from '../../miniprogram/core/notes';
import { openPage } from '../helpers/page';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();
const NOW = Date.UTC(2026, 10, 25, 2);

function add(over: Partial<NoteInput>): void {
  const result = addNote({ channel: 'kf-web', at: '2026-11-20 10:00', ticket: '', said: '说了', next: '', remind: '', ...over }, NOW);
  if (!result.ok) throw new Error('addNote failed');
}

const complaint = (query: Record<string, string>) => openPage('complaint', query);

describe('complaint page', () => {
  it('shows a loading line until the notes are read', () => {
    const page = openPage('complaint', null);
    expect(page.$('#loading').dom.textContent).toContain('正在读取联系记录');
    page.instance.onLoad({ case: 'merchant-refund' });
    expect(page.has('#loading')).toBe(false);
  });

  it.each([{ case: 'nope' }, { case: 'merchant-refund', route: '12345' }, {}])('a bad path says so and offers the notebook (%o)', async (query) => {
    const page = complaint(query as Record<string, string>);
    expect(page.$('#error').dom.textContent).toContain('无法识别');
    await page.click('#to-notes');
    expect(wxs().lastUrl()).toBe('/pages/notes/index');
  });

  it('a case with no notes offers to start one in the notebook', async () => {
    const page = complaint({ case: 'merchant-refund' });
    expect(page.$('#empty').dom.textContent).toContain('还没有联系记录');
    await page.click('#to-notes');
    expect(wxs().lastUrl()).toBe('/pages/notes/index?case=merchant-refund&add=1');
  });

  it('lists the case’s routes with their state and opens the one the clock allows', () => {
    add({ concrete: 'merchant-refund', kind: 'merchant-complaint', at: '2026-11-20 10:00', ticket: 'T-1120' });
    const page = complaint({ case: 'merchant-refund' });
    expect(page.$('#case-title').dom.textContent).toBe('商家不给退款');
    const row = page.$('#route-pay-intervene').dom.textContent ?? '';
    expect(row).toContain('现在可以');
    expect(row).toContain('已过 5 天：可以申请微信支付介入');
    // The first open route is chosen: the merchant complaint itself.
    expect(page.$('#text').dom.textContent).toContain('【交易投诉】');
    expect(page.$('#route-12363').dom.textContent).toContain('还不能用');
  });

  it('picking a route changes the text; one not open says why', async () => {
    add({ concrete: 'merchant-refund', kind: 'merchant-complaint', at: '2026-11-20 10:00' });
    const page = complaint({ case: 'merchant-refund' });
    await page.click('#route-pay-intervene');
    expect(page.$('#text').dom.textContent).toContain('【申请微信支付介入】');
    expect(page.has('#not-open')).toBe(false);
    await page.click('#route-12363');
    expect(page.$('#text').dom.textContent).toContain('提交方式：电话 12363');
    expect(page.$('#not-open').dom.textContent).toContain('先向财付通');
    expect(page.$('#name-hint').dom.textContent).toContain('自己填写');
  });

  it('the route in the path is chosen, and the wish typed goes into the text, masked', async () => {
    add({ concrete: 'merchant-refund', kind: 'merchant-complaint', at: '2026-11-20 10:00', said: '退款到卡 6222 0212 3456 7890 128' });
    const page = complaint({ case: 'merchant-refund', route: 'pay-intervene' });
    expect(page.$('#text').dom.textContent).toContain('我的诉求：请求退款');
    await page.type('#wish', '退回 200 元到 13912345678');
    const text = page.$('#text').dom.textContent ?? '';
    expect(text).toContain('我的诉求：退回 200 元到 *******5678');
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('6222 0212 3456');
  });

  it('the overseas help has an English text', async () => {
    add({ concrete: 'account-banned', channel: 'international', at: '2026-11-20 10:00', said: 'We will review it' });
    const page = complaint({ case: 'account-banned', route: 'overseas' });
    await page.click('#lang-en');
    const text = page.$('#text').dom.textContent ?? '';
    expect(text).toContain('To: WeChat Customer Support');
    expect(text).toContain('What I want: Please lift the restriction on my account');
    await page.click('#lang-zh');
    expect(page.$('#text').dom.textContent).toContain('致：WeChat 海外客服');
  });

  it('copies the text shown and says so', async () => {
    add({ concrete: 'merchant-refund', kind: 'merchant-complaint', at: '2026-11-20 10:00' });
    const page = complaint({ case: 'merchant-refund', route: 'tenpay' });
    const copy = jest.spyOn(wx, 'setClipboardData').mockImplementation(((o: { success?: () => void }) => o.success?.()) as never);
    await page.click('#copy');
    const copied = (copy.mock.calls[0]?.[0] as { data: string }).data;
    expect(copied).toBe(page.$('#text').dom.textContent);
    expect(copied).toContain('提交方式：电话 95017');
    expect(wxs().showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已复制，粘贴到投诉表单里' }));
    await page.click('#view-notes');
    expect(wxs().lastUrl()).toBe('/pages/notes/index?case=merchant-refund');
  });
});
