/**
 * Page paths of a case, the contract between the result page, the notebook and the complaint page:
 * - `/pages/notes/index?case=<CaseKey>&add=1` opens the notebook on the case with the form to add a contact;
 * - `/pages/notes/index?case=<CaseKey>` opens the notebook on the case;
 * - `/pages/complaint/index?case=<CaseKey>[&route=<RouteId>]` opens the complaint page.
 * Case keys and route ids are plain ids (core/case.ts, data/complaint-routes.ts): no personal data.
 */
import type { CaseKey } from './case';

export const casePaths = (key: CaseKey): { add: string; notes: string; complaint: string } => ({
  add: `/pages/notes/index?case=${key}&add=1`,
  notes: `/pages/notes/index?case=${key}`,
  complaint: `/pages/complaint/index?case=${key}`,
});

export const complaintPath = (key: CaseKey, route?: string): string => `${casePaths(key).complaint}${route ? `&route=${route}` : ''}`;
