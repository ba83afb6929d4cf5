/**
 * Bulk create: paste lines or pick a CSV file, check the parse, then send `POST /links/bulk` in
 * chunks with a progress bar and a result per row.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { CopyButton } from '../components/copy-button.js';
import { Field, bindText } from '../components/field.js';
import { PageHead } from '../components/page-head.js';
import { Progress } from '../components/progress.js';
import { useToast } from '../components/toast.js';
import { messageOf } from '../lib/api.js';
import { chunk, parseBulkInput, type BulkRow } from '../lib/bulk-input.js';
import { displayUrl, formatNumber, plural } from '../lib/format.js';
import { can } from '../lib/role.js';
import { useSession } from '../lib/session.js';
import type { BulkResult } from '../lib/types.js';

/** Small enough to show progress on a few hundred links, large enough to keep requests few. */
const CHUNK = 50;

interface RowResult {
  row: BulkRow;
  ok: boolean;
  shortUrl?: string;
  message?: string;
}

export function BulkCreateScreen() {
  const { api, role } = useSession();
  const toast = useToast();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [done, setDone] = useState(0);
  const [results, setResults] = useState<RowResult[] | null>(null);
  const stop = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const parsed = useMemo(() => parseBulkInput(text), [text]);

  if (!can(role, 'write:links')) {
    return (
      <>
        <PageHead title="Bulk create" back={{ href: '#/links', label: 'Links' }} />
        <p class="notice">Your key is read-only: it cannot create links.</p>
      </>
    );
  }

  async function readFile(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > 5 * 1024 * 1024) {
      toast.error('That file is larger than 5 MB; split it into smaller files.');
      return;
    }
    setText(await file.text());
    setFileName(file.name);
    setResults(null);
  }

  async function run() {
    const rows = parsed.rows;
    if (rows.length === 0) return;
    setRunning(true);
    setDone(0);
    stop.current = false;
    const out: RowResult[] = [];
    setResults(out);
    for (const part of chunk(rows, CHUNK)) {
      if (stop.current) break;
      try {
        const res = await api.post<BulkResult>('/links/bulk', { links: part.map((r) => r.body) });
        for (const r of res.results) {
          const row = part[r.index];
          if (!row) continue;
          out.push(r.ok ? { row, ok: true, shortUrl: r.link?.shortUrl ?? '' } : { row, ok: false, message: r.error?.message ?? 'Failed.' });
        }
      } catch (error) {
        // The whole chunk failed (rate limit, network, permissions): report it on each row.
        for (const row of part) out.push({ row, ok: false, message: messageOf(error) });
      }
      setDone(out.length);
      setResults([...out]);
    }
    setRunning(false);
    const created = out.filter((r) => r.ok).length;
    if (created === out.length) toast.ok(`Created ${plural(created, 'link')}.`);
    else toast.error(`Created ${formatNumber(created)} of ${plural(out.length, 'link')}; see the failures below.`);
  }

  const created = results?.filter((r) => r.ok).length ?? 0;
  const failed = (results?.length ?? 0) - created;
  const total = parsed.rows.length;

  return (
    <>
      <PageHead title="Bulk create" back={{ href: '#/links', label: 'Links' }} sub="Create many links at once. Each gets your default pixels." />
      <div class="card stack">
        <Field
          id="bulk-text"
          label="Links, one per line"
          hint={
            <>
              A URL per line, or <code>url,slug,tags</code> (slug and tags optional; separate tags with <code>|</code>). A CSV file
              may instead start with a header row naming <code>url</code>, <code>slug</code>, <code>tags</code>, <code>title</code>,{' '}
              <code>domain</code>. Quote URLs that contain commas.
            </>
          }
        >
          {(a) => (
            <textarea
              {...a}
              rows={8}
              placeholder={'https://example.com/spring\nhttps://example.com/summer,summer-sale,seasonal|newsletter'}
              disabled={running}
              {...bindText(text, (v) => {
                setText(v);
                setFileName(null);
                setResults(null);
              })}
            />
          )}
        </Field>
        <div class="row">
          <button type="button" class="btn" onClick={() => fileInput.current?.click()} disabled={running}>
            Choose a CSV file…
          </button>
          <input ref={fileInput} id="bulk-file" hidden type="file" accept=".csv,.txt,text/csv,text/plain" onChange={readFile} />
          {fileName && <span class="muted small">{fileName}</span>}
        </div>
        <div aria-live="polite">
          {text.trim() !== '' && (
            <p class={parsed.problems.length || parsed.warnings.length ? 'notice warn' : 'muted'} data-testid="bulk-summary">
              {plural(total, 'link')} ready.
              {parsed.warnings.length > 0 && ` ${parsed.warnings.join(' ')}`}
              {parsed.problems.length > 0 && ` ${plural(parsed.problems.length, 'line')} skipped: ${parsed.problems.slice(0, 3).map((p) => `line ${p.line}: ${p.message}`).join(' ')}`}
            </p>
          )}
        </div>
        <div class="row">
          <button type="button" class="btn btn-primary" disabled={running || total === 0} onClick={run}>
            {running ? 'Creating…' : `Create ${plural(total, 'link')}`}
          </button>
          {running && (
            <button type="button" class="btn" onClick={() => (stop.current = true)}>
              Stop after this batch
            </button>
          )}
        </div>
        {results && (
          <div>
            <Progress value={done} max={Math.max(1, total)} label="Bulk create progress" valueText={`${done} of ${total} processed`} />
            <p class="small" style={{ marginTop: '0.4rem' }} aria-live="polite" data-testid="bulk-progress">
              {formatNumber(done)} of {formatNumber(total)} processed · <span class="result-ok">{formatNumber(created)} created</span>
              {failed > 0 && (
                <>
                  {' '}
                  · <span class="result-fail">{formatNumber(failed)} failed</span>
                </>
              )}
            </p>
          </div>
        )}
      </div>
      {results && results.length > 0 && (
        <div class="table-wrap" style={{ marginTop: '1rem' }}>
          <table data-testid="bulk-results">
            <caption class="sr-only">Result per line</caption>
            <thead>
              <tr>
                <th scope="col" class="num">Line</th>
                <th scope="col">URL</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.row.line}>
                  <td class="num">{r.row.line}</td>
                  <td class="dest-cell">
                    <div class="dest" title={r.row.body.url}>
                      {displayUrl(r.row.body.url)}
                    </div>
                  </td>
                  <td>
                    {r.ok ? (
                      <span class="short">
                        <span class="result-ok">Created</span> <span class="mono small">{r.shortUrl}</span>
                        {r.shortUrl && <CopyButton text={r.shortUrl} label={`Copy ${r.shortUrl}`} compact />}
                      </span>
                    ) : (
                      <span class="result-fail">{r.message}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
