/**
 * The flow page with a long option list (a category's concrete problems:
 * nine and "not sure"): every option shows its label and hint, the list is set
 * tighter, and each option stays a labelled radio with its own path.
 */
import { render, text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

const OPTIONS = Array.from({ length: 10 }, (_, i) => ({
  id: `p${i}`,
  label: `问题 ${i}`,
  hint: `说明 ${i}：比如什么情况下会遇到`,
  selected: false,
  recommended: false,
  path: `/pages/flow/index?v=1&problem=payment&x=${i}`,
}));

function flow() {
  const page = render('pages/flow/index');
  page.instance.onLoad({ v: '1', problem: 'payment' });
  return page;
}

describe('flow page with a long option list', () => {
  it('shows every option with its hint, in a tighter list', () => {
    const page = flow();
    const view = page.data.view as Record<string, unknown>;
    page.setData({ view: { ...view, options: OPTIONS } });
    const shown = text(page);
    for (const o of OPTIONS) {
      expect(shown).toContain(o.label);
      expect(shown).toContain(o.hint);
    }
    expect(page.dom.innerHTML).toMatch(/class="[^"]*options--long/);
  });

  it('keeps the short list as it was', () => {
    expect(flow().dom.innerHTML).not.toMatch(/options--long/);
  });

  it('each option opens its own path', async () => {
    const page = flow();
    const view = page.data.view as Record<string, unknown>;
    page.setData({ view: { ...view, options: OPTIONS } });
    page.querySelector('#option-p8')!.dispatchEvent('tap');
    await new Promise((r) => setTimeout(r, 0));
    expect(wxs().lastUrl()).toContain('x=8');
  });
});
