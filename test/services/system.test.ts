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

describe('care mode', () => {
  it('turns on with a large system font, and the switch overrides it', () => {
    jest.spyOn(wx, 'getSystemInfoSync').mockReturnValue({ fontSizeSetting: 22 } as never);
    expect(careMode()).toBe(true);
    setCareMode(false);
    expect(careMode()).toBe(false);
  });
  it('is off at the normal font size', () => {
    jest.spyOn(wx, 'getSystemInfoSync').mockReturnValue({ fontSizeSetting: 17 } as never);
    expect(careMode()).toBe(false);
  });
});

it('reads the UTC offset from the date', () => {
  expect(utcOffsetMinutes({ getTimezoneOffset: () => -480 } as Date)).toBe(480);
});
