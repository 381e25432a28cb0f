/**
 * Notebook storage for the preview's case states (issue 14): the screenshots in docs/escalation/ and the
 * DevTools audit (test/preview/audit.test.ts) seed these keys before the page loads. The notes are as
 * services/notes.ts stores them (an index of ids, one key per note). Dates are before SHOT_TIME
 * (2026-12-01 10:00 Beijing) so the clock has something to say; no real personal data.
 */
const note = (id, fields) => ({ v: 1, id, ticket: '', next: '', remind: '', createdAt: 1, ...fields });

/** A merchant that did not refund: complained in WeChat Pay on 11-20, Tenpay unhelpful on 11-24. */
const MERCHANT = [
  note('e1', {
    channel: 'kf-web',
    concrete: 'merchant-refund',
    kind: 'merchant-complaint',
    at: '2026-11-20 10:00',
    ticket: '4200002026112012345678',
    said: '投诉商家：说好 3 天内退款，一直没退',
  }),
  note('e2', {
    channel: 'pay-hotline',
    concrete: 'merchant-refund',
    at: '2026-11-24 09:30',
    said: '客服让我继续等商家处理，卡号 6222 0212 3456 7890 128',
    outcome: 'unhappy',
  }),
];
/** A blocked account abroad: the help center on 11-10, no answer since. */
const BANNED = [
  note('e3', { channel: 'international', concrete: 'account-banned', at: '2026-11-10 08:00', ticket: 'HC-88231', said: 'We will review your account' }),
];

function storageOf(notes) {
  const out = { 'wsn:notes:index': JSON.stringify(notes.map((n) => n.id)) };
  for (const n of notes) out[`wsn:note:${n.id}`] = JSON.stringify(n);
  return out;
}

const CASE_STORAGE = storageOf([...MERCHANT, ...BANNED]);

module.exports = { CASE_STORAGE };
