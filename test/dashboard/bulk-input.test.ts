import { describe, expect, it } from 'vitest';
import { chunk, parseBulkInput, parseDelimited } from '../../web/dashboard/lib/bulk-input.js';

describe('dashboard bulk input', () => {
  it('takes one URL per line, skipping blanks and # comments, with 1-based line numbers', () => {
    const out = parseBulkInput('https://a.example/1\n\n# a note\nhttps://a.example/2\r\n');
    expect(out.problems).toEqual([]);
    expect(out.rows).toEqual([
      { line: 1, body: { url: 'https://a.example/1' } },
      { line: 4, body: { url: 'https://a.example/2' } },
    ]);
  });

  it('reads url,slug,tags lines; tags split on | or ;', () => {
    const out = parseBulkInput('https://a.example/1,spring,seasonal|news\nhttps://a.example/2,,a;b\nhttps://a.example/3,summer');
    expect(out.rows.map((r) => r.body)).toEqual([
      { url: 'https://a.example/1', slug: 'spring', tags: ['seasonal', 'news'] },
      { url: 'https://a.example/2', tags: ['a', 'b'] },
      { url: 'https://a.example/3', slug: 'summer' },
    ]);
  });

  it('honours a header row in any order, with title and domain, and quoted cells', () => {
    const csv = 'slug,URL,title,domain\r\nq1,"https://a.example/?x=1,2","Say ""hi""",go.example\n';
    const out = parseBulkInput(csv);
    expect(out.rows).toEqual([
      { line: 2, body: { url: 'https://a.example/?x=1,2', slug: 'q1', title: 'Say "hi"', domain: 'go.example' } },
    ]);
  });

  it('reads tab-separated lines pasted from a spreadsheet', () => {
    expect(parseBulkInput('https://a.example/1\tslug-1\ttag').rows[0]!.body).toEqual({ url: 'https://a.example/1', slug: 'slug-1', tags: ['tag'] });
  });

  it('reports lines without a URL instead of sending them', () => {
    const out = parseBulkInput('url,slug\n,lonely\nhttps://a.example/1,ok');
    expect(out.problems).toEqual([{ line: 2, message: 'No URL on this line.' }]);
    expect(out.rows).toHaveLength(1);
  });

  it('keeps newlines inside quotes in one record and numbers the next record correctly', () => {
    expect(parseDelimited('"a\nb",c\nd', ',')).toEqual([
      { line: 1, cells: ['a\nb', 'c'] },
      { line: 3, cells: ['d'] },
    ]);
  });

  it('chunks', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('issue 22: headers in any case, the CLI import’s columns, unknown columns named', () => {
    const out = parseBulkInput('URL,Slug,Redirect Type,UTM Source,Notes\nhttps://a.example/1,one,301,news,call Anna\n');
    expect(out.rows).toEqual([{ line: 2, body: { url: 'https://a.example/1', slug: 'one', redirectType: 301, utm: { source: 'news' } } }]);
    expect(out.warnings).toEqual(['Ignored column not known to Ricochet: Notes.']);
  });
});
