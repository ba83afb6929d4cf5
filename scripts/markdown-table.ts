/**
 * Helpers for the generated parts of docs/*.md: a Markdown table between two HTML comment
 * markers, rewritten by a script and compared by a test, while the prose around it stays
 * hand-written.
 */

/** Escape a value for a Markdown table cell (pipes and line breaks would end the cell or row). */
export function cell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Undo `cell`. */
export function uncell(value: string): string {
  return value.trim().replace(/\\([\\|])/g, '$1');
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map((r) => line(r.map(cell)))].join('\n');
}

/** Split a table row into its cells, honouring `\|`. */
export function parseRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\' && i + 1 < inner.length) {
      current += ch + inner[i + 1];
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells.map(uncell);
}

export function markers(name: string): { begin: string; end: string } {
  return {
    begin: `<!-- BEGIN GENERATED ${name}: edit the source, then run the script named above -->`,
    end: `<!-- END GENERATED ${name} -->`,
  };
}

/** The text between the markers, or null when they are missing. */
export function generatedPart(doc: string, name: string): string | null {
  const { begin, end } = markers(name);
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from === -1 || to === -1 || to < from) return null;
  return doc.slice(from + begin.length, to).trim();
}

/** Replace the text between the markers (appending a marked block when there is none). */
export function replaceGenerated(doc: string, name: string, content: string): string {
  const { begin, end } = markers(name);
  const block = `${begin}\n${content}\n${end}`;
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from === -1 || to === -1 || to < from) return `${doc.trimEnd()}\n\n${block}\n`;
  return doc.slice(0, from) + block + doc.slice(to + end.length);
}

/** The data rows (header and separator skipped) of the first table in `text`. */
export function tableRows(text: string): string[][] {
  const lines = text.split('\n').filter((l) => l.trim().startsWith('|'));
  return lines.slice(2).map(parseRow);
}
