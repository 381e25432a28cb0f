/**
 * Issue 14's path through the UI: result → 「开始记录这个问题」 → add contacts → the clock on the result page
 * → 「写投诉材料」 → the complaint text. Each page is opened through its rendered WXML; the next page is the one
 * whose path the previous page handed to the navigation mock, opened with that path's query.
 * Fixed clocks only (test/helpers/clock.ts): the contacts are made on 2026-11-20, the clock read on 11-25
 * and again on 12-06 (past 12300's 15 days).
 */
import { setClock } from '../helpers/clock';
import { openPage, OpenPage, PageName } from '../helpers/page';
import { contact } from '../helpers/notes';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

/** The page and query of the last navigation, e.g. `/pages/notes/index?case=x&add=1`. */
function lastTarget(): { page: PageName; query: Record<string, string> } {
  const url = wxs().lastUrl();
  const m = url ? /^\/pages\/([a-z]+)\/index(?:\?(.*))?$/.exec(url) : null;
  if (!m || !m[1]) throw new Error(`no page navigation: ${String(url)}`);
  const query: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split('&').filter(Boolean)) {
    const [k = '', v = ''] = pair.split('=');
    query[k] = decodeURIComponent(v);
  }
  return { page: m[1] as PageName, query };
}

/** Follows the navigation the last tap made. */
function follow(): OpenPage {
  const { page, query } = lastTarget();
  return openPage(page, query);
}

const BANNED_RESULT = { v: '1', problem: 'account-banned', region: 'mainland', need: 'any' };

describe('result → notebook → clock → complaint', () => {
  it('through the pages, the contacts typed into the notebook form', async () => {
    setClock('2026-11-20T10:00:00+08:00');
    const result = openPage('result', BANNED_RESULT);
    expect(result.has('#case')).toBe(false);
    await result.click('#start-case');
    const target = lastTarget();
    expect(target).toEqual({ page: 'notes', query: { case: 'account-banned', add: '1' } });
    const notes = follow();
    expect(notes.has('#save')).toBe(true);

    // The form opened for the case: two contacts typed in, filed under it (the case is preselected).
    expect(notes.$('#pick-case').dom.textContent).toContain('微信被封号了');
    await contact(notes, { channel: 'smart-assistant', date: '2026-11-20', time: '10:00', ticket: 'KF-2026-1120', said: '说会在 3 个工作日内回复' });
    await contact(notes, { channel: 'kf-web', date: '2026-11-22', time: '18:30', said: '身份证 110101199003077777，还是没人回复' });
    expect(notes.$('#case-account-banned').dom.textContent).toContain('说会在 3 个工作日内回复');

    // Five days on, the result shows the clock: 12300 opens on 12-05 if nobody answers.
    setClock('2026-11-25T10:00:00+08:00');
    const again = openPage('result', BANNED_RESULT);
    expect(again.$('#case').dom.textContent).toContain('如果到 12 月 5 日还没有答复，可以向 12300 申诉');

    // Past the 15 days: the clock says 12300 is open, and the complaint page writes to it.
    setClock('2026-12-06T10:00:00+08:00');
    const later = openPage('result', BANNED_RESULT);
    expect(later.$('#case').dom.textContent).toContain('你 11 月 20 日联系了微信客服，至今 16 天没有满意答复：现在可以向 12300 申诉');
    await later.click('#case-complaint');
    expect(lastTarget()).toEqual({ page: 'complaint', query: { case: 'account-banned' } });
    const complaint = follow();
    expect(complaint.$('#route-12300').dom.textContent).toContain('现在可以');
    await complaint.click('#route-12300');
    const text = complaint.$('#text').dom.textContent ?? '';
    expect(text).toContain('【电信用户申诉】');
    expect(text).toContain('致：工业和信息化部电信用户申诉受理中心（12300）');
    expect(text).toContain('提交方式：未确认');
    expect(text).toContain('1. 2026-11-20 10:00，通过「帮助与反馈（智能助手）」联系，工单号 KF-2026-1120。对方说：说会在 3 个工作日内回复。');
    expect(text).toContain('2. 2026-11-22 18:30，');
    expect(text).toContain('我的诉求：请求解除限制');
    expect(text).not.toContain('110101199003077777');
    expect(text).toContain('**************7777');
    const copy = jest.spyOn(wx, 'setClipboardData').mockImplementation(((o: { success?: () => void }) => o.success?.()) as never);
    await complaint.click('#copy');
    expect((copy.mock.calls[0]?.[0] as { data: string }).data).toBe(text);
  });
});
