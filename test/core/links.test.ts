import fc from 'fast-check';
import { allCompleteAnswers } from '../../miniprogram/core/flow';
import { buildLink, buildQrUrl, MAX_SCENE_LENGTH, parseLink, parsePath, PageName, Route } from '../../miniprogram/core/links';
import { Answers, CHANNEL_IDS } from '../../miniprogram/core/types';

const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;
const PREFIX = 'https://example.org/wsn';

/** Every route the app can build: all pages, every channel, every partial and complete answer set. */
function allRoutes(): Route[] {
  const routes: Route[] = [{ page: 'home' }, { page: 'channels' }, { page: 'verify' }, { page: 'notes' }];
  for (const id of CHANNEL_IDS) {
    routes.push({ page: 'channel', id });
    routes.push({ page: 'notes', channel: id });
    routes.push({ page: 'notes', channel: id, problem: 'payment' });
  }
  routes.push({ page: 'notes', problem: 'stolen' });
  const partial = new Map<string, Answers>();
  for (const complete of allCompleteAnswers()) {
    routes.push({ page: 'result', answers: complete });
    const keys = Object.keys(complete) as (keyof Answers)[];
    for (let n = 0; n < keys.length; n++) {
      const a: Answers = {};
      for (const k of keys.slice(0, n)) (a as Record<string, string>)[k] = complete[k] as string;
      partial.set(JSON.stringify(a), a);
    }
  }
  for (const a of partial.values()) routes.push({ page: 'flow', answers: a });
  return routes;
}

function pageOf(path: string): PageName {
  const name = path.split('?')[0]!.split('/')[2];
  return (name === 'index' ? 'home' : name) as PageName;
}

describe('buildLink / parseLink round trip for every route', () => {
  const routes = allRoutes();
  it(`covers ${routes.length} routes`, () => {
    expect(routes.length).toBeGreaterThan(100);
  });
  it.each(routes.map((r) => [JSON.stringify(r), r] as const))('%s', (_name, route) => {
    const link = buildLink(route);
    // share path, as the page receives it in onLoad
    const query = Object.fromEntries(new URLSearchParams(link.path.split('?')[1]));
    expect(parseLink(query, pageOf(link.path))).toEqual({ route, reason: 'ok' });
    expect(parsePath(link.path)).toEqual({ route, reason: 'ok' });
    // mini-program code scene: ≤ 32 allowed characters, URL-encoded by WeChat
    expect(link.scene.length).toBeLessThanOrEqual(MAX_SCENE_LENGTH);
    expect(link.scene).toMatch(SCENE_CHARS);
    expect(parseLink({ scene: encodeURIComponent(link.scene) })).toEqual({ route, reason: 'ok' });
    // ordinary-link QR code: the whole URL arrives URL-encoded in q
    expect(parseLink({ q: encodeURIComponent(buildQrUrl(route, PREFIX)) })).toEqual({ route, reason: 'ok' });
  });
});

describe('bad input lands on home with a reason', () => {
  it.each([
    [{ scene: '9r.payment' }, 'unknown-version'],
    [{ scene: '01r.payment' }, 'malformed'],
    [{ scene: '1x' }, 'unknown-page'],
    [{ scene: '1c.no-such-channel' }, 'unknown-channel'],
    [{ scene: '1r.lottery.y.m.a' }, 'bad-answer'],
    [{ scene: '1n.nope' }, 'unknown-channel'],
    [{ scene: '1n.phone.lottery' }, 'bad-answer'],
    [{ scene: '1r.payment.q' }, 'bad-answer'],
    [{ scene: 'x'.repeat(40) }, 'too-long'],
    [{ scene: '%E0%A4%A' }, 'bad-encoding'],
    [{ scene: '' }, 'malformed'],
    [{ q: '%E0%A4%A' }, 'bad-encoding'],
    [{ q: encodeURIComponent('https://example.org/wsn') }, 'malformed'],
    [{ q: encodeURIComponent('https://example.org/wsn?s=2h') }, 'unknown-version'],
    [{ v: '2', id: 'phone' }, 'unknown-version'],
    [{ a: 'x'.repeat(2000) }, 'too-long'],
  ])('%j → %s', (query, reason) => {
    expect(parseLink(query)).toEqual({ route: { page: 'home' }, reason });
  });
  it('a path with a #fragment still opens its page', () => {
    expect(parsePath('/pages/channel/index?v=1&id=pay-hotline#top')).toEqual({ route: { page: 'channel', id: 'pay-hotline' }, reason: 'ok' });
  });
  it('an unknown channel on the channel page', () => {
    expect(parseLink({ v: '1', id: 'nope' }, 'channel')).toEqual({ route: { page: 'home' }, reason: 'unknown-channel' });
  });
  it('a bad answer on the result page', () => {
    expect(parseLink({ v: '1', problem: 'payment', urgent: 'maybe' }, 'result').reason).toBe('bad-answer');
  });
  it('an incomplete result opens the flow where the answers stop', () => {
    expect(parseLink({ v: '1', problem: 'payment' }, 'result')).toEqual({
      // An old result link names only the category: it keeps the category plan (「不确定 / 其他情况」).
      route: { page: 'flow', answers: { problem: 'payment', detail: 'unsure' } },
      reason: 'incomplete',
    });
  });
  it('non-object and non-string input', () => {
    expect(parseLink('1r').reason).toBe('malformed');
    expect(parseLink({ scene: 42 }).reason).toBe('malformed');
    expect(parseLink(undefined)).toEqual({ route: { page: 'home' }, reason: 'ok' });
    expect(parsePath('/pages/nowhere/index?v=1').reason).toBe('unknown-page');
  });
  it('keeps only answers on the path (an urgent answer for a how-to question is dropped)', () => {
    expect(parseLink({ v: '1', problem: 'howto', urgent: 'yes', region: 'mainland', need: 'any' }, 'result').route).toEqual({
      page: 'result',
      answers: { problem: 'howto', detail: 'unsure', region: 'mainland', need: 'any' },
    });
  });
});

describe('properties', () => {
  const pages: PageName[] = ['home', 'channels', 'channel', 'flow', 'result', 'verify', 'notes'];
  it('never throws and always returns a route, on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 60 }), fc.constantFrom(...pages), (a, b, page) => {
        for (const query of [{ scene: a }, { q: a }, { v: '1', id: a, problem: b }, { [a]: b }]) {
          const parsed = parseLink(query, page);
          expect(parsed.route).toBeDefined();
          expect(typeof parsed.reason).toBe('string');
        }
        expect(parsePath(a).route).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });
  it('round-trips any route through scene and q', () => {
    const routes = allRoutes();
    fc.assert(
      fc.property(fc.constantFrom(...routes), (route) => {
        const { scene } = buildLink(route);
        expect(parseLink({ scene: encodeURIComponent(scene) }).route).toEqual(route);
        expect(parseLink({ q: encodeURIComponent(buildQrUrl(route, PREFIX)) }).route).toEqual(route);
      }),
    );
  });
  it('any input that parses ok re-encodes to a link that parses to the same route', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[hlcfrvn](\.[a-z-]{1,16}){0,4}$/), (scene) => {
        const parsed = parseLink({ scene });
        if (parsed.reason === 'ok') expect(parseLink({ scene: buildLink(parsed.route).scene }).route).toEqual(parsed.route);
        else expect(parsed.route).toEqual(parsed.reason === 'incomplete' ? parsed.route : { page: 'home' });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('changing one answer (edit=)', () => {
  const answers: Answers = { problem: 'payment', detail: 'unsure', urgent: 'yes', region: 'mainland', need: 'any' };

  it('round-trips on the share path', () => {
    const route: Route = { page: 'flow', answers, edit: 'region' };
    const link = buildLink(route);
    expect(link.path).toBe('/pages/flow/index?v=1&problem=payment&detail=unsure&urgent=yes&region=mainland&need=any&edit=region');
    expect(parsePath(link.path)).toEqual({ route, reason: 'ok' });
  });

  it('is dropped when it names a question that has no answer to change', () => {
    expect(parsePath('/pages/flow/index?v=1&problem=howto&edit=region')).toEqual({ route: { page: 'flow', answers: { problem: 'howto' } }, reason: 'ok' });
  });

  it('an unknown question goes home with a reason', () => {
    expect(parsePath('/pages/flow/index?v=1&problem=payment&edit=colour')).toEqual({ route: { page: 'home' }, reason: 'bad-answer' });
  });

  it('is not carried by a scene or a poster QR: printed codes open the question itself, not an edit in progress', () => {
    const scene = buildLink({ page: 'flow', answers: { problem: 'payment' }, edit: 'problem' }).scene;
    expect(scene).toBe('1f.payment');
    expect(parseLink({ scene })).toEqual({ route: { page: 'flow', answers: { problem: 'payment' } }, reason: 'ok' });
  });
});
