import fs from 'fs';
import path from 'path';
import { CHANNELS } from '../../miniprogram/core/data/channels';
import { ALL_SOURCES as SOURCES } from '../../miniprogram/core/data/catalogue/sources';
import { CATALOGUE } from '../../miniprogram/core/data/catalogue';
import { allCompleteAnswers } from '../../miniprogram/core/flow';
import { checkIntegrity, farmHost } from '../../miniprogram/core/integrity';
import { Channel } from '../../miniprogram/core/types';

describe('checkIntegrity on the bundled data', () => {
  const report = checkIntegrity();
  it('finds no errors', () => {
    expect(report.errors).toEqual([]);
  });
  it('walks every flow path and every channel', () => {
    expect(report.stats.paths).toBe(allCompleteAnswers().length);
    expect(report.stats.paths).toBeGreaterThanOrEqual(66);
    expect(report.stats.channels).toBe(11);
    expect(report.stats.facts).toBeGreaterThan(100);
  });
});

describe('checkIntegrity catches broken data', () => {
  function withChannel(id: string, patch: (c: Channel) => Channel): Channel[] {
    return CHANNELS.map((c) => (c.id === id ? patch({ ...c }) : c));
  }
  const cases: Array<[string, Channel[], RegExp]> = [
    [
      'an unknown source',
      withChannel('kf-web', (c) => ({ ...c, url: { known: true, value: 'https://kf.qq.com/', source: 'nowhere', checkedOn: '2026-11-29' } })),
      /unknown source "nowhere"/,
    ],
    [
      'a malformed phone number',
      withChannel('pay-hotline', (c) => ({
        ...c,
        phone: { known: true, value: { display: '95O17', dial: '95O17' }, source: 'seed', checkedOn: '2026-11-29' },
      })),
      /phone "95O17" malformed/,
    ],
    [
      'a malformed URL',
      withChannel('kf-web', (c) => ({ ...c, url: { known: true, value: 'kf dot qq', source: 'seed', checkedOn: '2026-11-29' } })),
      /url "kf dot qq" malformed/,
    ],
    [
      'a guessed-looking appId',
      withChannel('kf-miniprogram', (c) => ({
        ...c,
        miniProgram: { known: true, value: { name: '腾讯客服', appId: 'wx123' }, source: 'seed', checkedOn: '2026-11-29' },
      })),
      /appId "wx123" malformed/,
    ],
    [
      'an undated fact',
      withChannel('phone', (c) => ({ ...c, hours: { known: false, note: { zh: '未确认', en: 'n/a' }, checkedOn: 'yesterday' } })),
      /bad checkedOn yesterday/,
    ],
    [
      'a difficulty of 7',
      withChannel('phone', (c) => ({ ...c, difficulty: { known: true, value: 7 as 5, source: 'editorial', checkedOn: '2026-11-29' } })),
      /difficulty 7 not 1-5/,
    ],
    [
      'bad hours',
      withChannel('phone', (c) => ({
        ...c,
        hours: { known: true, value: { kind: 'weekly', slots: [{ days: [8], from: 600, to: 500 }] }, source: 'seed', checkedOn: '2026-11-29' },
      })),
      /bad slot 600-500/,
    ],
    [
      'an alias the channel never uses',
      withChannel('tencent-110', (c) => ({ ...c, aliases: { known: true, value: ['腾讯110', '腾讯安全中心'], source: 'editorial', checkedOn: '2026-11-29' } })),
      /alias "腾讯安全中心" is not in the channel's name or summary/,
    ],
    ['a missing channel', CHANNELS.filter((c) => c.id !== 'international'), /channel international: missing/],
    ['a duplicate channel', [...CHANNELS, CHANNELS[0]!], /duplicate/],
  ];
  it.each(cases)('%s', (_name, channels, message) => {
    const errors = checkIntegrity({ channels, sources: SOURCES }).errors;
    expect(errors.join('\n')).toMatch(message);
  });

  it('a channel citing a content-farm source', () => {
    const sources = { ...SOURCES, 'x-farm': { title: { zh: '第三方指南', en: 'Guide' }, url: 'https://www.nctoro.com/a156879', kind: 'third-party' as const } };
    const channels = withChannel('kf-web', (c) => ({
      ...c,
      wait: { known: true, value: { zh: '24 小时', en: '24 h' }, source: 'x-farm', checkedOn: '2026-11-29' },
    }));
    expect(checkIntegrity({ channels, sources }).errors).toEqual(['channel kf-web.wait: source "x-farm" is on a content farm (nctoro.com)']);
    // The same source cited by no fact is not an error; a farm in `also` is.
    expect(checkIntegrity({ channels: CHANNELS, sources }).errors).toEqual([]);
    const also = withChannel('kf-web', (c) => ({
      ...c,
      url: { known: true, value: 'https://kf.qq.com/', source: 'kf-qq-site', also: ['x-farm'], checkedOn: '2026-11-29' },
    }));
    expect(checkIntegrity({ channels: also, sources }).errors.join('\n')).toMatch(/kf-web\.url: source "x-farm" is on a content farm/);
  });

  it('an empty human route', () => {
    const channels = withChannel('kf-web', (c) => ({
      ...c,
      human: { known: true, value: { zh: ' ', en: 'x' }, source: 'editorial', checkedOn: '2026-11-29' },
    }));
    expect(checkIntegrity({ channels, sources: SOURCES }).errors).toEqual(['channel kf-web.human: empty text']);
  });
});

describe('checkIntegrity on a catalogue citing a farm', () => {
  const sources = {
    ...SOURCES,
    'x-farm': { title: { zh: '第三方指南', en: 'Guide' }, url: 'https://baike.jjsx.com.cn/baike/1.html', kind: 'third-party' as const },
  };
  const [first, ...rest] = CATALOGUE;
  if (!first) throw new Error('empty catalogue');
  const [step, ...steps] = first.steps;
  if (!step) throw new Error(`${first.id}: no steps`);
  it('fails on a step, and on a path fact, that cites it', () => {
    const cited = {
      ...step,
      also: ['x-farm'],
      path: { known: true as const, value: { zh: '我 → 设置', en: 'Me → Settings' }, source: 'x-farm', checkedOn: '2026-12-01' },
    };
    const catalogue = [{ ...first, steps: [cited, ...steps] }, ...rest];
    expect(checkIntegrity({ channels: CHANNELS, sources, catalogue }).errors).toEqual([
      `problem ${first.id} step ${step.id}: source "x-farm" is on a content farm (jjsx.com.cn)`,
      `problem ${first.id} step ${step.id}.path: source "x-farm" is on a content farm (jjsx.com.cn)`,
    ]);
  });
});

describe('farmHost', () => {
  it('knows the farms FACTS.md drops, with subdomains, and nothing else', () => {
    expect(farmHost('http://news.jixiztb.com/bzwd/202506/231526.html')).toBe('jixiztb.com');
    expect(farmHost('https://grokipedia.com/page/WeChat_account_freezing')).toBe('grokipedia.com');
    expect(farmHost('http://zhishi.fsnews.com.cn/nwwd/202510/697791.html')).toBe('fsnews.com.cn');
    expect(farmHost('http://jubao.my399.com/content/2020-10/12/content_2696469.htm')).toBe('my399.com');
    expect(farmHost('https://www.badongedu.com/shengh/202504/1246096.html')).toBe('badongedu.com');
    expect(farmHost('https://baike.jjsx.com.cn/baike/202512/1835611.html')).toBe('jjsx.com.cn');
    expect(farmHost('https://kf.qq.com/')).toBeNull();
    expect(farmHost('https://notnctoro.com/')).toBeNull();
  });
  it('knows the farms the research names without a domain, by a whole label of the host', () => {
    expect(farmHost('https://www.futurio.example/a/1.html')).toBe('futurio');
    expect(farmHost('http://m.08gf.cn/x')).toBe('08gf');
    expect(farmHost('https://notfuturio.com/')).toBeNull();
  });
  it('finds no source of the whole app on a farm, cited or not', () => {
    const onFarms = Object.entries(SOURCES)
      .map(([id, s]) => [id, farmHost(s.url ?? '')])
      .filter(([, farm]) => farm !== null);
    expect(onFarms).toEqual([]);
    expect(Object.keys(SOURCES)).not.toContain('guide-appeal');
  });
  it('no source the channels cite is on a farm', () => {
    for (const c of CHANNELS) {
      for (const f of Object.values(c)) {
        const fact = f as { known?: boolean; source?: string; also?: string[] };
        if (!fact || fact.known !== true || !fact.source) continue;
        for (const id of [fact.source, ...(fact.also ?? [])]) expect([c.id, id, farmHost(SOURCES[id]!.url ?? '')]).toEqual([c.id, id, null]);
      }
    }
  });
});

describe('core stays pure', () => {
  const dir = path.join(__dirname, '../../miniprogram/core');
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(dir);
  it.each(files.map((f) => [path.relative(dir, f), f]))('%s uses no wx and no any', (_name, file) => {
    const src = fs.readFileSync(file, 'utf8');
    expect(src).not.toMatch(/\bwx\./);
    expect(src).not.toMatch(/:\s*any\b|\bas any\b|<any>/);
  });
});
