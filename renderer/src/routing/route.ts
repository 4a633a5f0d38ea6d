import { periodProblem } from '../../../shared/domain/period';

/**
 * The app's addresses, in one place. Hash routing (`#/…`) works the same in the browser mode and in
 * Electron's app:// pages and needs nothing from either server.
 *
 *   #/<màn hình>?ky=<kỳ>&…
 *
 * - màn hình: tong-quan, so-lieu, nhap-du-lieu, chi-tieu, bao-cao, don-vi, cai-dat
 * - ky: 2024-06, 2024-Q2 or 2024; left out while the screens follow the latest month with figures
 * - bao-cao: loai = tien-do | dien-bien | gui-so-lieu | danh-gia; don-vi = the unit of a dien-bien report
 * - so-lieu: don-vi + chi-so = the cell whose history is open (unit code, indicator code)
 *
 * Anything unknown or malformed is dropped on its own: a bad screen opens Tổng quan, a bad period
 * follows the latest month, a bad report kind opens the default report.
 */
export const SECTION_KEYS = [
  'tong-quan',
  'so-lieu',
  'nhap-du-lieu',
  'chi-tieu',
  'bao-cao',
  'don-vi',
  'cai-dat',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export type ReportKind = 'progress' | 'trend' | 'completeness' | 'evaluation';
const REPORT_SLUGS: Record<ReportKind, string> = {
  progress: 'tien-do',
  trend: 'dien-bien',
  completeness: 'gui-so-lieu',
  evaluation: 'danh-gia',
};

export interface Route {
  section: SectionKey;
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`; undefined = the latest month with figures. */
  period?: string;
  /** Báo cáo only. */
  report?: ReportKind;
  /** Báo cáo (dien-bien): the unit reported on; Số liệu: the open cell's unit. */
  unit?: string;
  /** Số liệu only: the open cell's indicator, always with `unit`. */
  indicator?: string;
}

export const HOME: Route = { section: 'tong-quan' };

// Codes go into the address as typed in the database; anything else is a slip or a crafted link.
const UNIT_RE = /^[0-9A-Za-z._-]{1,32}$/;
const INDICATOR_RE = /^[a-z][a-z0-9_]{0,63}$/;

function canonicalPeriod(raw: string | null): string | undefined {
  if (raw === null || raw !== raw.trim() || periodProblem(raw) !== null) return undefined;
  return raw.toUpperCase();
}

/** The route an address names (`#/so-lieu?ky=2024-06`, with or without `#`); never throws. */
export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '');
  const q = text.indexOf('?');
  const path = (q < 0 ? text : text.slice(0, q)).replace(/^\/+|\/+$/g, '');
  // URLSearchParams never throws: a broken %-escape decodes to U+FFFD, which no check below accepts.
  const params = new URLSearchParams(q < 0 ? '' : text.slice(q + 1));
  const section = (SECTION_KEYS as readonly string[]).includes(path) ? (path as SectionKey) : 'tong-quan';
  const route: Route = { section };
  const period = canonicalPeriod(params.get('ky'));
  if (period) route.period = period;
  const unit = params.get('don-vi');
  const validUnit = unit !== null && UNIT_RE.test(unit) ? unit : undefined;
  if (section === 'bao-cao') {
    const slug = params.get('loai');
    const report = (Object.keys(REPORT_SLUGS) as ReportKind[]).find((k) => REPORT_SLUGS[k] === slug);
    if (report) route.report = report;
    if (report === 'trend' && validUnit) route.unit = validUnit;
  }
  if (section === 'so-lieu') {
    const indicator = params.get('chi-so');
    // A cell is a unit and an indicator together: half of one opens nothing.
    if (validUnit && indicator !== null && INDICATOR_RE.test(indicator)) {
      route.unit = validUnit;
      route.indicator = indicator;
    }
  }
  return route;
}

/** The address of a route, `#/…` with its parts in a fixed order, so equal routes have equal addresses. */
export function formatRoute(route: Route): string {
  const parts: string[] = [];
  const add = (key: string, value: string | undefined) =>
    value !== undefined && parts.push(`${key}=${encodeURIComponent(value)}`);
  add('ky', route.period);
  if (route.section === 'bao-cao') {
    add('loai', route.report && REPORT_SLUGS[route.report]);
    if (route.report === 'trend') add('don-vi', route.unit);
  }
  if (route.section === 'so-lieu' && route.indicator !== undefined) {
    add('don-vi', route.unit);
    add('chi-so', route.indicator);
  }
  return `#/${route.section}${parts.length ? `?${parts.join('&')}` : ''}`;
}
