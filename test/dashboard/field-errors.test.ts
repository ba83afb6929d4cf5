import { describe, expect, it } from 'vitest';
import { errorFor, fieldErrorsOf } from '../../web/dashboard/lib/field-errors.js';

describe('dashboard field errors', () => {
  it('maps a use-case error with details.field, stripping the field prefix from the message', () => {
    expect(fieldErrorsOf({ message: 'rules[2].url: javascript: URLs are not allowed', details: { field: 'rules[2].url', reason: 'scheme' } })).toEqual({
      'rules.2.url': 'javascript: URLs are not allowed',
    });
    expect(fieldErrorsOf({ message: 'This slug is already used on this domain.', details: { field: 'slug' } })).toEqual({
      slug: 'This slug is already used on this domain.',
    });
  });

  it('maps schema issues by path and skips root-level ones', () => {
    const errors = fieldErrorsOf({
      message: 'event.name: Invalid string',
      details: { issues: [{ path: 'event.name', message: 'Invalid string' }, { path: '(root)', message: 'x' }, { path: 'rules.0.when.country.0', message: 'Too long' }] },
    });
    expect(errors).toEqual({ 'event.name': 'Invalid string', 'rules.0.when.country.0': 'Too long' });
    expect(errorFor(errors, 'rules.0.when')).toBe('Too long');
    expect(errorFor(errors, 'rules.1')).toBeUndefined();
  });

  it('returns nothing for errors without details', () => {
    expect(fieldErrorsOf({ message: 'Rate limited' })).toEqual({});
  });
});
