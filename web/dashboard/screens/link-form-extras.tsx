/**
 * The repeatable parts of the link form: routing rules (conditions → URL) and the audience
 * event's parameters (key → value).
 */
import { Field, bindSelect, bindText } from '../components/field.js';
import { errorFor, type FieldErrors } from '../lib/field-errors.js';
import { RULE_KINDS, RULE_KIND_LABELS, type EventParam, type RuleKind, type RuleRow } from '../lib/link-form-model.js';

export function RulesEditor({ rules, onChange, errors }: { rules: RuleRow[]; onChange(rules: RuleRow[]): void; errors: FieldErrors }) {
  const update = (i: number, rule: RuleRow) => onChange(rules.map((r, j) => (j === i ? rule : r)));
  return (
    <fieldset>
      <legend class="sr-only">Routing rules</legend>
      <p class="hint">
        Send some visitors elsewhere. Rules are checked top to bottom; the first whose conditions all match wins. Everyone else
        goes to the destination URL.
      </p>
      {rules.map((rule, i) => {
        const ruleError = errorFor(errors, `rules.${i}.when`);
        return (
          <div class="rule" key={i} role="group" aria-label={`Rule ${i + 1}`}>
            <div class="row">
              <strong>Rule {i + 1}</strong>
              <span class="spacer" />
              <button type="button" class="btn btn-sm btn-ghost btn-danger" onClick={() => onChange(rules.filter((_, j) => j !== i))}>
                Remove rule {i + 1}
              </button>
            </div>
            {rule.conditions.map((c, j) => (
              <div class="cond" key={j}>
                <select
                  aria-label={`Rule ${i + 1}, condition ${j + 1}: what to match`}
                  {...bindSelect(c.kind, (v) =>
                    update(i, { ...rule, conditions: rule.conditions.map((x, k) => (k === j ? { ...x, kind: v as RuleKind } : x)) }),
                  )}
                >
                  {RULE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {RULE_KIND_LABELS[k].label}
                    </option>
                  ))}
                </select>
                <input
                  aria-label={`Rule ${i + 1}, condition ${j + 1}: values, comma-separated`}
                  placeholder={RULE_KIND_LABELS[c.kind].placeholder}
                  {...bindText(c.values, (v) =>
                    update(i, { ...rule, conditions: rule.conditions.map((x, k) => (k === j ? { ...x, values: v } : x)) }),
                  )}
                />
                <button
                  type="button"
                  class="btn btn-ghost btn-sm btn-icon"
                  aria-label={`Remove condition ${j + 1} of rule ${i + 1}`}
                  disabled={rule.conditions.length === 1}
                  onClick={() => update(i, { ...rule, conditions: rule.conditions.filter((_, k) => k !== j) })}
                >
                  ×
                </button>
              </div>
            ))}
            {ruleError && <p class="error-text">{ruleError}</p>}
            <div>
              <button
                type="button"
                class="link-btn small"
                onClick={() => update(i, { ...rule, conditions: [...rule.conditions, { kind: nextKind(rule), values: '' }] })}
              >
                + Add a condition (all must match)
              </button>
            </div>
            <Field id={`lf-rule-${i}-url`} label={`Rule ${i + 1}: send to`} error={errorFor(errors, `rules.${i}.url`)}>
              {(a) => <input {...a} type="url" inputMode="url" placeholder="https://example.com/de" {...bindText(rule.url, (v) => update(i, { ...rule, url: v }))} />}
            </Field>
          </div>
        );
      })}
      <button
        type="button"
        class="btn btn-sm"
        style={{ marginTop: '0.6rem' }}
        onClick={() => onChange([...rules, { conditions: [{ kind: 'country', values: '' }], url: '' }])}
      >
        Add a rule
      </button>
    </fieldset>
  );
}

function nextKind(rule: RuleRow): RuleKind {
  return RULE_KINDS.find((k) => !rule.conditions.some((c) => c.kind === k)) ?? 'country';
}

export function ParamsEditor({ params, onChange, errors }: { params: EventParam[]; onChange(p: EventParam[]): void; errors: FieldErrors }) {
  const update = (i: number, p: EventParam) => onChange(params.map((x, j) => (j === i ? p : x)));
  // The API names a bad parameter by its key (`event.params.campaign`); local checks by row index.
  const paramsError = Object.entries(errors).find(([k]) => k.startsWith('event.params') && !/^event\.params\.\d+$/.test(k))?.[1];
  return (
    <fieldset id="lf-event-params" tabIndex={-1}>
      <legend class="label">Event parameters</legend>
      {params.map((p, i) => (
        <div key={i}>
          <div class="kv">
            <input aria-label={`Parameter ${i + 1} name`} placeholder="campaign" {...bindText(p.key, (v) => update(i, { ...p, key: v }))} />
            <input aria-label={`Parameter ${i + 1} value`} placeholder="spring" {...bindText(p.value, (v) => update(i, { ...p, value: v }))} />
            <button type="button" class="btn btn-ghost btn-sm btn-icon" aria-label={`Remove parameter ${i + 1}`} onClick={() => onChange(params.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
          {errorFor(errors, `event.params.${i}`) && <p class="error-text">{errorFor(errors, `event.params.${i}`)}</p>}
        </div>
      ))}
      {paramsError && <p class="error-text">{paramsError}</p>}
      <button type="button" class="btn btn-sm" style={{ marginTop: '0.5rem' }} onClick={() => onChange([...params, { key: '', value: '' }])}>
        Add a parameter
      </button>
    </fieldset>
  );
}
