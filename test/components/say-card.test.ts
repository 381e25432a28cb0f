/**
 * The "say this" card through its rendered WXML: type into the blanks the way
 * a user does, read the text on screen, tap copy, see what the clipboard got.
 */
import { render, Rendered, sleep } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

// The preview's built-in input/textarea are real DOM fields (simulate's are empty slots).
const { registerBuiltins } = require('../../scripts/preview/runtime/builtins') as { registerBuiltins(hooks: object): void };
registerBuiltins({});

useWxSpies();

const SAY = '我在{time}被骗转账{amount}元，收款方账号是{payee}，交易单号{txn}，请协助止付。';

function card(say = SAY, lang = 'zh'): Rendered {
  return render('pages/result/say-card/index', { say, lang });
}

function shown(c: Rendered): string {
  return (c.querySelector('#say-text')!.dom.textContent ?? '').trim();
}

async function open(c: Rendered): Promise<void> {
  if (c.querySelector('#blank-' + String((c.data.blanks as Array<{ key: string }>)[0]!.key))) return;
  c.querySelector('#say-fill')!.dispatchEvent('click');
  await sleep(0);
}

async function type(c: Rendered, blank: string, value: string): Promise<void> {
  await open(c);
  const field = c.querySelector(`#blank-${blank}`);
  if (!field) throw new Error(`no field for ${blank}`);
  const box = field.dom.querySelector('input, textarea') as HTMLInputElement | null;
  if (!box) throw new Error(`no text box for ${blank}`);
  box.value = value;
  box.dispatchEvent(new Event('input'));
  await sleep(0);
}

function spyClipboard(): jest.SpyInstance {
  return jest.spyOn(wx, 'setClipboardData').mockImplementation(((opts: { success?: () => void }) => {
    opts.success?.();
  }) as never);
}

describe('say-card', () => {
  it('shows the text with the blanks by their label, and a labelled field for each on request', async () => {
    const c = card();
    expect(shown(c)).toBe('我在【时间】被骗转账【金额】元，收款方账号是【收款方】，交易单号【交易单号】，请协助止付。');
    expect(c.dom.textContent).toContain('可以这样说');
    expect(c.querySelector('#blank-time')).toBeFalsy();
    c.querySelector('#say-fill')!.dispatchEvent('click');
    await sleep(0);
    expect(['time', 'amount', 'payee', 'txn'].map((k) => !!c.querySelector(`#blank-${k}`))).toEqual([true, true, true, true]);
    expect((c.querySelector('#blank-amount')!.data as { label: string }).label).toBe('金额');
  });

  it('keeps what was typed when the fields are closed and opened again', async () => {
    const c = card();
    await type(c, 'amount', '3000');
    c.querySelector('#say-fill')!.dispatchEvent('click');
    await sleep(0);
    expect(c.querySelector('#blank-amount')).toBeFalsy();
    expect(shown(c)).toContain('转账3000元');
    c.querySelector('#say-fill')!.dispatchEvent('click');
    await sleep(0);
    const box = c.querySelector('#blank-amount')!.dom.querySelector('input') as HTMLInputElement;
    expect(box.value).toBe('3000');
  });

  it('has no fill button when the text has no blanks', () => {
    const c = card('请转人工客服。');
    expect(c.querySelector('#say-fill')).toBeFalsy();
    expect(shown(c)).toBe('请转人工客服。');
  });

  it('fills in what is typed, masking a mobile number on screen', async () => {
    const c = card();
    await type(c, 'amount', '3000');
    await type(c, 'payee', '13800138000');
    expect(shown(c)).toBe('我在【时间】被骗转账3000元，收款方账号是*******8000，交易单号【交易单号】，请协助止付。');
    expect(c.dom.textContent).not.toContain('13800138000');
  });

  it('copies what was typed, in full, and says so', async () => {
    const clip = spyClipboard();
    const c = card();
    await type(c, 'time', '12月1日 20:00');
    await type(c, 'amount', '3000');
    await type(c, 'payee', '6222 0210 0112 3456 789');
    await type(c, 'txn', '4200001234202612011234567890');
    expect(shown(c)).not.toContain('0112 3456');
    c.querySelector('#say-copy')!.dispatchEvent('click');
    await sleep(0);
    expect(clip).toHaveBeenCalledTimes(1);
    expect(clip.mock.calls[0][0]).toMatchObject({
      data: '我在12月1日 20:00被骗转账3000元，收款方账号是6222 0210 0112 3456 789，交易单号4200001234202612011234567890，请协助止付。',
    });
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已复制，可以粘贴给客服' }));
    // The note on masking and copying sits with the fields.
    expect(c.dom.textContent).toContain('复制的文字保留你填写的完整内容');
  });

  it('copies the unfilled blanks by their label, so a half-filled text is noticed', async () => {
    const clip = spyClipboard();
    const c = card('转账{amount}元');
    c.querySelector('#say-copy')!.dispatchEvent('click');
    await sleep(0);
    expect(clip.mock.calls[0][0]).toMatchObject({ data: '转账【金额】元' });
  });

  it('stores nothing', async () => {
    const set = jest.spyOn(wx, 'setStorageSync');
    const c = card();
    await type(c, 'payee', '13800138000');
    expect(set).not.toHaveBeenCalled();
  });

  it('speaks English', () => {
    const c = card('I paid {amount} to {payee}.', 'en');
    expect(shown(c)).toBe('I paid [amount] to [payee].');
    expect(c.dom.textContent).toContain('Copy this text');
  });
});
