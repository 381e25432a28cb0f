/**
 * "Is this official?": two questions kept apart.
 *  - "What is this contact?" (one number, address, mailbox, account id or name):
 *    official / government line / official Tencent domain but not a listed address /
 *    look-alike / personal / foreign / unknown (verify/contact.ts).
 *  - "Is this message a scam?" (a text): its risk signals and every contact in it,
 *    each classified; a message is never official (verify/message.ts).
 * Everything is read through verify/normalise.ts first. Never "safe" unless the data lists it.
 */
export {
  CONTACT_REASON,
  OFFICIAL_DOMAINS,
  NAMES,
  LINE_NAMES,
  bareNameKey,
  classifyAccount,
  classifyAddress,
  classifyEmail,
  classifyName,
  classifyNumber,
  isAlarming,
  isReassuring,
  nameKey,
  parseNumber,
} from './verify/contact';
export type { Contact, ContactKind, ContactReason, ContactType, ParsedNumber } from './verify/contact';
export { check, findContacts, SIGNAL_TEXT, STRONG, textSignals } from './verify/message';
export type { Check, MessageOutcome, Outcome, SignalId } from './verify/message';
export { HIDDEN, MAX_CHARS, asciiDigits, chineseDigits, decodePunycode, normalise, percentDecode, readDots, skeleton, unicodeHost } from './verify/normalise';
export type { Normalised } from './verify/normalise';

import { CONTACT_REASON } from './verify/contact';
import { SIGNAL_TEXT } from './verify/message';
/** Older names of the two text tables (the i18n test reads them). */
export const PATTERN_TEXT = SIGNAL_TEXT;
export const NOTE_TEXT = CONTACT_REASON;
