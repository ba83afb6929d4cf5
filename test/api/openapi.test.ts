import { describe, expect, it } from 'vitest';
import { testEngines, useTestServer } from './helpers.js';

/** docs/api.md endpoints that exist today, path → methods. */
const ENDPOINTS: Record<string, string[]> = {
  '/links': ['get', 'post'],
  '/links/bulk': ['post'],
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
    expect(doc.servers[0].url).toBe(`${s.config.publicUrl}/api/v1`);
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
