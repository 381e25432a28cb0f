/** Editing a note, and storage failures, through the rendered notes page. */
import { render, sleep, text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

// The preview's built-in input/textarea are real DOM fields, so these tests type and read what is on screen.

const { registerBuiltins } = require('../../scripts/preview/runtime/builtins') as { registerBuiltins(hooks: object): void };
registerBuiltins({});

const wxs = useWxSpies();

function notes(query: Record<string, string> = { v: '1' }) {
  const page = render('pages/notes/index');
  page.instance.onLoad(query);
  return page;
}
type Page = ReturnType<typeof notes>;

function box(page: Page, id: string): HTMLInputElement | HTMLTextAreaElement {
  const el = page.querySelector(`#${id}`)!.dom.querySelector('input, textarea');
  if (!el) throw new Error(`no text box in #${id}`);
  return el as HTMLInputElement | HTMLTextAreaElement;
}

async function type(page: Page, id: string, value: string) {
  const el = box(page, id);
  el.value = value;
  el.dispatchEvent(new Event('input'));
  await sleep(0);
}

async function tap(page: Page, selector: string) {
  const el = page.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  el.dispatchEvent('click');
  await sleep(0);
}

const noteKeys = () => [...wxs().storage.keys()].filter((k) => k.startsWith('wsn:note:'));
const noteIds = (page: Page) => (page.data.cases as Array<{ contacts: Array<{ id: string }> }>).flatMap((c) => c.contacts.map((n) => n.id));

describe('editing a note', () => {
  it('the edit button fills the form with the note as typed; saving changes it in place', async () => {
    const page = notes({ v: '1', channel: 'kf-web' });
    await type(page, 'ticket', 'T-1');
    await type(page, 'said', '让我等三天，卡号 6222 0212 3456 7890 123');
    await type(page, 'next', '周五再问');
    await tap(page, '#save');
    const [id] = noteIds(page);
    expect(text(page)).not.toContain('6222 0212');

    await tap(page, `#edit-${id}`);
    expect(text(page)).toContain('修改这条记录');
    expect(text(page)).toContain('保存修改');
    // The form holds what was typed (the user's own text), not the masked view.
    expect([box(page, 'ticket').value, box(page, 'said').value, box(page, 'next').value]).toEqual([
      'T-1',
      '让我等三天，卡号 6222 0212 3456 7890 123',
      '周五再问',
    ]);
    expect(text(page)).toContain('联系的渠道腾讯客服网站 kf.qq.com');

    await type(page, 'said', '已经退款了');
    await type(page, 'next', '');
    await tap(page, '#save');
    expect(text(page)).toContain('已经退款了');
    expect(text(page)).not.toContain('让我等三天');
    expect(text(page)).not.toContain('周五再问');
    // Same note, same key: updated in place, not added again.
    expect(noteIds(page)).toEqual([id]);
    expect(noteKeys()).toEqual([`wsn:note:${id}`]);
    expect(JSON.parse(wxs().storage.get(`wsn:note:${id}`) as string)).toEqual(expect.objectContaining({ id, said: '已经退款了', ticket: 'T-1', next: '' }));
    // Back to adding: the form is empty and says so.
    expect(text(page)).toContain('新增一条记录');
    expect(box(page, 'said').value).toBe('');
    expect(page.querySelector('#cancel-edit')).toBeFalsy();
  });

  it('cancelling an edit leaves the note as it was and empties the form', async () => {
    const page = notes({ v: '1', channel: 'kf-web' });
    await type(page, 'said', '原来的');
    await tap(page, '#save');
    const [id] = noteIds(page);
    await tap(page, `#edit-${id}`);
    await type(page, 'said', '改了一半');
    await tap(page, '#cancel-edit');
    expect(box(page, 'said').value).toBe('');
    expect(text(page)).toContain('原来的');
    expect(JSON.parse(wxs().storage.get(`wsn:note:${id}`) as string).said).toBe('原来的');
  });

  it('an edit that cannot be saved keeps what was typed and the stored note', async () => {
    const page = notes({ v: '1', channel: 'kf-web' });
    await type(page, 'said', '存好的');
    await tap(page, '#save');
    const [id] = noteIds(page);
    await tap(page, `#edit-${id}`);
    await type(page, 'said', '新的说法');
    jest.spyOn(wx, 'setStorageSync').mockImplementation(() => {
      throw null;
    });
    await tap(page, '#save');
    expect(text(page)).toContain('没能保存：手机存储出了问题');
    expect(box(page, 'said').value).toBe('新的说法');
    expect(text(page)).toContain('保存修改');
    expect(JSON.parse(wxs().storage.get(`wsn:note:${id}`) as string).said).toBe('存好的');
  });

  it('an old-format note shown from the old array can be edited too', async () => {
    wxs().storage.set('wsn:notes', JSON.stringify([{ id: 1, channelId: 'phone', time: '2026-01-02T03:04:05Z', content: '旧记录' }]));
    const page = notes();
    const [id] = noteIds(page);
    await tap(page, `#edit-${id}`);
    expect(box(page, 'said').value).toBe('旧记录');
    await type(page, 'said', '旧记录，补充了工单号');
    await type(page, 'ticket', 'A9');
    await tap(page, '#save');
    expect(text(page)).toContain('旧记录，补充了工单号');
    expect(noteIds(page)).toHaveLength(1);
  });
});

describe('storage failures on the page', () => {
  it.each([[null], [undefined], ['x']])('a save whose storage call throws %p says so and keeps the typing', async (thrown) => {
    const page = notes({ v: '1', channel: 'kf-web' });
    await type(page, 'said', '要我重新提交');
    jest.spyOn(wx, 'setStorageSync').mockImplementation(() => {
      throw thrown;
    });
    await tap(page, '#save');
    expect(text(page)).toContain('没能保存：手机存储出了问题');
    expect(box(page, 'said').value).toBe('要我重新提交');
    expect(noteKeys()).toEqual([]);
  });

  it('a delete that fails says so and keeps the note', async () => {
    const page = notes({ v: '1', channel: 'kf-web' });
    await type(page, 'said', '删不掉');
    await tap(page, '#save');
    const [id] = noteIds(page);
    jest.spyOn(wx, 'showModal').mockImplementation(((o: { success?: (r: { confirm: boolean }) => void }) => o.success?.({ confirm: true })) as never);
    jest.spyOn(wx, 'setStorageSync').mockImplementation(() => {
      throw undefined;
    });
    await tap(page, `#delete-${id}`);
    expect(text(page)).toContain('没能删除');
    expect(text(page)).toContain('删不掉');
  });

  it('notes that cannot be read right now are reported, and nothing is overwritten', () => {
    wxs().storage.set('wsn:notes:index', JSON.stringify(['a']));
    wxs().storage.set('wsn:note:a', JSON.stringify({ channel: 'phone', at: '2026-11-29 10:30', said: '在的' }));
    jest.spyOn(wx, 'getStorageSync').mockImplementation(() => {
      throw null;
    });
    const set = jest.spyOn(wx, 'setStorageSync');
    expect(text(notes())).toContain('有些记录暂时读不出来');
    expect(set).not.toHaveBeenCalledWith('wsn:notes:index', expect.anything());
  });

  it('old notes not yet copied because storage is full are shown, with a note saying so', () => {
    wxs().storage.set('wsn:notes', JSON.stringify([{ channelId: 'phone', time: '2026-01-02T03:04:05Z', content: '还在旧格式里' }]));
    jest.spyOn(wx, 'setStorageSync').mockImplementation(() => {
      throw { errMsg: 'setStorageSync:fail exceed storage max size 10MB' };
    });
    const shown = text(notes());
    expect(shown).toContain('还在旧格式里');
    expect(shown).toContain('旧版本的 1 条记录还没有转存');
  });
});
