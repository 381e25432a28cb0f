/** The main package's data cites only the main package's sources (the catalogue's ship with the result page). */
import { CHANNELS } from '../../../miniprogram/core/data/channels';
import { LINES } from '../../../miniprogram/core/data/lines';
import { PLANS } from '../../../miniprogram/core/data/plans';
import { PROBLEMS } from '../../../miniprogram/core/data/problems';
import { SOURCES } from '../../../miniprogram/core/data/sources';

function cited(x: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(x)) x.forEach((y) => cited(y, out));
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'source' && typeof v === 'string') out.add(v);
      else if (k === 'also' && Array.isArray(v)) v.forEach((s) => typeof s === 'string' && out.add(s));
      else cited(v, out);
    }
  }
  return out;
}

describe('sources in the main package', () => {
  it('hold every source the channels, lines, categories and category plans cite', () => {
    const ids = [...cited([CHANNELS, LINES, PROBLEMS, PLANS], new Set())];
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id) => !(id in SOURCES))).toEqual([]);
  });
});
