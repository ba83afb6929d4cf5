import { GLOSSARY, type GlossaryTerm } from '../../../src/core/glossary.js';
import { change } from '../lib/stats-filters.js';

export interface KpiProps {
  term: GlossaryTerm;
  /** The figure as shown, e.g. "1,234" or "96%". */
  value: string;
  current: number | null;
  /** The same figure over the previous period, when compared. */
  previous?: number | null | undefined;
  testId: string;
  /** Replaces the glossary definition (e.g. why a figure is missing). */
  note?: string;
  /** A line under the value, e.g. "5,402 of 5,623 confirmed". */
  detail?: string;
}

/**
 * One figure with its word and short definition from the glossary (src/core/glossary.ts), and its
 * change against the previous period. The change is spelled out for screen readers.
 */
export function Kpi({ term, value, current, previous, testId, note, detail }: KpiProps) {
  const g = GLOSSARY[term];
  const delta = change(current, previous);
  return (
    <div class="kpi" data-testid={testId}>
      <span class="label">{g.label}</span>
      <span class="value">{value}</span>
      {delta && (
        <span class={`delta ${delta.direction}`} data-testid={`${testId}-change`}>
          <span aria-hidden="true">{delta.text}</span>
          <span class="sr-only">{delta.text === 'new' ? 'new in this period' : `${delta.text} on the previous period`}</span>
        </span>
      )}
      {detail && <span class="detail">{detail}</span>}
      <span class="def">{note ?? g.definition}</span>
    </div>
  );
}
