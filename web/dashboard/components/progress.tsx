/** A labelled progress bar (role=progressbar), e.g. audience size toward a platform minimum. */
export function Progress({ value, max, label, valueText }: { value: number; max: number; label: string; valueText: string }) {
  const ratio = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <div
      class={`progress${ratio >= 1 ? ' done' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={valueText}
    >
      <div style={{ width: `${ratio * 100}%` }} />
    </div>
  );
}
