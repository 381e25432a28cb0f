/** wx spies for page tests: navigation, storage kept in a Map, toasts. */
export interface WxSpies {
  navigateTo: jest.SpyInstance;
  redirectTo: jest.SpyInstance;
  reLaunch: jest.SpyInstance;
  showToast: jest.SpyInstance;
  storage: Map<string, unknown>;
  /** The URL of the last navigation of any kind. */
  lastUrl(): string | undefined;
  restore(): void;
}

export function spyWx(): WxSpies {
  const storage = new Map<string, unknown>();
  const urls: string[] = [];
  const nav = (name: 'navigateTo' | 'redirectTo' | 'reLaunch') =>
    jest.spyOn(wx, name).mockImplementation(((opts: { url: string; success?: () => void }) => {
      urls.push(opts.url);
      opts.success?.();
    }) as never);
  const spies = [
    jest.spyOn(wx, 'getStorageSync').mockImplementation(((key: string) => (storage.has(key) ? storage.get(key) : '')) as never),
    jest.spyOn(wx, 'setStorageSync').mockImplementation(((key: string, value: unknown) => {
      storage.set(key, value);
    }) as never),
    jest.spyOn(wx, 'removeStorageSync').mockImplementation(((key: string) => {
      storage.delete(key);
    }) as never),
    jest.spyOn(wx, 'setNavigationBarTitle').mockImplementation((() => undefined) as never),
    jest.spyOn(wx, 'getStorageInfoSync').mockImplementation((() => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 })) as never),
  ];
  const navigateTo = nav('navigateTo');
  const redirectTo = nav('redirectTo');
  const reLaunch = nav('reLaunch');
  const showToast = jest.spyOn(wx, 'showToast').mockImplementation((() => undefined) as never);
  return {
    navigateTo,
    redirectTo,
    reLaunch,
    showToast,
    storage,
    lastUrl: () => urls[urls.length - 1],
    restore: () => {
      for (const s of [...spies, navigateTo, redirectTo, reLaunch, showToast]) s.mockRestore();
    },
  };
}

/** Turns a page URL into the query object WeChat passes to onLoad. */
export function queryOf(url: string): Record<string, string> {
  const qs = url.indexOf('?') >= 0 ? url.slice(url.indexOf('?') + 1) : '';
  return Object.fromEntries(new URLSearchParams(qs));
}

/** `pages/result/index` for `/pages/result/index?…`. */
export function pageOf(url: string): string {
  return url.split('?')[0]!.replace(/^\//, '');
}

/**
 * Installs fresh wx spies before each test of the calling file and removes
 * them (and any other spies) after it. Returns the current spies.
 */
export function useWxSpies(setup?: () => void): () => WxSpies {
  let current: WxSpies | null = null;
  beforeEach(() => {
    current = spyWx();
    setup?.();
  });
  afterEach(() => {
    current?.restore();
    jest.restoreAllMocks();
  });
  return () => {
    if (!current) throw new Error('wx spies are only available inside a test');
    return current;
  };
}
