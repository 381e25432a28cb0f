/**
 * Lines for plan tests, independent of the real line data (which the
 * catalogue walk checks): a phone line that is always open, an SMS line with
 * unknown hours, a weekday line with a precondition, an app. Tests mock
 * core/data/lines with `plan-lines.ts` so planView reads these.
 */
import { Line, LineId } from '../../miniprogram/core/types';

export const D = '2026-12-01';
export const FIXTURE_LINES: Partial<Record<LineId, Line>> = {
  'police-110': {
    id: 'police-110',
    kind: 'phone',
    name: { zh: '报警电话 110', en: 'Police 110' },
    handles: { known: true, value: { zh: '报警', en: 'Police' }, source: 'editorial', checkedOn: D },
    number: { known: true, value: { display: '110', dial: '110' }, source: 'editorial', checkedOn: D },
    hours: { known: true, value: { kind: 'always' }, source: 'editorial', checkedOn: D },
    textOnly: false,
    voiceOnly: true,
    worksAbroad: false,
    notes: [{ zh: '记下收款方的账号和名字', en: 'Note the payee’s account and name', source: 'editorial', checkedOn: D }],
  },
  'sms-12110': {
    id: 'sms-12110',
    kind: 'sms',
    name: { zh: '短信报警 12110', en: 'SMS police 12110' },
    handles: { known: true, value: { zh: '短信报警', en: 'Police by SMS' }, source: 'editorial', checkedOn: D },
    number: { known: true, value: { display: '12110', dial: '12110' }, source: 'editorial', checkedOn: D },
    hours: { known: false, note: { zh: '各地规定不同', en: 'Differs by province' }, checkedOn: D },
    textOnly: true,
    voiceOnly: false,
    worksAbroad: false,
  },
  'pboc-12363': {
    id: 'pboc-12363',
    kind: 'phone',
    name: { zh: '中国人民银行 12363', en: 'People’s Bank of China 12363' },
    handles: { known: true, value: { zh: '支付纠纷', en: 'Payment disputes' }, source: 'editorial', checkedOn: D },
    precondition: { known: true, value: { zh: '先向财付通投诉过', en: 'You complained to Tenpay first' }, source: 'editorial', checkedOn: D },
    number: { known: true, value: { display: '12363', dial: '12363' }, source: 'editorial', checkedOn: D },
    hours: {
      known: true,
      value: { kind: 'weekly', slots: [{ days: [1, 2, 3, 4, 5], from: 9 * 60, to: 17 * 60 }] },
      source: 'editorial',
      checkedOn: D,
      typical: true,
    },
    textOnly: false,
    voiceOnly: true,
    worksAbroad: false,
  },
  'anti-fraud-app': {
    id: 'anti-fraud-app',
    kind: 'app',
    name: { zh: '国家反诈中心', en: 'National Anti-Fraud Center' },
    handles: { known: true, value: { zh: '举报诈骗', en: 'Report fraud' }, source: 'editorial', checkedOn: D },
    hours: { known: true, value: { kind: 'always' }, source: 'editorial', checkedOn: D },
    textOnly: true,
    voiceOnly: false,
    worksAbroad: true,
  },
};

/** The module jest.mock puts in place of core/data/lines. */
export const linesModule = { LINE_BY_ID: FIXTURE_LINES, LINES: Object.values(FIXTURE_LINES) };
