import { render, sleep, text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

// The preview's built-in input/textarea are real DOM fields (simulate's are empty slots), so these tests
// type and read what is on screen the way a user does.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { registerBuiltins } = require('../../scripts/preview/runtime/builtins') as { registerBuiltins(hooks: object): void };
registerBuiltins({});

const wxs = useWxSpies();

function notes(query: Record<string, string> = { v: '1' }) {
  const page = render('pages/notes/index');
  page.instance.onLoad(query);
  return page;
}

function fill(page: ReturnType<typeof notes>, fields: Record<string, string>) {
  for (const [field, value] of Object.entries(fields)) page.instance.onField({ detail: value, currentTarget: { dataset: { field } } });
}

describe('notes page', () => {
  it('shows the empty state and the privacy note', () => {
    const shown = text(notes());
    expect(shown).toContain('还没有记录');
    expect(shown).toContain('只保留后 4 位');
  });

  it('a result’s "start a case" prefills the channel', () => {
    const page = notes({ v: '1', channel: 'pay-hotline', problem: 'payment' });
    expect(text(page)).toContain('微信支付客服热线 95017');
  });

  it('saving with missing fields explains what to fix and saves nothing', () => {
    const page = notes();
    expect(page.instance.onSave()).toBe(false);
    const shown = text(page);
    expect(shown).toContain('请选择联系的渠道');
    expect(shown).toContain('请写下对方说了什么');
    expect([...wxs().storage.keys()].filter((k) => k.startsWith('wsn:note:'))).toEqual([]);
  });

  it('saves a note, shows it masked, and exports masked text', async () => {
    const page = notes({ v: '1', channel: 'pay-hotline' });
    fill(page, { ticket: 'T-20261129', said: '让我提供卡号 4111 1111 1111 1111 核实', next: '等回电' });
    expect(page.instance.onSave()).toBe(true);
    const shown = text(page);
    expect(shown).toContain('T-20261129');
    expect(shown).toContain('************1111');
    expect(shown).not.toContain('4111 1111');
    const copy = jest.spyOn(wx, 'setClipboardData').mockImplementation(((o: { success?: () => void }) => o.success?.()) as never);
    page.querySelector('#export')!.dispatchEvent('click');
    await sleep(0);
    const exported = (copy.mock.calls[0][0] as { data: string }).data;
    expect(exported).toContain('微信支付客服热线 95017');
    expect(exported).not.toContain('4111 1111');
    // The note is really stored and comes back on the next visit.
    expect(text(notes())).toContain('等回电');
  });

  it('a full storage keeps what was typed and says so', () => {
    const page = notes({ v: '1', channel: 'kf-web' });
    fill(page, { said: '要我重新提交' });
    (wx.setStorageSync as unknown as jest.SpyInstance).mockImplementation(() => {
      throw { errMsg: 'setStorageSync:fail exceed storage max size 10MB' };
    });
    expect(page.instance.onSave()).toBe(false);
    expect(text(page)).toContain('手机存储空间已满');
    expect((page.data.form as { said: string }).said).toBe('要我重新提交');
  });

  it('deletes after confirming', async () => {
    const page = notes({ v: '1', channel: 'kf-web' });
    fill(page, { said: '删掉我' });
    page.instance.onSave();
    const id = (page.data.notes as Array<{ id: string }>)[0].id;
    jest.spyOn(wx, 'showModal').mockImplementation(((o: { success?: (r: { confirm: boolean }) => void }) => o.success?.({ confirm: true })) as never);
    page.querySelector(`#delete-${id}`)!.dispatchEvent('click');
    await sleep(0);
    expect(text(page)).toContain('还没有记录');
  });

  it('damaged storage is reported without hiding the good notes', () => {
    wxs().storage.set('wsn:notes:index', JSON.stringify(['good', 'bad']));
    wxs().storage.set('wsn:note:good', JSON.stringify({ channel: 'phone', at: '2026-11-29 10:30', said: '好的' }));
    wxs().storage.set('wsn:note:bad', '{oops');
    const shown = text(notes());
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
    ]) {
      const field = page.querySelector(`#${id}`)!.data as { label: string; placeholder: string; titleWidth: string };
      expect([field.label, field.placeholder]).toEqual([label, placeholder]);
      // A Chinese character is 1 em wide.
      expect(field.titleWidth).toMatch(/^\d+(\.\d+)?em$/);
      expect(parseFloat(field.titleWidth)).toBeGreaterThanOrEqual([...label].length + 0.5);
    }
    expect(text(page)).not.toContain('（选填）');
    // Screen readers still hear that the field is optional.
    expect(page.dom.innerHTML).toContain('aria-label="工单号（选填）"');
  });
});

describe('after saving', () => {
  /** The text box inside a van-field, as rendered on screen. */
  function box(page: ReturnType<typeof notes>, id: string): HTMLInputElement | HTMLTextAreaElement {
    const el = page.querySelector(`#${id}`)!.dom.querySelector('input, textarea');
    if (!el) throw new Error(`no text box in #${id}`);
    return el as HTMLInputElement | HTMLTextAreaElement;
  }

  /** Types into a field the way a user does: the box changes and fires `input`, Vant passes it on. */
  async function type(page: ReturnType<typeof notes>, id: string, value: string) {
    const el = box(page, id);
    el.value = value;
    el.dispatchEvent(new Event('input'));
    await sleep(0);
  }

  it('the boxes on screen are empty, and a second note can be saved', async () => {
    const page = notes({ v: '1', channel: 'kf-web' });
    await type(page, 'ticket', 'A1');
    await type(page, 'said', '第一条');
    await type(page, 'next', '明天再问');
    expect(page.instance.onSave()).toBe(true);
    await sleep(0);
    expect(text(page)).toContain('第一条');
    // What the user sees, not only the page data, is cleared.
    expect([box(page, 'ticket').value, box(page, 'said').value, box(page, 'next').value]).toEqual(['', '', '']);
    const form = page.data.form as { said: string; ticket: string; next: string };
    expect([form.ticket, form.said, form.next]).toEqual(['', '', '']);

    // A second save without typing is refused, and then nothing is visible in the box that it asks for.
    expect(page.instance.onSave()).toBe(false);
    expect(box(page, 'said').value).toBe('');

    await type(page, 'said', '第二条');
    expect(box(page, 'said').value).toBe('第二条');
    expect(page.instance.onSave()).toBe(true);
    await sleep(0);
    expect(text(page)).toContain('第二条');
    expect(box(page, 'said').value).toBe('');
  });
});

describe('notes form details', () => {
  it('a picked reminder can be removed again, and the option is only there when one is set', async () => {
    const page = notes();
    expect(page.querySelector('#clear-remind')).toBeFalsy();
    // A date that is never today's (the date field shows today's date).
    page.instance.onPicker({ detail: { value: '2031-05-20' }, currentTarget: { dataset: { field: 'remind' } } });
    expect(text(page)).toContain('2031-05-20');
    page.querySelector('#clear-remind')!.dispatchEvent('click');
    await sleep(0);
    expect((page.data.form as { remind: string }).remind).toBe('');
    expect(text(page)).not.toContain('2031-05-20');
    expect(page.querySelector('#clear-remind')).toBeFalsy();
  });

  it('the one required text field says so before anything is typed', () => {
    const field = notes().querySelector('#said')!;
    expect(field.dom.innerHTML).toContain('必填：对方的答复或处理结果');
  });
});
