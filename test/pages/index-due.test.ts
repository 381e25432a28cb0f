/** Home's 「有 N 件事该跟进了」 (issue 14): counted from the notebook's schedule at a fixed clock. */
import { setClock } from '../helpers/clock';
import { openPage } from '../helpers/page';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies(() => {
  jest.spyOn(wx, 'pageScrollTo').mockImplementation((() => undefined) as never);
});

/** Stores notes as the notebook does, then opens the notebook once (it writes the schedule). */
function notebookWith(notes: Array<Record<string, unknown>>) {
  wxs().storage.set('wsn:notes:index', JSON.stringify(notes.map((_, i) => `n${i}`)));
  notes.forEach((n, i) => wxs().storage.set(`wsn:note:n${i}`, JSON.stringify({ v: 1, id: `n${i}`, ticket: '', next: '', remind: '', createdAt: i, ...n })));
  openPage('notes', { v: '1' });
}
const home = () => openPage('index', {});

describe('home: follow-ups due', () => {
  it('nothing stored: no banner', () => {
    const page = home();
    expect(page.has('#due-banner')).toBe(false);
    expect(page.text()).not.toContain('该跟进了');
  });

  it('nothing due yet: no banner', () => {
    notebookWith([{ channel: 'kf-web', concrete: 'need-human', at: '2026-11-24 10:00', said: '等回复' }]);
    expect(home().has('#due-banner')).toBe(false);
  });

  it('one due: 「有 1 件事该跟进了」, with its label, opening the notebook', async () => {
    notebookWith([{ channel: 'kf-web', concrete: 'need-human', at: '2026-11-05 10:00', said: '没下文' }]);
    const page = home();
    expect(page.$('#due-banner').dom.textContent).toContain('有 1 件事该跟进了');
    expect(page.dom.innerHTML).toContain('aria-label="有 1 件事该跟进了，打开我的联系记录"');
    await page.tap('#due-banner');
    expect(wxs().lastUrl()).toBe('/pages/notes/index?v=1');
  });

  it('two due: a case past 15 days and a reminder that has come', () => {
    notebookWith([
      { channel: 'kf-web', concrete: 'need-human', at: '2026-11-05 10:00', said: '没下文' },
      { channel: 'pay-hotline', concrete: 'auto-renew', at: '2026-11-24 10:00', said: '让我等', remind: '2026-11-25' },
    ]);
    expect(home().$('#due-banner').dom.textContent).toContain('有 2 件事该跟进了');
  });

  it('counts what came due since the notebook was last opened', () => {
    // Complained to a merchant on 11-24: 12315 is open at once (1); two days later the reply is overdue and
    // WeChat Pay can step in (3), without opening the notebook again.
    notebookWith([{ channel: 'pay-hotline', concrete: 'merchant-refund', kind: 'merchant-complaint', at: '2026-11-24 09:00', said: '投诉了' }]);
    expect(home().$('#due-banner').dom.textContent).toContain('有 1 件事该跟进了');
    setClock('2026-11-27T10:00:00+08:00');
    expect(home().$('#due-banner').dom.textContent).toContain('有 3 件事该跟进了');
  });

  it('coming back from the notebook updates the count', () => {
    const page = home();
    expect(page.has('#due-banner')).toBe(false);
    notebookWith([{ channel: 'kf-web', concrete: 'need-human', at: '2026-11-05 10:00', said: '没下文' }]);
    page.show();
    expect(page.$('#due-banner').dom.textContent).toContain('有 1 件事该跟进了');
  });

  it('in English', () => {
    notebookWith([{ channel: 'kf-web', concrete: 'need-human', at: '2026-11-05 10:00', said: 'x' }]);
    wxs().storage.set('wsn:lang', JSON.stringify('en'));
    expect(home().$('#due-banner').dom.textContent).toContain('1 thing to follow up');
  });

  it('broken storage: home opens as usual, without a banner', () => {
    notebookWith([{ channel: 'kf-web', concrete: 'need-human', at: '2026-11-05 10:00', said: '没下文' }]);
    jest.spyOn(wx, 'getStorageSync').mockImplementation(() => {
      throw null;
    });
    const page = home();
    expect(page.has('#due-banner')).toBe(false);
    expect(page.text()).toContain('一步步帮我选渠道');
  });

  it.each([['{oops'], [JSON.stringify({ v: 1, steps: 'x', remind: [] })], [JSON.stringify([1, 2])]])('a damaged schedule %p counts nothing', (raw) => {
    wxs().storage.set('wsn:notes:due', raw);
    const page = home();
    expect(page.has('#due-banner')).toBe(false);
    expect(page.text()).toContain('一步步帮我选渠道');
  });
});
