import { describe, expect, it } from 'vitest';
import { closestNames, editDistance } from './closest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['acme', 'acme', 0],
    ['acme', 'ACME', 0],
    ['acme', 'acne', 1],
    ['acme', 'acm', 1],
    ['acme', 'xacme', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closestNames', () => {
  it('finds typos and case slips, nearest first, and nothing for unrelated names', () => {
    expect(closestNames('markting', ['sales', 'marketing', 'Marketing EU'])).toEqual(['marketing']);
    expect(closestNames('Default', ['default', 'defaults'])).toEqual(['default', 'defaults']);
    expect(closestNames('globex', ['acme', 'initech'])).toEqual([]);
  });
});
