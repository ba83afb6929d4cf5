const formatters = new Map<string, Intl.DateTimeFormat>();
/** Hour bucket → local date, per zone: a 90-day series asks for 2,160 of them per request. */
const memo = new Map<string, Map<number, string>>();
const MEMO_LIMIT = 50_000;

/** `YYYY-MM-DD` of an instant in an IANA time zone. */
export function localDate(at: number, timeZone: string): string {
  let dates = memo.get(timeZone);
  if (!dates) {
    dates = new Map();
    memo.set(timeZone, dates);
  }
  let date = dates.get(at);
  if (date === undefined) {
    let format = formatters.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      formatters.set(timeZone, format);
    }
    date = format.format(at);
    if (dates.size >= MEMO_LIMIT) dates.clear();
    dates.set(at, date);
  }
  return date;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();
const clockMemo = new Map<string, Map<number, number>>();
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The local hour (0–23) and weekday (0 = Monday … 6 = Sunday) an hour bucket starts on in an IANA
 * zone, packed as `weekday * 24 + hour` (memoised like `localDate`).
 */
export function localHourOfWeek(at: number, timeZone: string): number {
  let memo = clockMemo.get(timeZone);
  if (!memo) {
    memo = new Map();
    clockMemo.set(timeZone, memo);
  }
  let slot = memo.get(at);
  if (slot === undefined) {
    let format = clockFormatters.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
      clockFormatters.set(timeZone, format);
    }
    const parts = format.formatToParts(at);
    const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
    const weekday = WEEKDAYS.indexOf(parts.find((p) => p.type === 'weekday')?.value ?? 'Mon');
    slot = weekday * 24 + hour;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(at, slot);
  }
  return slot;
}
