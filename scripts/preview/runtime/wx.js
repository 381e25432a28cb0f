/**
 * A browser `wx` for the preview: enough of the real API for the app to be usable, with the parts that
 * would leave the mini program (calls, other mini programs, network) answered by a visible notice.
 *
 * ctx: { navigate(kind, opts), currentPage(), ui, env: { lang, fontSize, appId, sdkVersion }, scrollTo(top) }
 */
const SelectorQuery = require('j-component/src/tool/selectorquery');

const STORAGE_PREFIX = 'wxpreview:';
const STATUS_BAR = 44;
const NAV_BAR = 44;
const SCREEN = { width: 375, height: 812 };

function later(fn) {
  setTimeout(fn, 0);
}

/** Calls success/fail/complete like wx does (asynchronously) and resolves/rejects the returned promise. */
function settle(name, opts, ok, result) {
  const o = opts || {};
  const res = { errMsg: `${name}:${ok ? 'ok' : `fail${result && result.reason ? ` ${result.reason}` : ''}`}`, ...(result && result.data ? result.data : {}) };
  return new Promise((resolve, reject) => {
    later(() => {
      try {
        if (ok && typeof o.success === 'function') o.success(res);
        if (!ok && typeof o.fail === 'function') o.fail(res);
        if (typeof o.complete === 'function') o.complete(res);
      } finally {
        if (ok) resolve(res);
        else if (typeof o.fail === 'function' || typeof o.complete === 'function') resolve(res);
        else reject(res);
      }
    });
  });
}

function createWx(ctx) {
  const { ui, env } = ctx;
  const language = env.lang === 'en' ? 'en' : 'zh_CN';

  function storageKey(key) {
    return STORAGE_PREFIX + String(key);
  }
  function getStorageSync(key) {
    let raw = null;
    try {
      raw = localStorage.getItem(storageKey(key));
    } catch {
      raw = null;
    }
    if (raw === null) return '';
    try {
      const parsed = JSON.parse(raw);
      return parsed && typeof parsed === 'object' && 'v' in parsed ? parsed.v : '';
    } catch {
      return '';
    }
  }
  function setStorageSync(key, data) {
    if (key === undefined || key === null || key === '')
      throw new Error('setStorageSync:fail parameter error: parameter.key should be String instead of Undefined;');
    try {
      localStorage.setItem(storageKey(key), JSON.stringify({ v: data }));
    } catch (err) {
      const e = new Error('setStorageSync:fail exceed storage max size 10Mb');
      e.errMsg = e.message;
      throw e;
    }
  }
  function removeStorageSync(key) {
    try {
      localStorage.removeItem(storageKey(key));
    } catch {
      /* nothing stored */
    }
  }
  function storageKeys() {
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k && k.startsWith(STORAGE_PREFIX)) keys.push(k.slice(STORAGE_PREFIX.length));
    }
    return keys;
  }
  function clearStorageSync() {
    for (const k of storageKeys()) removeStorageSync(k);
  }

  function windowInfo() {
    const winHeight = SCREEN.height - STATUS_BAR - NAV_BAR;
    return {
      pixelRatio: window.devicePixelRatio || 2,
      screenWidth: SCREEN.width,
      screenHeight: SCREEN.height,
      windowWidth: SCREEN.width,
      windowHeight: winHeight,
      statusBarHeight: STATUS_BAR,
      safeArea: { left: 0, right: SCREEN.width, top: STATUS_BAR, bottom: SCREEN.height - 34, width: SCREEN.width, height: SCREEN.height - STATUS_BAR - 34 },
      screenTop: STATUS_BAR + NAV_BAR,
    };
  }
  function deviceInfo() {
    return {
      brand: 'preview',
      model: 'iPhone X（浏览器预览）',
      system: 'iOS 16.0',
      platform: 'ios',
      benchmarkLevel: 1,
      abi: '',
      deviceAbi: '',
      cpuType: '',
      memorySize: '',
    };
  }
  function appBaseInfo() {
    return {
      SDKVersion: env.sdkVersion,
      enableDebug: false,
      host: { env: 'WeChat' },
      language,
      version: '8.0.50',
      theme: 'light',
      fontSizeSetting: env.fontSize,
      // iOS: the setting over the standard 17 px (WeChat's elderly-app design guide).
      fontSizeScaleFactor: Math.round((env.fontSize / 17) * 1000) / 1000,
    };
  }
  function systemInfo() {
    return {
      ...deviceInfo(),
      ...windowInfo(),
      ...appBaseInfo(),
      fontSizeSetting: env.fontSize,
      albumAuthorized: false,
      cameraAuthorized: false,
      locationAuthorized: false,
      microphoneAuthorized: false,
      notificationAuthorized: false,
      bluetoothEnabled: false,
      locationEnabled: false,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    };
  }

  const api = {
    // ---- navigation (the preview keeps a real page stack)
    navigateTo: (o) => ctx.navigate('navigateTo', o || {}),
    redirectTo: (o) => ctx.navigate('redirectTo', o || {}),
    reLaunch: (o) => ctx.navigate('reLaunch', o || {}),
    switchTab: (o) => ctx.navigate('switchTab', o || {}),
    navigateBack: (o) => ctx.navigate('navigateBack', o || {}),
    setNavigationBarTitle(o) {
      const page = ctx.currentPage();
      if (page) ctx.setTitle(page, String((o && o.title) || ''));
      return settle('setNavigationBarTitle', o, true);
    },
    setNavigationBarColor(o) {
      const page = ctx.currentPage();
      if (page) ctx.setBarColor(page, o || {});
      return settle('setNavigationBarColor', o, true);
    },
    showNavigationBarLoading: (o) => settle('showNavigationBarLoading', o, true),
    hideNavigationBarLoading: (o) => settle('hideNavigationBarLoading', o, true),
    hideHomeButton: (o) => settle('hideHomeButton', o, true),
    pageScrollTo(o) {
      ctx.scrollTo(Number((o && o.scrollTop) || 0));
      return settle('pageScrollTo', o, true);
    },
    startPullDownRefresh: (o) => settle('startPullDownRefresh', o, true),
    stopPullDownRefresh: (o) => settle('stopPullDownRefresh', o, true),

    // ---- storage (localStorage, one entry per key)
    getStorageSync,
    setStorageSync,
    removeStorageSync,
    clearStorageSync,
    getStorageInfoSync() {
      const keys = storageKeys();
      const bytes = keys.reduce((n, k) => n + (localStorage.getItem(storageKey(k)) || '').length, 0);
      return { keys, currentSize: Math.ceil(bytes / 1024), limitSize: 10240 };
    },
    getStorage(o) {
      const v = getStorageSync(o && o.key);
      const exists = localStorage.getItem(storageKey(o && o.key)) !== null;
      return settle('getStorage', o, exists, exists ? { data: { data: v } } : { reason: 'data not found' });
    },
    setStorage(o) {
      try {
        setStorageSync(o.key, o.data);
        return settle('setStorage', o, true);
      } catch (err) {
        return settle('setStorage', o, false, { reason: 'exceed storage max size 10Mb' });
      }
    },
    removeStorage(o) {
      removeStorageSync(o && o.key);
      return settle('removeStorage', o, true);
    },
    clearStorage(o) {
      clearStorageSync();
      return settle('clearStorage', o, true);
    },
    getStorageInfo(o) {
      return settle('getStorageInfo', o, true, { data: api.getStorageInfoSync() });
    },

    // ---- interaction
    showToast(o) {
      ui.toast({ title: String((o && o.title) || ''), icon: (o && o.icon) || 'success', duration: (o && o.duration) || 1500, image: o && o.image });
      return settle('showToast', o, true);
    },
    hideToast(o) {
      ui.hideToast();
      return settle('hideToast', o, true);
    },
    showLoading(o) {
      ui.toast({ title: String((o && o.title) || ''), icon: 'loading', duration: 0 });
      return settle('showLoading', o, true);
    },
    hideLoading(o) {
      ui.hideToast();
      return settle('hideLoading', o, true);
    },
    showModal(o) {
      const opts = o || {};
      return ui.modal(opts).then((r) => settle('showModal', opts, true, { data: r }));
    },
    showActionSheet(o) {
      const opts = o || {};
      return ui
        .actionSheet(opts)
        .then((index) =>
          index === null ? settle('showActionSheet', opts, false, { reason: 'cancel' }) : settle('showActionSheet', opts, true, { data: { tapIndex: index } }),
        );
    },

    // ---- things that leave the mini program: visible, harmless
    setClipboardData(o) {
      const text = String((o && o.data) || '');
      const done = () => {
        ctx.clipboard = text;
        ui.toast({ title: '内容已复制', icon: 'none', duration: 1500 });
        return settle('setClipboardData', o, true);
      };
      try {
        if (navigator.clipboard && navigator.clipboard.writeText) {
          return navigator.clipboard.writeText(text).then(done, done);
        }
      } catch {
        /* not allowed here: the preview still succeeds */
      }
      return done();
    },
    getClipboardData(o) {
      return settle('getClipboardData', o, true, { data: { data: ctx.clipboard || '' } });
    },
    makePhoneCall(o) {
      const number = String((o && o.phoneNumber) || '');
      ui.toast({ title: `拨打 ${number}（预览中不会真的拨号）`, icon: 'none', duration: 2500 });
      ctx.log(`makePhoneCall ${number}`);
      return settle('makePhoneCall', o, true);
    },
    navigateToMiniProgram(o) {
      const appId = (o && o.appId) || '';
      ctx.log(`navigateToMiniProgram ${appId} ${(o && o.path) || ''}`);
      return settle('navigateToMiniProgram', o, false, { reason: `预览中不能打开其他小程序（appId ${appId}）` });
    },
    openEmbeddedMiniProgram(o) {
      return api.navigateToMiniProgram(o);
    },
    openCustomerServiceChat(o) {
      ui.toast({ title: '预览中不能打开客服会话', icon: 'none', duration: 2000 });
      return settle('openCustomerServiceChat', o, false, { reason: 'not available in the preview' });
    },
    scanCode(o) {
      return settle('scanCode', o, false, { reason: '预览中没有相机：请在参数框里输入二维码里的参数' });
    },
    vibrateShort: (o) => settle('vibrateShort', o, true),
    vibrateLong: (o) => settle('vibrateLong', o, true),
    showShareMenu: (o) => settle('showShareMenu', o, true),
    hideShareMenu: (o) => settle('hideShareMenu', o, true),
    updateShareMenu: (o) => settle('updateShareMenu', o, true),
    request(o) {
      return settle('request', o, false, { reason: '预览是离线的：不发网络请求' });
    },
    login(o) {
      return settle('login', o, false, { reason: '预览中不能登录微信' });
    },
    getSetting: (o) => settle('getSetting', o, true, { data: { authSetting: {} } }),
    authorize: (o) => settle('authorize', o, false, { reason: 'auth deny' }),
    openSetting: (o) => settle('openSetting', o, true, { data: { authSetting: {} } }),
    getNetworkType: (o) => settle('getNetworkType', o, true, { data: { networkType: navigator.onLine === false ? 'none' : 'wifi' } }),
    onNetworkStatusChange() {},
    offNetworkStatusChange() {},
    onAppShow() {},
    offAppShow() {},
    onAppHide() {},
    offAppHide() {},
    onWindowResize() {},
    offWindowResize() {},
    onThemeChange() {},
    offThemeChange() {},
    reportEvent() {},
    reportAnalytics() {},
    reportMonitor() {},
    setKeepScreenOn: (o) => settle('setKeepScreenOn', o, true),
    getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),

    // ---- system
    getAppBaseInfo: appBaseInfo,
    getWindowInfo: windowInfo,
    getDeviceInfo: deviceInfo,
    getSystemSetting: () => ({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true, deviceOrientation: 'portrait' }),
    getAppAuthorizeSetting: () => ({ albumAuthorized: 'not determined', cameraAuthorized: 'not determined', notificationAuthorized: 'not determined' }),
    getSystemInfoSync: systemInfo,
    getSystemInfo: (o) => settle('getSystemInfo', o, true, { data: systemInfo() }),
    getSystemInfoAsync: (o) => settle('getSystemInfoAsync', o, true, { data: systemInfo() }),
    getMenuButtonBoundingClientRect: () => ({
      width: 87,
      height: 32,
      top: STATUS_BAR + 4,
      bottom: STATUS_BAR + 36,
      left: SCREEN.width - 7 - 87,
      right: SCREEN.width - 7,
    }),
    getLaunchOptionsSync: () => ctx.launchOptions(),
    getEnterOptionsSync: () => ctx.launchOptions(),
    getAccountInfoSync: () => ({ miniProgram: { appId: env.appId, envVersion: 'develop', version: '' } }),
    canIUse(schema) {
      const name = String(schema || '').split('.')[0];
      return Object.prototype.hasOwnProperty.call(api, name);
    },
    nextTick(fn) {
      Promise.resolve().then(fn);
    },
    createSelectorQuery() {
      const page = ctx.currentPage();
      return new SelectorQuery(page ? page.instance : null);
    },
    createIntersectionObserver(component, options) {
      const target = component || (ctx.currentPage() && ctx.currentPage().instance);
      return target.createIntersectionObserver(options);
    },
    createAnimation(options) {
      const actions = [];
      let current = [];
      const anim = {
        step(stepOptions) {
          actions.push({ animates: current, option: { transition: { ...(options || {}), ...(stepOptions || {}) }, transformOrigin: '50% 50% 0' } });
          current = [];
          return anim;
        },
        export() {
          const out = { actions: actions.slice() };
          actions.length = 0;
          return out;
        },
      };
      const methods = [
        'opacity',
        'backgroundColor',
        'width',
        'height',
        'left',
        'right',
        'top',
        'bottom',
        'rotate',
        'rotateX',
        'rotateY',
        'rotateZ',
        'rotate3d',
        'scale',
        'scaleX',
        'scaleY',
        'scaleZ',
        'scale3d',
        'translate',
        'translateX',
        'translateY',
        'translateZ',
        'translate3d',
        'skew',
        'skewX',
        'skewY',
        'matrix',
        'matrix3d',
      ];
      for (const m of methods) {
        anim[m] = (...args) => {
          current.push({ type: m, args });
          return anim;
        };
      }
      return anim;
    },
  };

  // Anything else: a function that fails visibly in the console, so a page that calls it still runs.
  const warned = new Set();
  return new Proxy(api, {
    get(target, prop) {
      if (typeof prop !== 'string' || prop in target) return target[prop];
      if (prop === 'then' || prop === 'toJSON' || prop.startsWith('__')) return undefined;
      return function unavailable(o) {
        if (!warned.has(prop)) {
          warned.add(prop);
          console.warn(`[preview] wx.${prop} is not available in the browser preview`);
        }
        if (/Sync$/.test(prop)) return undefined;
        settle(prop, o, false, { reason: 'not available in the browser preview' }).catch(() => undefined);
        return undefined;
      };
    },
  });
}

module.exports = { createWx, STORAGE_PREFIX, STATUS_BAR, NAV_BAR, SCREEN };
