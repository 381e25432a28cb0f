import { careMode, language, setCareMode, setLanguage, utcOffsetMinutes } from '../../miniprogram/services/system';
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
