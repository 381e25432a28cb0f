import { openPage, OpenPage } from '../helpers/page';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

const notes = (query: Record<string, string> = { v: '1' }) => openPage('notes', query);
const stored = () => [...wxs().storage.keys()].filter((k) => k.startsWith('wsn:note:'));

async function fill(page: OpenPage, fields: Record<string, string>) {
  for (const [id, value] of Object.entries(fields)) await page.type(`#${id}`, value);
}

describe('notes page', () => {
  it('shows the empty state and the privacy note', () => {
    const shown = notes().text();
    expect(shown).toContain('还没有记录');
    expect(shown).toContain('只保留后 4 位');
  });

  it('a result’s "start a case" prefills the channel', () => {
    const page = notes({ v: '1', channel: 'pay-hotline', problem: 'payment' });
    expect(page.text()).toContain('微信支付客服热线 95017');
  });

  it('saving with missing fields explains what to fix and saves nothing', async () => {
    const page = notes();
    await page.click('#save');
    const shown = page.text();
    expect(shown).toContain('请选择联系的渠道');
    expect(shown).toContain('请写下对方说了什么');
    expect(stored()).toEqual([]);
  });

  it('saves a note, shows it masked, and exports masked text', async () => {
    const page = notes({ v: '1', channel: 'pay-hotline' });
    await fill(page, { ticket: 'T-20261129', said: '让我提供卡号 4111 1111 1111 1111 核实', next: '等回电' });
    await page.click('#save');
    const shown = page.text();
    expect(shown).toContain('T-20261129');
    expect(shown).toContain('************1111');
    expect(shown).not.toContain('4111 1111');
    expect(stored()).toHaveLength(1);
    const copy = jest.spyOn(wx, 'setClipboardData').mockImplementation(((o: { success?: () => void }) => o.success?.()) as never);
    await page.click('#export');
    const exported = (copy.mock.calls[0]![0] as { data: string }).data;
    expect(exported).toContain('微信支付客服热线 95017');
    expect(exported).toContain('等回电');
    expect(exported).not.toContain('4111 1111');
    // The note is really stored and comes back on the next visit.
    expect(notes().text()).toContain('等回电');
  });

  it('the channel, date, time and reminder come from the pickers', async () => {
    const page = notes();
    const channels = page.data.channels as Array<{ id: string; name: string }>;
    const kf = channels.findIndex((c) => c.id === 'kf-web');
    await page.emit('#picker-channel', 'change', { value: String(kf) });
    expect(page.$('#pick-channel').dom.textContent).toContain(channels[kf]!.name);
    await page.emit('#picker-date', 'change', { value: '2026-11-20' });
    await page.emit('#picker-time', 'change', { value: '16:45' });
    await page.emit('#picker-remind', 'change', { value: '2026-11-27' });
    await page.type('#said', '三个工作日内回复');
    await page.click('#save');
    expect(stored()).toHaveLength(1);
    const saved = JSON.parse(wxs().storage.get(stored()[0]!) as string) as { channel: string; at: string; remind: string };
    expect(saved).toEqual(expect.objectContaining({ channel: 'kf-web', at: '2026-11-20 16:45', remind: '2026-11-27' }));
    expect(page.text()).toContain('2026-11-20 16:45');
  });

  it('the form starts at the phone’s date and time', () => {
    // The test clock: 2026-11-25 10:00 in Beijing.
    expect(notes().text()).toContain('日期2026-11-25时间10:00');
  });

  it('a full storage keeps what was typed and says so', async () => {
    const page = notes({ v: '1', channel: 'kf-web' });
    await fill(page, { said: '要我重新提交' });
    (wx.setStorageSync as unknown as jest.SpyInstance).mockImplementation(() => {
      throw { errMsg: 'setStorageSync:fail exceed storage max size 10MB' };
    });
    await page.click('#save');
    expect(page.text()).toContain('手机存储空间已满');
    expect(page.box('#said').value).toBe('要我重新提交');
    expect(stored()).toEqual([]);
  });

  it('deletes after confirming', async () => {
    const page = notes({ v: '1', channel: 'kf-web' });
    await fill(page, { said: '删掉我' });
    await page.click('#save');
    expect(page.text()).toContain('删掉我');
    const id = (page.data.cases as Array<{ contacts: Array<{ id: string }> }>)[0]!.contacts[0]!.id;
    jest.spyOn(wx, 'showModal').mockImplementation(((o: { success?: (r: { confirm: boolean }) => void }) => o.success?.({ confirm: true })) as never);
    await page.click(`#delete-${id}`);
    expect(page.text()).toContain('还没有记录');
    expect(stored()).toEqual([]);
  });

  it('damaged storage is reported without hiding the good notes', () => {
    wxs().storage.set('wsn:notes:index', JSON.stringify(['good', 'bad']));
    wxs().storage.set('wsn:note:good', JSON.stringify({ channel: 'phone', at: '2026-11-29 10:30', said: '好的' }));
    wxs().storage.set('wsn:note:bad', '{oops');
    const shown = notes().text();
    expect(shown).toContain('有 1 条记录已损坏');
    expect(shown).toContain('好的');
  });
});

describe('form labels', () => {
  it('are short, with "选填" in the empty field, and their column fits them (in em, so care mode scales it)', () => {
    const page = notes();
    for (const [id, label, placeholder] of [
      ['ticket', '工单号', '选填'],
      ['said', '对方怎么说', '必填：对方的答复或处理结果'],
      ['next', '下一步', '选填'],
    ] as const) {
      const field = page.$(`#${id}`).data as { label: string; placeholder: string; titleWidth: string };
      expect([field.label, field.placeholder]).toEqual([label, placeholder]);
      // A Chinese character is 1 em wide.
      expect(field.titleWidth).toMatch(/^\d+(\.\d+)?em$/);
      expect(parseFloat(field.titleWidth)).toBeGreaterThanOrEqual([...label].length + 0.5);
    }
    expect(page.text()).not.toContain('（选填）');
    // Screen readers still hear that the field is optional.
    expect(page.dom.innerHTML).toContain('aria-label="工单号（选填）"');
  });
});

describe('after saving', () => {
  it('the boxes on screen are empty, and a second note can be saved', async () => {
    const page = notes({ v: '1', channel: 'kf-web' });
    await fill(page, { ticket: 'A1', said: '第一条', next: '明天再问' });
    await page.click('#save');
    const shown = page.text();
    expect(shown).toContain('第一条');
    expect(shown).toContain('A1');
    expect(shown).toContain('明天再问');
    // What the user sees, not only the page data, is cleared.
    expect([page.box('#ticket').value, page.box('#said').value, page.box('#next').value]).toEqual(['', '', '']);

    // A second save without typing is refused, and then nothing is visible in the box that it asks for.
    await page.click('#save');
    expect(page.text()).toContain('请写下对方说了什么');
    expect(stored()).toHaveLength(1);
    expect(page.box('#said').value).toBe('');

    await page.type('#said', '第二条');
    expect(page.box('#said').value).toBe('第二条');
    await page.click('#save');
    expect(page.text()).toContain('第二条');
    expect(stored()).toHaveLength(2);
    expect(page.box('#said').value).toBe('');
  });
});

describe('notes form details', () => {
  it('a picked reminder can be removed again, and the option is only there when one is set', async () => {
    const page = notes();
    expect(page.has('#clear-remind')).toBe(false);
    await page.emit('#picker-remind', 'change', { value: '2026-12-01' });
    expect(page.text()).toContain('2026-12-01');
    await page.click('#clear-remind');
    expect(page.text()).not.toContain('2026-12-01');
    expect(page.has('#clear-remind')).toBe(false);
  });

  it('the one required text field says so before anything is typed', () => {
    expect(notes().$('#said').dom.innerHTML).toContain('必填：对方的答复或处理结果');
  });
});
