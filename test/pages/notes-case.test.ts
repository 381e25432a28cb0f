/**
 * The notebook as cases (issue 14) through the rendered page: the case form, contacts grouped by problem, the
 * follow-up clock's lines at a fixed clock, the due list, the complaint link, `?case=<key>&add=1`.
 */
import { setClock } from '../helpers/clock';
import { openPage } from '../helpers/page';
import { contact, pick } from '../helpers/notes';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies(() => {
  jest.spyOn(wx, 'pageScrollTo').mockImplementation((() => undefined) as never);
});

const notes = (query: Record<string, string> = { v: '1' }) => openPage('notes', query);
const storedNotes = () =>
  [...wxs().storage.keys()].filter((k) => k.startsWith('wsn:note:')).map((k) => JSON.parse(wxs().storage.get(k) as string) as Record<string, unknown>);
const scrolls = () => (wx.pageScrollTo as unknown as jest.SpyInstance).mock.calls.map((c) => (c[0] as { selector: string }).selector);

describe('?case=<key>&add=1 (the result page’s 「开始记录这个问题」)', () => {
  it('opens the form on that case and scrolls to it; the contact is saved in that case', async () => {
    const page = notes({ case: 'need-human', add: '1' });
    expect(page.$('#pick-case').dom.textContent).toContain('其他 · 我想找真人客服');
    expect(scrolls()).toEqual(['#form-title']);
    await contact(page, { channel: 'kf-web', date: '2026-11-05', said: '说会转人工', ticket: 'KF-778812' });
    expect(storedNotes()).toEqual([expect.objectContaining({ concrete: 'need-human', problem: 'other', channel: 'kf-web', at: '2026-11-05 10:00' })]);
    const card = page.$('#case-need-human').dom.textContent ?? '';
    expect(card).toContain('我想找真人客服');
    expect(card).toContain('KF-778812');
    expect(card).toContain('微信 / 腾讯客服 · 还没答复');
    // 20 days after contacting WeChat (test clock: 2026-11-25 10:00 Beijing): 12300 is open, for two years.
    expect(card).toContain('现在可以做');
    expect(card).toContain('你 11 月 5 日联系了微信客服，至今 20 天没有满意答复：现在可以向 12300 申诉（2028 年 11 月 5 日前）');
  });

  it('a category key preselects the category; without add the page does not scroll', () => {
    const page = notes({ case: 'payment' });
    expect(page.$('#pick-case').dom.textContent).toContain('支付转账 · 其他情况');
    expect(scrolls()).toEqual([]);
  });

  it.each([['bogus'], ['13800138000'], ['']])('a bad case %p says so and shows the normal notebook', async (bad) => {
    wxs().storage.set('wsn:notes:index', JSON.stringify(['a']));
    wxs().storage.set('wsn:note:a', JSON.stringify({ channel: 'phone', at: '2026-11-20 10:30', said: '好的' }));
    const page = notes({ case: bad, add: '1' });
    expect(page.text()).toContain('链接里的问题无法识别，下面是你的全部记录。');
    expect(page.text()).toContain('好的');
    expect(page.$('#pick-case').dom.textContent).toContain('未归类');
    expect(scrolls()).toEqual([]);
  });

  it('the old query still works next to it', () => {
    const page = notes({ v: '1', channel: 'pay-hotline', problem: 'payment' });
    expect(page.$('#pick-channel').dom.textContent).toContain('微信支付客服热线 95017');
    expect(page.$('#pick-case').dom.textContent).toContain('支付转账 · 其他情况');
  });
});

describe('the case form', () => {
  it('「联系的是谁」 follows the channel until picked, and the outcome is a choice with its state for screen readers', async () => {
    const page = notes({ v: '1', channel: 'pay-hotline' });
    expect(page.$('#pick-kind').dom.textContent).toContain('微信支付（财付通）（按渠道）');
    await pick(page, '#picker-channel', 'kf-web', 'channels');
    expect(page.$('#pick-kind').dom.textContent).toContain('微信 / 腾讯客服（按渠道）');
    await pick(page, '#picker-kind', '12315', 'kinds');
    expect(page.$('#pick-kind').dom.textContent).toContain('12315（市场监管）');
    expect(page.$('#pick-kind').dom.textContent).not.toContain('按渠道');
    expect(page.$('#outcome-none').dom.getAttribute('aria-checked')).toBe('true');
    await page.tap('#outcome-refused');
    expect(page.$('#outcome-refused').dom.getAttribute('aria-checked')).toBe('true');
    expect(page.$('#outcome-none').dom.getAttribute('aria-checked')).toBe('false');
    expect(page.$('#outcome-refused').dom.getAttribute('aria-label')).toBe('结果 被拒绝');
    expect(page.dom.innerHTML).toContain('aria-label="联系的是谁 12315（市场监管）"');
  });

  it('a validation error keeps everything picked and typed', async () => {
    const page = notes();
    await pick(page, '#picker-case', 'merchant-refund', 'caseOptions');
    await pick(page, '#picker-kind', 'merchant-complaint', 'kinds');
    await page.tap('#outcome-unhappy');
    await page.type('#ticket', 'T-9');
    await page.click('#save');
    expect(page.text()).toContain('请选择联系的渠道');
    expect(page.$('#pick-case').dom.textContent).toContain('商家不给退款');
    expect(page.$('#pick-kind').dom.textContent).toContain('商家（微信支付投诉）');
    expect(page.$('#outcome-unhappy').dom.getAttribute('aria-checked')).toBe('true');
    expect(page.box('#ticket').value).toBe('T-9');
    expect(storedNotes()).toEqual([]);
  });

  it('saves who and the outcome; editing shows them again and keeps the case', async () => {
    const page = notes();
    await contact(page, {
      caseKey: 'merchant-refund',
      channel: 'pay-hotline',
      kind: 'merchant-complaint',
      outcome: 'refused',
      date: '2026-11-24',
      said: '商家说不退',
    });
    const [saved] = storedNotes();
    expect(saved).toEqual(expect.objectContaining({ concrete: 'merchant-refund', problem: 'payment', kind: 'merchant-complaint', outcome: 'refused' }));
    // After a save the case stays picked, the outcome goes back to 「还没答复」.
    expect(page.$('#pick-case').dom.textContent).toContain('商家不给退款');
    expect(page.$('#outcome-none').dom.getAttribute('aria-checked')).toBe('true');
    await page.click(`#edit-${saved!.id as string}`);
    expect(page.$('#pick-kind').dom.textContent).toContain('商家（微信支付投诉）');
    expect(page.$('#outcome-refused').dom.getAttribute('aria-checked')).toBe('true');
    await page.tap('#outcome-resolved');
    await page.click('#save');
    expect(storedNotes()).toEqual([expect.objectContaining({ id: saved!.id, concrete: 'merchant-refund', outcome: 'resolved' })]);
    expect(page.$('#case-merchant-refund').dom.textContent).toContain('商家（微信支付投诉） · 已解决');
  });
});

describe('cases and the clock', () => {
  it('groups contacts by problem, latest case first, 未归类 last, each with its clock', async () => {
    const page = notes();
    await contact(page, { caseKey: 'need-human', channel: 'kf-web', date: '2026-11-05', said: '一' });
    await contact(page, { caseKey: 'merchant-refund', channel: 'pay-hotline', kind: 'merchant-complaint', date: '2026-11-24', time: '09:00', said: '二' });
    await contact(page, { caseKey: 'none', channel: 'phone', date: '2026-11-25', said: '三' });
    await contact(page, { caseKey: 'need-human', channel: 'smart-assistant', date: '2026-11-10', said: '四' });
    const cards = page.querySelectorAll('.case') as unknown as Array<{ dom: HTMLElement }>;
    const heads = cards.map((c) => (c.dom.textContent ?? '').replace(/\s+/g, ''));
    expect(heads).toHaveLength(3);
    ['商家不给退款1 次联系', '我想找真人客服2 次联系', '未归类1 次联系'].forEach((head, i) =>
      expect(heads[i]?.startsWith(head.replace(/\s+/g, ''))).toBe(true),
    );
    expect(page.$('#case-need-human').dom.textContent).toContain('2 次联系');
    const merchant = page.$('#case-merchant-refund').dom.textContent ?? '';
    // Complained to the merchant on 11-24: reply due by the end of the next day, resolved by the third.
    expect(merchant).toContain('等待中商家应在 11 月 25 日 24:00 前回复');
    expect(merchant).toContain('商家应在 11 月 27 日 24:00 前处理完');
    // A date in another year says its year.
    expect(merchant).toContain('现在可以做可以向 12315 投诉商家（2029 年 11 月 24 日前）');
    // Unfiled contacts have their clock too.
    expect(page.$('#case-none').dom.textContent).toContain('等待中如果到 12 月 10 日还没有答复，可以向 12300 申诉');
  });

  it('two days later the merchant is late: overdue, and WeChat Pay can step in; on top as due', async () => {
    const page = notes();
    await contact(page, { caseKey: 'merchant-refund', channel: 'pay-hotline', kind: 'merchant-complaint', date: '2026-11-24', time: '09:00', said: '投诉了' });
    setClock('2026-11-27T10:00:00+08:00');
    const later = notes();
    const merchant = later.$('#case-merchant-refund').dom.textContent ?? '';
    expect(merchant).toContain('已超时商家应在 1 天内回复，已过 3 天');
    expect(merchant).toContain('现在可以做商家应在 1 天内回复，已过 3 天：可以申请微信支付介入');
    const due = later.$('#due').dom.textContent ?? '';
    expect(due).toContain('该跟进了');
    expect(due).toContain('商家不给退款：商家应在 1 天内回复，已过 3 天：可以申请微信支付介入');
    // The due list comes before the cases.
    expect(later.text().indexOf('该跟进了')).toBeLessThan(later.text().indexOf('1 次联系'));
  });

  it('a due line scrolls to its case; a reminder that has come is due too', async () => {
    const page = notes();
    await page.emit('#picker-remind', 'change', { value: '2026-11-25' });
    await contact(page, { caseKey: 'auto-renew', channel: 'pay-hotline', date: '2026-11-20', said: '让我等', ticket: '' });
    const reopened = notes();
    expect(reopened.$('#due-0').dom.textContent).toContain('取消自动续费 / 免密支付：到提醒日期了：微信支付客服热线 95017');
    expect(reopened.$('#due-0').dom.getAttribute('aria-label')).toContain('查看这个问题：取消自动续费 / 免密支付');
    await reopened.tap('#due-0');
    expect(scrolls()).toEqual(['#case-auto-renew']);
  });

  it('nothing due: no due list', async () => {
    const page = notes();
    await contact(page, { caseKey: 'need-human', channel: 'kf-web', date: '2026-11-24', said: '刚联系' });
    expect(page.has('#due')).toBe(false);
    expect(page.$('#case-need-human').dom.textContent).toContain('等待中如果到 12 月 9 日还没有答复，可以向 12300 申诉');
  });

  it('「请家人帮忙看看」 shares the case’s next step and date, and nothing typed into the notes', async () => {
    const page = notes();
    await contact(page, {
      caseKey: 'merchant-refund',
      channel: 'pay-hotline',
      kind: 'merchant-complaint',
      date: '2026-11-24',
      time: '09:00',
      ticket: 'T-13800138000',
      said: '身份证 110101199003077777',
    });
    const button = page.$('#share-merchant-refund').dom;
    expect(button.getAttribute('open-type') ?? button.outerHTML).toContain('share');
    expect(button.textContent).toContain('请家人帮忙看看');
    expect(button.getAttribute('aria-label')).toBe('请家人帮忙看看 商家不给退款');
    const shared = page.instance.onShareAppMessage({ from: 'button', target: { dataset: { case: 'merchant-refund' } } }) as { title: string; path: string };
    expect(shared).toEqual({ title: '帮我看看这件事下一步怎么做', path: '/pages/follow/index?v=1&case=merchant-refund&step=merchant-reply&by=2026-11-25' });
    expect(JSON.stringify(shared)).not.toMatch(/13800138000|110101199003077777|T-/);
    // The menu's own share (not the button) and an unknown case share home.
    expect((page.instance.onShareAppMessage({ from: 'menu' }) as { path: string }).path).toBe('/pages/index/index?v=1');
    expect((page.instance.onShareAppMessage({ from: 'button', target: { dataset: { case: 'nope' } } }) as { path: string }).path).toBe(
      '/pages/index/index?v=1',
    );
  });

  it('each case has 「写投诉材料」, opening the complaint page for that case', async () => {
    const page = notes();
    await contact(page, { caseKey: 'merchant-refund', channel: 'pay-hotline', date: '2026-11-24', said: '二' });
    expect(page.$('#complaint-merchant-refund').dom.innerHTML).toContain('aria-label="写投诉材料 商家不给退款"');
    await page.click('#complaint-merchant-refund');
    expect(wxs().navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/complaint/index?case=merchant-refund' }));
  });

  it('the notebook writes the schedule home counts from, but not after a read that missed notes', async () => {
    const page = notes();
    await contact(page, { caseKey: 'need-human', channel: 'kf-web', date: '2026-11-05', said: '一' });
    // 12300 is open now (1), until two years after the first contact (0).
    expect(JSON.parse(wxs().storage.get('wsn:notes:due') as string)).toEqual({
      v: 1,
      steps: [
        [Date.now(), 1],
        [Date.UTC(2028, 10, 5, 16), 0],
      ],
      remind: [],
    });
    wxs().storage.delete('wsn:notes:due');
    jest.spyOn(wx, 'getStorageSync').mockImplementation(() => {
      throw null;
    });
    notes();
    expect(wxs().storage.has('wsn:notes:due')).toBe(false);
  });
});
