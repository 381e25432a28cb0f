/**
 * DevTools' setData rules (anchors.md §5.1): at most 20 calls a second and 256 KB a call. Counted through
 * miniprogram-simulate on each page: every call of a load and of the main actions is recorded with its
 * size. A page makes at most 2 calls for one user action, so even typing at 10 keys a second stays within
 * 20 calls a second; and no call comes near 256 KB.
 */
import { openPage, OpenPage, PageName } from '../helpers/page';
import { useWxSpies } from '../helpers/wx';

useWxSpies();
jest.setTimeout(60_000);

const LIMIT_BYTES = 256 * 1024;
const calls: Array<{ where: string; bytes: number }> = [];

function record(page: OpenPage, where: string): void {
  const inst = page.instance as unknown as { setData: (d: Record<string, unknown>, cb?: () => void) => void };
  const original = inst.setData;
  inst.setData = function patched(this: unknown, d: Record<string, unknown>, cb?: () => void) {
    calls.push({ where, bytes: Buffer.byteLength(JSON.stringify(d)) });
    return original.call(this, d, cb);
  };
}

async function perAction(
  name: PageName,
  query: Record<string, string>,
  actions: Record<string, (p: OpenPage) => Promise<unknown>>,
): Promise<Record<string, number>> {
  const page = openPage(name, null);
  record(page, `${name} load`);
  page.instance.onLoad(query);
  const out: Record<string, number> = { load: calls.filter((c) => c.where === `${name} load`).length };
  for (const [label, act] of Object.entries(actions)) {
    record(page, `${name} ${label}`);
    await act(page);
    out[label] = calls.filter((c) => c.where === `${name} ${label}`).length;
  }
  return out;
}

describe('setData: at most 20 calls a second, 256 KB a call', () => {
  it('each load and each action makes at most 2 calls', async () => {
    const counts = {
      index: await perAction('index', {}, { search: (p) => p.emit('#search', 'change', '冻结'), care: (p) => p.emit('#care', 'change', true) }),
      flow: await perAction('flow', { v: '1', problem: 'payment' }, {}),
      result: await perAction(
        'result',
        { v: '1', problem: 'payment', urgent: 'no', region: 'mainland', need: 'any' },
        { tick: (p) => p.tap('#row-txn-screenshot') },
      ),
      verify: await perAction('verify', {}, { type: (p) => p.type('#input', '95017'), check: (p) => p.click('#check') }),
      notes: await perAction('notes', { v: '1', channel: 'pay-hotline' }, { type: (p) => p.type('#said', '回电'), save: (p) => p.click('#save') }),
      channels: await perAction('channels', {}, {}),
      channel: await perAction('channel', { v: '1', id: 'pay-hotline' }, {}),
    };
    const over = Object.entries(counts).flatMap(([page, c]) =>
      Object.entries(c)
        .filter(([, n]) => n > 2)
        .map(([a, n]) => `${page} ${a}: ${n} calls`),
    );
    expect(over).toEqual([]);
    // The counting works: the home search and a checklist tick each make one call.
    expect(counts.index.search).toBe(1);
    expect(counts.result.tick).toBe(1);
  });

  it('no call is larger than 256 KB (the largest is far below)', () => {
    expect(calls.length).toBeGreaterThan(8);
    const largest = calls.reduce((a, c) => (c.bytes > a.bytes ? c : a));
    expect(largest.bytes).toBeLessThan(LIMIT_BYTES);
    process.stdout.write(`\nsetData: ${calls.length} calls, largest ${largest.bytes} B (${largest.where})\n`);
  });
});
