import { lazy } from 'react';

/**
 * The programme's tabs other than the overview, each in its own chunk: the first paint loads only
 * the overview, and a tab's code (and the Atlaskit it alone uses: date pickers, selects, dialogs)
 * is fetched on its first visit.
 */
export const AuditsTab = lazy(() => import('../audits/AuditsTab').then((m) => ({ default: m.AuditsTab })));
export const ActionsTab = lazy(() => import('../actions/ActionsTab').then((m) => ({ default: m.ActionsTab })));
export const ReviewTab = lazy(() => import('../review/ReviewTab').then((m) => ({ default: m.ReviewTab })));
export const SoaTab = lazy(() => import('../soa/SoaTab').then((m) => ({ default: m.SoaTab })));
export const AreasTab = lazy(() => import('../areas/AreasTab').then((m) => ({ default: m.AreasTab })));
export const AuditorsTab = lazy(() => import('../auditors/AuditorsTab').then((m) => ({ default: m.AuditorsTab })));
export const SettingsTab = lazy(() => import('../settings/SettingsTab').then((m) => ({ default: m.SettingsTab })));
