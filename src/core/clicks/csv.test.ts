import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv.js';

describe('csvField', () => {
  it.each([
    [null, ''],
    ['', ''],
    ['plain', 'plain'],
    [42, '42'],
    [-5, '-5'], // numbers are ours, not a stranger's formula
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
  ])('%j → %j', (value, out) => {
    expect(csvField(value)).toBe(out);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=x', '\r=x', '=HYPERLINK("http://evil.example","x")'])('defuses the formula %j with a leading quote', (value) => {
    const field = csvField(value);
    const unquoted = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
    expect(unquoted).toBe(`'${value}`);
  });

  it('quotes a defused formula that holds a comma or quotes', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });
});

describe('csvLine', () => {
  it('joins fields with commas and ends with CRLF (RFC 4180)', () => {
    expect(csvLine(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
  });
});
