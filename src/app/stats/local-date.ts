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
