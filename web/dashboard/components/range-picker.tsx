import { PRESETS, type RangeChoice } from '../lib/date-range.js';
import { isoToLocalInput } from '../lib/format.js';
import { Field, bindSelect, bindText } from './field.js';

/** Presets (24 h / 7 / 30 / 90 days), a custom span, and the bucket interval. */
/**
 * Opening "Custom" starts from the range on screen (`currentFrom`), so the picker never opens
 * empty with an error; an error shows only for what was typed.
 */
export function RangePicker({ value, onChange, problem, currentFrom }: { value: RangeChoice; onChange(v: RangeChoice): void; problem: string | null; currentFrom: string }) {
  const set = (patch: Partial<RangeChoice>) => onChange({ ...value, ...patch });
  return (
    <div class="range" role="group" aria-label="Date range">
      <div class="seg" role="group" aria-label="Period">
        {PRESETS.map((p) => (
          <button type="button" key={p.id} aria-pressed={value.preset === p.id} onClick={() => set({ preset: p.id })}>
            {p.label}
          </button>
        ))}
        <button type="button" aria-pressed={value.preset === 'custom'} onClick={() => set({ preset: 'custom', customFrom: value.customFrom || isoToLocalInput(currentFrom) })}>
          Custom
        </button>
      </div>
      {value.preset === 'custom' && (
        <>
          <Field id="range-from" label="From">
            {(a) => <input {...a} type="datetime-local" {...bindText(value.customFrom, (v) => set({ customFrom: v }))} />}
          </Field>
          <Field id="range-to" label="To" hint="Empty: now." error={problem ?? undefined}>
            {(a) => <input {...a} type="datetime-local" {...bindText(value.customTo, (v) => set({ customTo: v }))} />}
          </Field>
        </>
      )}
      <Field id="range-interval" label="Interval">
        {(a) => (
          <select {...a} {...bindSelect(value.interval, (v) => set({ interval: v as RangeChoice['interval'] }))}>
            <option value="auto">Automatic</option>
            <option value="hour">Hourly</option>
            <option value="day">Daily</option>
          </select>
        )}
      </Field>
    </div>
  );
}
