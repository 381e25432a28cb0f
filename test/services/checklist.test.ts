/**
 * Checklist ticks in storage (services/checklist.ts) with the wx storage mock: v1 arrays are read in the new
 * ids and upgraded to `{ v: 2, ids }` only when the upgrade is written and reads back unchanged; anything else
 * stored is left alone, and nothing throws.
 */
import fc from 'fast-check';
import { v1Layout } from '../../miniprogram/core/checklist';
import { loadTicks, saveTicks } from '../../miniprogram/services/checklist';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();
const RESULT = '1r.payment.n.m.a';
const KEY = `wsn:checklist:${RESULT}`;
const PAY = v1Layout('payment', 'pay-hotline');
const stored = (): unknown => JSON.parse(wxs().storage.get(KEY) as string);
const setSpy = (): jest.SpyInstance => wx.setStorageSync as unknown as jest.SpyInstance;
const getSpy = (): jest.SpyInstance => wx.getStorageSync as unknown as jest.SpyInstance;

describe('checklist storage', () => {
  it('saves ticks as { v: 2, ids } and reads them back without writing', () => {
    expect(saveTicks(RESULT, ['txn-screenshot', 'linked-phone'])).toEqual({ ok: true, full: false });
    expect(stored()).toEqual({ v: 2, ids: ['txn-screenshot', 'linked-phone'] });
    setSpy().mockClear();
    expect(loadTicks(RESULT, PAY)).toEqual(['txn-screenshot', 'linked-phone']);
    expect(setSpy()).not.toHaveBeenCalled();
  });

  it('nothing stored: nothing ticked, nothing written', () => {
    expect(loadTicks(RESULT, PAY)).toEqual([]);
    expect(setSpy()).not.toHaveBeenCalled();
  });

  it('a v1 array of positions comes back in the new ids and is upgraded: written, then read back', () => {
    wxs().storage.set(KEY, JSON.stringify(['m0', 'm2']));
    const order: string[] = [];
    setSpy().mockImplementation((key: string, value: unknown) => {
      order.push(`set ${String(value)}`);
      wxs().storage.set(key, value);
    });
    getSpy().mockImplementation((key: string) => {
      order.push('get');
      return wxs().storage.has(key) ? wxs().storage.get(key) : '';
    });
    expect(loadTicks(RESULT, PAY)).toEqual(['txn-screenshot', 'linked-phone']);
    expect(stored()).toEqual({ v: 2, ids: ['txn-screenshot', 'linked-phone'] });
    expect(order).toEqual(['get', 'set {"v":2,"ids":["txn-screenshot","linked-phone"]}', 'get']);
    // The next read is a plain v2 read.
    setSpy().mockClear();
    expect(loadTicks(RESULT, PAY)).toEqual(['txn-screenshot', 'linked-phone']);
    expect(setSpy()).not.toHaveBeenCalled();
  });

  it('a v1 array of a concrete problem’s own ids keeps them', () => {
    wxs().storage.set('wsn:checklist:1r.wrong-transfer.-.m.a', JSON.stringify(['transfer-record', 'payee-profile']));
    expect(loadTicks('1r.wrong-transfer.-.m.a', [])).toEqual(['transfer-record', 'payee-profile']);
    expect(JSON.parse(wxs().storage.get('wsn:checklist:1r.wrong-transfer.-.m.a') as string)).toEqual({ v: 2, ids: ['transfer-record', 'payee-profile'] });
  });

  it('a full storage: the old array stays as it was, the ticks still show', () => {
    wxs().storage.set(KEY, JSON.stringify(['m1']));
    setSpy().mockImplementation(() => {
      throw { errMsg: 'setStorageSync:fail exceed storage max size 10MB' };
    });
    expect(loadTicks(RESULT, PAY)).toEqual(['id-document']);
    expect(stored()).toEqual(['m1']);
  });

  it('a read-back that shows something else puts the old array back, to be upgraded next time', () => {
    wxs().storage.set(KEY, JSON.stringify(['m1']));
    let writes = 0;
    setSpy().mockImplementation((key: string, value: unknown) => {
      writes += 1;
      // The first write lands damaged; later writes land as they are.
      wxs().storage.set(key, writes === 1 ? '{"v":2,"ids":[' : value);
    });
    expect(loadTicks(RESULT, PAY)).toEqual(['id-document']);
    expect(stored()).toEqual(['m1']);
    expect(loadTicks(RESULT, PAY)).toEqual(['id-document']);
    expect(stored()).toEqual({ v: 2, ids: ['id-document'] });
  });

  it('a read-back that fails puts the old array back', () => {
    wxs().storage.set(KEY, JSON.stringify(['m0']));
    let reads = 0;
    getSpy().mockImplementation((key: string) => {
      reads += 1;
      if (reads === 2) throw new Error('getStorageSync:fail');
      return wxs().storage.has(key) ? wxs().storage.get(key) : '';
    });
    expect(loadTicks(RESULT, PAY)).toEqual(['txn-screenshot']);
    expect(stored()).toEqual(['m0']);
  });

  it.each(['not json {', '{"v":3,"ids":["txn-screenshot"]}', '{"ids":["m0"]}', '42', '"m0"', 'null', '{"v":2,"ids":"m0"}'])('leaves %s alone', (raw) => {
    wxs().storage.set(KEY, raw);
    expect(loadTicks(RESULT, PAY)).toEqual([]);
    expect(setSpy()).not.toHaveBeenCalled();
    expect(wxs().storage.get(KEY)).toBe(raw);
  });

  it('a read that fails: nothing ticked, nothing written', () => {
    wxs().storage.set(KEY, JSON.stringify(['m0']));
    getSpy().mockImplementation(() => {
      throw new Error('getStorageSync:fail');
    });
    expect(loadTicks(RESULT, PAY)).toEqual([]);
    expect(setSpy()).not.toHaveBeenCalled();
  });

  it('never throws and never loses a stored v1 tick, whatever storage holds or does', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(fc.oneof(fc.constantFrom('m0', 'm1', 'm2', 'm3', 'm9'), fc.string())), fc.anything()),
        fc.boolean(),
        (value, failWrites) => {
          wxs().storage.set(KEY, JSON.stringify(value) ?? '');
          setSpy().mockImplementation((key: string, v: unknown) => {
            if (failWrites) throw new Error('setStorageSync:fail');
            wxs().storage.set(key, v);
          });
          const before = wxs().storage.get(KEY);
          let ids: string[] = [];
          expect(() => (ids = loadTicks(RESULT, PAY))).not.toThrow();
          if (Array.isArray(value)) {
            for (const x of value) if (typeof x === 'string') expect(ids).toContain(/^m[0-2]$/.test(x) ? PAY[Number(x.slice(1))] : x);
            const after: unknown = JSON.parse(wxs().storage.get(KEY) as string);
            expect(after).toEqual(failWrites ? JSON.parse(JSON.stringify(value)) : { v: 2, ids });
          } else if (!(value && typeof value === 'object' && (value as { v?: unknown }).v === 2 && Array.isArray((value as { ids?: unknown }).ids))) {
            expect(ids).toEqual([]);
            expect(wxs().storage.get(KEY)).toBe(before);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
