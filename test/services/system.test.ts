import { careMode, language, wechatFontSize, offsetAt, pageEnv, setCareMode, setLanguage, utcOffsetMinutes } from '../../miniprogram/services/system';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

describe('language', () => {
  it('follows the WeChat language setting', () => {
    jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ language: 'en' } as never);
    expect(language()).toBe('en');
    jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ language: 'zh_CN' } as never);
    expect(language()).toBe('zh');
  });
  it('a manual choice wins and is stored on the device', () => {
    jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ language: 'zh_CN' } as never);
    expect(setLanguage('en')).toBe(true);
    expect(wxs().storage.get('wsn:lang')).toBe('"en"');
    expect(language()).toBe('en');
  });
});

describe('language where WeChat cannot say', () => {
  it('is Chinese when getAppBaseInfo is missing or throws', () => {
    jest.spyOn(wx, 'getAppBaseInfo').mockImplementation(() => {
      throw new Error('getAppBaseInfo:fail');
    });
    expect(language()).toBe('zh');
  });
});

describe('care mode', () => {
  it('turns on with a large WeChat font (getAppBaseInfo), and the switch overrides it', () => {
    const info = jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ language: 'zh_CN', fontSizeSetting: 22 } as never);
    expect(careMode()).toBe(true);
    expect(info).toHaveBeenCalled();
    setCareMode(false);
    expect(careMode()).toBe(false);
  });
  it('is off at the normal font size', () => {
    jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ language: 'zh_CN', fontSizeSetting: 17 } as never);
    expect(careMode()).toBe(false);
  });
  it('is off when WeChat does not report the font size, and never asks the deprecated getSystemInfoSync', () => {
    jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ language: 'zh_CN' } as never);
    const old = jest.spyOn(wx, 'getSystemInfoSync').mockReturnValue({ fontSizeSetting: 24 } as never);
    expect(careMode()).toBe(false);
    expect(old).not.toHaveBeenCalled();
  });
});

it('reads the UTC offset from the date', () => {
  expect(utcOffsetMinutes({ getTimezoneOffset: () => -480 } as Date)).toBe(480);
});

describe('offsetAt: the phone’s offset at any instant', () => {
  it('asks the date of that instant, not today’s', () => {
    const bstStart = Date.UTC(2026, 2, 29, 1);
    // A London phone: getTimezoneOffset depends on the date it is asked about.
    const spy = jest.spyOn(Date.prototype, 'getTimezoneOffset').mockImplementation(function (this: Date) {
      return this.getTime() >= bstStart ? -60 : 0;
    });
    try {
      expect(offsetAt(bstStart - 1)).toBe(0);
      expect(offsetAt(bstStart)).toBe(60);
      expect(pageEnv().offsetAt(bstStart + 3600 * 1000)).toBe(60);
    } finally {
      spy.mockRestore();
    }
  });
  it('an instant the phone cannot place falls back to today’s offset', () => {
    const spy = jest.spyOn(Date.prototype, 'getTimezoneOffset').mockImplementation(function (this: Date) {
      return Number.isNaN(this.getTime()) ? Number.NaN : -480;
    });
    try {
      expect(offsetAt(Number.NaN)).toBe(480);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('wechatFontSize: WeChat’s own font setting', () => {
  it('is fontSizeSetting of getAppBaseInfo, in px', () => {
    jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ language: 'zh_CN', fontSizeSetting: 23.8 } as never);
    expect(wechatFontSize()).toBe(23.8);
  });
  it.each([[undefined], [0], [Number.NaN], ['24']])('is null where WeChat does not report a size (%p)', (value) => {
    jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ language: 'zh_CN', fontSizeSetting: value } as never);
    expect(wechatFontSize()).toBeNull();
  });
  it('care mode starts at 20 px (the iOS +2 setting on a 414 px screen), not below', () => {
    jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ language: 'zh_CN', fontSizeSetting: 19.5 } as never);
    expect(careMode()).toBe(false);
    jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ language: 'zh_CN', fontSizeSetting: 20 } as never);
    expect(careMode()).toBe(true);
  });
});
