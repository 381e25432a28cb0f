/**
 * Every source: the main package's (channels, lines, categories) and the catalogue's own (payment, account,
 * other), which ship only with the result page's plans.
 */
import { Source } from '../../types';
import { SOURCES } from '../sources';
import { ACCOUNT_SOURCES } from '../sources-account';
import { OTHER_SOURCES } from '../sources-other';
import { PAYMENT_SOURCES } from '../sources-payment';

const CATALOGUE_SOURCES: Readonly<Record<string, Source>> = { ...PAYMENT_SOURCES, ...ACCOUNT_SOURCES, ...OTHER_SOURCES };

export const ALL_SOURCES: Readonly<Record<string, Source>> = { ...SOURCES, ...CATALOGUE_SOURCES };
