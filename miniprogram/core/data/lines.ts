/**
 * Placeholder so core/view/plan.ts compiles before the lines land: the lines
 * helper (branch c1-verify) writes the real file with the same exports. On a
 * merge conflict, take theirs whole; this one holds no facts.
 */
import { Line, LineId } from '../types';

export const LINES: readonly Line[] = [];
export const LINE_BY_ID: Readonly<Partial<Record<LineId, Line>>> = {};
