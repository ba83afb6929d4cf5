import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/core/errors.js';
import { testEngines, useTestServer } from './helpers.js';

/** docs/api.md endpoints, path → methods. */
const ENDPOINTS: Record<string, string[]> = {
  '/links': ['get', 'post'],
  '/links/bulk': ['post', 'patch', 'delete'],
  '/links/lookup': ['get'],
  '/links/external/{externalId}': ['put'],
  '/tags': ['get'],
  '/links/{id}': ['get', 'patch', 'delete'],
  '/pixels': ['get', 'post'],
  '/pixels/{id}': ['get', 'patch', 'delete'],
  '/domains': ['get', 'post'],
  '/domains/{id}': ['delete'],
  '/api-keys': ['get', 'post'],
  '/api-keys/{id}': ['delete'],
  '/workspace': ['get', 'patch'],
};

/** Property names of a schema, following `$ref` and `allOf`. */
function propertiesOf(doc: any, schema: any): string[] {
  if (schema.$ref) return propertiesOf(doc, doc.components.schemas[schema.$ref.split('/').pop()]);
  return [...Object.keys(schema.properties ?? {}), ...(schema.allOf ?? []).flatMap((s: any) => propertiesOf(doc, s))];
}

describe.each(testEngines())('OpenAPI and docs on %s', (engine) => {
  const s = useTestServer(engine);

  it('serves an OpenAPI 3.1 document without a key', async () => {
    const res = await s.get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = (await res.json()) as any;
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.title).toBe('Ricochet API');
    expect(doc.servers).toEqual([{ url: '/api/v1', description: expect.any(String) }]);
  });

  it('lists every endpoint of the contract with its methods', async () => {
    const doc = (await (await s.get('/api/openapi.json')).json()) as any;
    for (const [path, methods] of Object.entries(ENDPOINTS)) {
      expect(doc.paths, path).toHaveProperty([path]);
      for (const method of methods) expect(doc.paths[path], `${method} ${path}`).toHaveProperty([method]);
    }
  });

  it('declares a bearer security scheme and requires it on every operation', async () => {
    const doc = (await (await s.get('/api/openapi.json')).json()) as any;
    const schemes = doc.components.securitySchemes;
    const bearer = Object.values(schemes).find((x: any) => x.type === 'http' && x.scheme === 'bearer');
    expect(bearer).toBeDefined();
    const name = Object.keys(schemes).find((k) => schemes[k] === bearer)!;
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        expect(op.security, `${method} ${path}`).toEqual([{ [name]: [] }]);
      }
    }
  });

  it('is generated from the request schemas: limits, enums and strictness show up', async () => {
    const doc = (await (await s.get('/api/openapi.json')).json()) as any;
    const create = doc.components.schemas.LinkCreate;
    expect(create.required).toEqual(['url']);
    expect(create.additionalProperties).toBe(false);
    expect(Object.keys(create.properties)).toEqual(expect.arrayContaining(['url', 'slug', 'domain', 'title', 'tags', 'pixelIds', 'redirectType', 'forwardQuery', 'expiresAt', 'expiredUrl', 'maxClicks', 'password', 'rules', 'consent', 'event']));
    expect(doc.components.schemas.ApiKeyCreate.properties.role.enum).toEqual(['owner', 'admin', 'member', 'viewer']);
    const listParams = doc.paths['/links'].get.parameters.map((p: any) => p.name);
    expect(listParams).toEqual(expect.arrayContaining(['limit', 'cursor', 'q', 'tag', 'domain']));
    expect(doc.components.schemas.Link.properties).not.toHaveProperty('password');
    expect(doc.components.schemas.ApiKey.properties).not.toHaveProperty('secret');
    expect(propertiesOf(doc, doc.components.schemas.ApiKeyCreated)).toEqual(expect.arrayContaining(['id', 'name', 'role', 'prefix', 'secret']));
  });

  it('describes every operation: a verbNoun operationId, summary, description and one declared tag', async () => {
    const doc = (await (await s.get('/api/openapi.json')).json()) as any;
    const tags = new Set(doc.tags.map((t: any) => t.name));
    for (const t of doc.tags) expect(t.description?.length ?? 0, t.name).toBeGreaterThan(10);
    const ids: string[] = [];
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        const where = `${method} ${path}`;
        // Issue 21 added the webhook actions: rotate a secret, send a test event, redeliver a message.
        expect(op.operationId, where).toMatch(/^(get|list|create|update|delete|lookup|upsert|export|check|rotate|send|redeliver)[A-Z][A-Za-z]+$/);
        expect(op.summary, where).toMatch(/\S/);
        expect(op.description?.length ?? 0, where).toBeGreaterThan(10);
        expect(op.tags, where).toHaveLength(1);
        expect(tags.has(op.tags[0]), where).toBe(true);
        ids.push(op.operationId);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.info.license).toMatchObject({ name: 'MIT' });
    expect(doc.info.contact).toBeDefined();
  });

  it('declares every status with its catalogue codes as an enum, and the headers each response sends', async () => {
    const doc = (await (await s.get('/api/openapi.json')).json()) as any;
    const resolve = (node: any): any => (node?.$ref ? resolve(node.$ref.split('/').slice(1).reduce((o: any, k: string) => o[k], doc)) : node);
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        const where = `${method} ${path}`;
        expect(Object.keys(op.responses), where).toEqual(expect.arrayContaining(['401', '429', '500', '503']));
        for (const [status, response] of Object.entries<any>(op.responses)) {
          expect(response.headers?.['x-request-id'], `${where} ${status}`).toEqual({ $ref: '#/components/headers/RequestId' });
          if (status === '201') expect(response.headers.location, `${where} 201`).toBeDefined();
          if (status === '429') expect(response.headers['retry-after'], `${where} 429`).toBeDefined();
          if (Number(status) >= 400) {
            const codes: string[] = resolve(resolve(response.content['application/json'].schema).properties.error.properties.code).enum;
            expect(codes.length, `${where} ${status}`).toBeGreaterThan(0);
            for (const code of codes) expect(ERRORS[code as keyof typeof ERRORS]?.status, `${where} ${status} ${code}`).toBe(Number(status));
          }
        }
        if (!op.requestBody) expect(op.responses['415'], `${where} has no body`).toBeUndefined();
      }
    }
  });

  it('gives every request and response schema an example, and formats to times and URLs', async () => {
    const doc = (await (await s.get('/api/openapi.json')).json()) as any;
    const resolve = (node: any): any => (node?.$ref ? resolve(node.$ref.split('/').slice(1).reduce((o: any, k: string) => o[k], doc)) : node);
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        const bodies = [op.requestBody, ...Object.values<any>(op.responses)].flatMap((r) => Object.values<any>(resolve(r)?.content ?? {}));
        for (const media of bodies) {
          const schema = resolve(media.schema);
          expect(media.example ?? schema.example, `${method} ${path}: a body schema without an example`).toBeDefined();
        }
      }
    }
    const link = doc.components.schemas.Link.properties;
    expect([link.createdAt.format, link.expiresAt.format, link.url.format, link.shortUrl.format]).toEqual(['date-time', 'date-time', 'uri', 'uri']);
    expect(link.redirectType.enum).toEqual([301, 302, 307, 308]);
    expect(link.clicks.deprecated).toBe(true);
    expect(doc.components.schemas.LinkBulkCreate.properties.links).toMatchObject({ items: { $ref: '#/components/schemas/LinkCreate' }, maxItems: 1000 });
  });

  it('serves the docs UI with local Swagger assets only', async () => {
    const res = await s.get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/https?:\/\//);
    for (const ref of refs) {
      expect(ref.startsWith('/')).toBe(true);
      const asset = await s.get(ref);
      expect(asset.status, ref).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, ref).toBeGreaterThan(0);
    }
    const init = await (await s.get('/api/docs/init.js')).text();
    expect(init).toContain('/api/openapi.json');
  });

  it('answers 404 for an unknown docs asset', async () => {
    expect((await s.get('/api/docs/nope.js')).status).toBe(404);
  });
});
