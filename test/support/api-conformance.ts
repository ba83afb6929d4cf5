/**
 * Declared-status and declared-header conformance (issue 20): every API response a test server
 * sends is recorded, and when the server closes, each one is checked against its operation in
 * the server's own OpenAPI document. A status the operation does not declare, an error code
 * outside the enum declared for that status, a header the response does not declare, or a JSON
 * body that does not match the declared schema fails the test file that produced it. So the whole
 * suite's traffic keeps the document honest.
 */
import type http from 'node:http';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export interface RecordedResponse {
  method: string;
  /** Path and query as requested, e.g. `/api/v1/links?limit=5`. */
  url: string;
  status: number;
  /** Lower-case names of the response headers. */
  headers: string[];
  /** `error.code` of a JSON error body. */
  errorCode?: string;
  /** A JSON body, parsed. */
  body?: unknown;
}

/** Bodies beyond this are not kept for the schema check (no test produces one). */
const MAX_KEPT_BYTES = 4 * 1024 * 1024;

/**
 * Headers HTTP itself manages (framing, connection, date) or that OpenAPI says not to declare
 * (`content-type` is the media type of `content`). Everything else must be declared.
 */
const TRANSPORT_HEADERS = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/** Wrap a request listener so it records every `/api/v1/` response it sends. */
export function recordApiResponses(listener: http.RequestListener, into: RecordedResponse[]): http.RequestListener {
  return (req, res) => {
    const url = req.url ?? '';
    if (url.startsWith('/api/v1/')) {
      const chunks: Buffer[] = [];
      // @hono/node-server hands headers to writeHead, which keeps them out of getHeaders().
      const headed = new Map<string, string>();
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
      res.writeHead = ((status: number, ...rest: unknown[]) => {
        const given = rest.find((a) => typeof a === 'object' && a !== null);
        const pairs: Array<[string, unknown]> = Array.isArray(given)
          ? (given as unknown[]).flatMap((v, i, all) => (i % 2 === 0 ? [[String(v), all[i + 1]] as [string, unknown]] : []))
          : Object.entries((given ?? {}) as Record<string, unknown>);
        for (const [name, value] of pairs) headed.set(name.toLowerCase(), String(value));
        return writeHead(status, ...rest);
      }) as typeof res.writeHead;
      const write = res.write.bind(res) as (...args: unknown[]) => boolean;
      const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
      let kept = 0;
      const keep = (chunk: unknown) => {
        if (kept > MAX_KEPT_BYTES || !chunk || typeof chunk === 'function') return;
        const buffer = Buffer.from(chunk as string);
        kept += buffer.length;
        chunks.push(buffer);
      };
      res.write = ((chunk: unknown, ...rest: unknown[]) => (keep(chunk), write(chunk, ...rest))) as typeof res.write;
      res.end = ((chunk?: unknown, ...rest: unknown[]) => (keep(chunk), end(chunk, ...rest))) as typeof res.end;
      res.once('finish', () => {
        for (const [name, value] of Object.entries(res.getHeaders())) headed.set(name.toLowerCase(), String(value));
        const record: RecordedResponse = { method: req.method ?? 'GET', url, status: res.statusCode, headers: [...headed.keys()] };
        if ((headed.get('content-type') ?? '').startsWith('application/json') && kept <= MAX_KEPT_BYTES) {
          try {
            record.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (res.statusCode >= 400) record.errorCode = (record.body as { error?: { code?: string } }).error?.code;
          } catch {
            // A body cut short (a closed connection) has nothing to check.
          }
        }
        into.push(record);
      });
    }
    listener(req, res);
  };
}

interface Operation {
  path: string;
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema?: unknown }> }>;
}

/** The operation a request reaches: fixed path segments win over templated ones, as in the router. */
export function findOperation(doc: any, method: string, url: string): Operation | null {
  // As the server sees it: the URL parser resolves `.` and `..` segments (`/links/..` is `/`).
  const resolved = new URL(url, 'http://server').pathname;
  if (!resolved.startsWith('/api/v1/')) return null;
  const path = resolved.slice('/api/v1'.length);
  const segments = path.split('/');
  let best: { template: string; score: number } | null = null;
  for (const template of Object.keys(doc.paths)) {
    const parts = template.split('/');
    if (parts.length !== segments.length || !doc.paths[template][method.toLowerCase()]) continue;
    let score = 0;
    const matches = parts.every((part, i) => {
      if (part.startsWith('{')) return segments[i] !== '';
      score += 1;
      return part === decodeURIComponent(segments[i]!);
    });
    if (matches && (!best || score > best.score)) best = { template, score };
  }
  return best ? { path: best.template, responses: doc.paths[best.template][method.toLowerCase()].responses } : null;
}

function resolve(doc: any, node: any): any {
  return node?.$ref ? resolve(doc, node.$ref.split('/').slice(1).reduce((o: any, k: string) => o[k], doc)) : node;
}

function declaredCodes(doc: any, response: any): string[] | null {
  const schema = resolve(doc, response?.content?.['application/json']?.schema);
  const code = resolve(doc, schema?.properties?.error?.properties?.code);
  return Array.isArray(code?.enum) ? code.enum : null;
}

/**
 * Validators of the document's response schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses): the
 * components are registered once under the id `doc`, and each response schema's `#/components/…`
 * references are pointed there.
 */
function schemaChecker(doc: any): (schema: unknown, body: unknown) => string | null {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'doc', components: doc.components });
  const compiled = new Map<string, ValidateFunction>();
  return (schema, body) => {
    const text = JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/');
    let validate = compiled.get(text);
    if (!validate) {
      validate = ajv.compile(JSON.parse(text));
      compiled.set(text, validate);
    }
    if (validate(body)) return null;
    const e = validate.errors?.[0];
    return `${e?.instancePath || '(body)'} ${e?.message ?? 'is invalid'}`;
  };
}

/**
 * Problems with the recorded responses, one line each (empty when all conform). Requests that
 * reach no operation (unknown paths or methods: the generic 404) are not checked here.
 */
export function conformanceProblems(doc: any, records: readonly RecordedResponse[]): string[] {
  const problems = new Set<string>();
  const check = schemaChecker(doc);
  for (const r of records) {
    const op = findOperation(doc, r.method, r.url);
    if (!op) continue;
    const where = `${r.method} ${op.path}`;
    const response = op.responses[String(r.status)];
    if (!response) {
      problems.add(`${where} answered ${r.status}${r.errorCode ? ` ${r.errorCode}` : ''}, which it does not declare`);
      continue;
    }
    const codes = declaredCodes(doc, response);
    if (r.errorCode && codes && !codes.includes(r.errorCode)) problems.add(`${where} answered ${r.status} ${r.errorCode}, not among the declared ${codes.join(', ')}`);
    const schema = response.content?.['application/json']?.schema;
    if (r.body !== undefined && schema) {
      const problem = check(schema, r.body);
      if (problem) problems.add(`${where} ${r.status}: the body does not match its schema: ${problem}`);
    }
    const declared = new Set(Object.keys(response.headers ?? {}).map((h) => h.toLowerCase()));
    for (const header of r.headers) {
      if (!TRANSPORT_HEADERS.has(header) && !declared.has(header)) problems.add(`${where} ${r.status} sent the header ${header}, which it does not declare`);
    }
  }
  return [...problems];
}
