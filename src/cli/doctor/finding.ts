/** One line of `ricochet doctor`: what was checked, how it went, and what to do about it. */
export type Severity = 'ok' | 'warn' | 'fail';
export type Area = 'config' | 'proxy' | 'database' | 'keys' | 'domains' | 'disk' | 'clock';

export interface Finding {
  area: Area;
  severity: Severity;
  message: string;
  /** What to change; present on every warn and fail. */
  fix?: string;
}

export const ok = (area: Area, message: string): Finding => ({ area, severity: 'ok', message });
export const warn = (area: Area, message: string, fix: string): Finding => ({ area, severity: 'warn', message, fix });
export const fail = (area: Area, message: string, fix: string): Finding => ({ area, severity: 'fail', message, fix });
