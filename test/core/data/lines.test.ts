import { LINES, LINE_BY_ID, LINE_NAME_NUMBERS } from '../../../miniprogram/core/data/lines';
import { RESEARCH_CHECKED_ON, SOURCES } from '../../../miniprogram/core/data/sources';
import { LINE_SOURCES } from '../../../miniprogram/core/data/sources-lines';
import { Fact, Line, LINE_IDS } from '../../../miniprogram/core/types';

/** Every source id a line names, with the fact it backs. */
function sourcesOf(line: Line): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const fact = (name: string, f: Fact<unknown> | undefined): void => {
    if (f && f.known) {
      out.push([name, f.source]);
      for (const s of f.also ?? []) out.push([name, s]);
    }
  };
  fact('handles', line.handles);
  fact('precondition', line.precondition);
  fact('number', line.number);
  fact('url', line.url);
  fact('hours', line.hours);
  for (const n of line.notes ?? []) out.push(['note', n.source]);
  return out;
}

function datesOf(line: Line): string[] {
  const facts = [line.handles, line.precondition, line.number, line.url, line.hours].filter((f) => f !== undefined);
  return [...facts.map((f) => f.checkedOn), ...(line.notes ?? []).map((n) => n.checkedOn)];
}

describe('LINES', () => {
  it('has exactly one line for every id in LINE_IDS, in that order', () => {
    expect(LINES.map((l) => l.id)).toEqual([...LINE_IDS]);
    for (const id of LINE_IDS) expect(LINE_BY_ID[id].id).toBe(id);
  });

  it.each(LINES.map((l) => [l.id, l] as const))('%s: every source exists, public ones have a url', (_id, line) => {
    const refs = sourcesOf(line);
    expect(refs.length).toBeGreaterThan(0);
    for (const [fact, id] of refs) {
      const source = SOURCES[id];
      expect({ fact, id, found: source !== undefined }).toEqual({ fact, id, found: true });
      if (!source) continue;
      if (source.kind !== 'editorial' && source.kind !== 'seed') expect(source.url).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  it.each(LINES.map((l) => [l.id, l] as const))('%s: every fact is dated RESEARCH_CHECKED_ON', (_id, line) => {
    for (const d of datesOf(line)) expect(d).toBe(RESEARCH_CHECKED_ON);
  });

  it('has a name and what it handles in both languages', () => {
    for (const line of LINES) {
      expect(line.name.zh.length).toBeGreaterThan(1);
      expect(line.name.en.length).toBeGreaterThan(1);
      expect(line.handles.known).toBe(true);
    }
  });

  it('sources of the lines carry the line- prefix and are spread into SOURCES', () => {
    for (const id of Object.keys(LINE_SOURCES)) {
      expect(id.startsWith('line-')).toBe(true);
      expect(SOURCES[id]).toBe(LINE_SOURCES[id]);
    }
  });

  it('uses no content-farm source', () => {
    const farms = /nctoro|fsnews|jixiztb|badongedu|grokipedia|my399|51dongshi|futurio|08gf|sboyo|gzjll|fudaoke|path411|qinbaol/;
    for (const line of LINES) for (const [, id] of sourcesOf(line)) expect(SOURCES[id]!.url ?? '').not.toMatch(farms);
  });

  it('prints the numbers the research supports, and not 12300 or 12321 as current', () => {
    const dial = (id: (typeof LINE_IDS)[number]): string | undefined => {
      const n = LINE_BY_ID[id].number;
      return n && n.known ? n.value.dial : undefined;
    };
    expect(dial('police-110')).toBe('110');
    expect(dial('anti-fraud-96110')).toBe('96110');
    expect(dial('sms-12110')).toBe('12110');
    expect(dial('consumer-12315')).toBe('12315');
    expect(dial('pboc-12363')).toBe('12363');
    expect(dial('warning-12381')).toBe('12381');
    expect(dial('wechat-400')).toBe('4006700700');
    expect(dial('miit-12300')).toBeUndefined();
    expect(dial('spam-12321')).toBeUndefined();
    expect(LINE_NAME_NUMBERS['12300']).toBe('miit-12300');
    expect(LINE_NAME_NUMBERS['12321']).toBe('spam-12321');
  });

  it('tells people to check the 400 line on their own phone and what it never does', () => {
    const notes = (LINE_BY_ID['wechat-400'].notes ?? []).map((n) => n.zh).join('\n');
    expect(notes).toContain('我 → 设置 → 关于微信');
    expect(notes).toMatch(/从不打国际电话/);
    expect(notes).toMatch(/验证码/);
    expect(notes).toContain('+864006700700');
  });

  it('keeps the preconditions of the regulators', () => {
    const pre = (id: (typeof LINE_IDS)[number]): string => {
      const p = LINE_BY_ID[id].precondition;
      return p && p.known ? p.value.zh : '';
    };
    expect(pre('consumer-12315')).toMatch(/7 个工作日/);
    expect(pre('consumer-12315')).toMatch(/三年/);
    expect(pre('pboc-12363')).toMatch(/先向财付通/);
    expect(pre('miit-12300')).toMatch(/15 日/);
    expect(pre('miit-12300')).toMatch(/五个月/);
    expect(pre('miit-12300')).toMatch(/二年/);
    expect(pre('anti-fraud-app')).toMatch(/实名/);
  });

  it('says 96110 is to be answered and 12381 is genuine', () => {
    const h = (id: (typeof LINE_IDS)[number]): string => {
      const f = LINE_BY_ID[id].handles;
      return f.known ? f.value.zh : '';
    };
    expect(h('anti-fraud-96110')).toMatch(/请接听/);
    expect(h('warning-12381')).toMatch(/预警短信/);
  });
});
