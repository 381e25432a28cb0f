import fs from 'fs';
import path from 'path';
import { CHANNELS } from '../../miniprogram/core/data/channels';
import { ALL_SOURCES as SOURCES } from '../../miniprogram/core/data/catalogue/sources';
import { allCompleteAnswers } from '../../miniprogram/core/flow';
import { checkIntegrity } from '../../miniprogram/core/integrity';
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
    ['an unknown source', withChannel('kf-web', (c) => ({ ...c, url: { known: true, value: 'https://kf.qq.com/', source: 'nowhere', checkedOn: '2026-11-29' } })), /unknown source "nowhere"/],
    ['a malformed phone number', withChannel('pay-hotline', (c) => ({ ...c, phone: { known: true, value: { display: '95O17', dial: '95O17' }, source: 'seed', checkedOn: '2026-11-29' } })), /phone "95O17" malformed/],
    ['a malformed URL', withChannel('kf-web', (c) => ({ ...c, url: { known: true, value: 'kf dot qq', source: 'seed', checkedOn: '2026-11-29' } })), /url "kf dot qq" malformed/],
    ['a guessed-looking appId', withChannel('kf-miniprogram', (c) => ({ ...c, miniProgram: { known: true, value: { name: '腾讯客服', appId: 'wx123' }, source: 'seed', checkedOn: '2026-11-29' } })), /appId "wx123" malformed/],
    ['an undated fact', withChannel('phone', (c) => ({ ...c, hours: { known: false, note: { zh: '未确认', en: 'n/a' }, checkedOn: 'yesterday' } })), /bad checkedOn yesterday/],
    ['a difficulty of 7', withChannel('phone', (c) => ({ ...c, difficulty: { known: true, value: 7 as 5, source: 'editorial', checkedOn: '2026-11-29' } })), /difficulty 7 not 1-5/],
    ['bad hours', withChannel('phone', (c) => ({ ...c, hours: { known: true, value: { kind: 'weekly', slots: [{ days: [8], from: 600, to: 500 }] }, source: 'seed', checkedOn: '2026-11-29' } })), /bad slot 600-500/],
    ['an alias the channel never uses', withChannel('tencent-110', (c) => ({ ...c, aliases: { known: true, value: ['腾讯110', '腾讯安全中心'], source: 'editorial', checkedOn: '2026-11-29' } })), /alias "腾讯安全中心" is not in the channel's name or summary/],
    ['a missing channel', CHANNELS.filter((c) => c.id !== 'international'), /channel international: missing/],
    ['a duplicate channel', [...CHANNELS, CHANNELS[0]], /duplicate/],
  ];
  it.each(cases)('%s', (_name, channels, message) => {
    const errors = checkIntegrity({ channels, sources: SOURCES }).errors;
    expect(errors.join('\n')).toMatch(message);
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
