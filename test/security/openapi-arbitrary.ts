/**
 * fast-check arbitraries from the OpenAPI document's JSON schemas, for the fuzz test: values that
 * follow the schema most of the time (so requests get past validation and reach the use cases)
 * and break it some of the time, at every level (wrong types, junk, unknown keys, huge strings).
 */
import fc from 'fast-check';

type Schema = Record<string, any>;

const JUNK: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, '', ' ', '0', -1, 0, 1e308, true, [], {}, '\u0000', '../../etc/passwd', '<script>alert(1)</script>', 'javascript:alert(1)', 'x'.repeat(5000), '💥'.repeat(100), 'a..b.example', 'http://-bad-.example/', 'https://user:pw@example.com/'),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

const URLS = fc.oneof(
  fc.constantFrom('https://example.com/', 'https://example.com/a?b=1#c', 'http://bücher.de/x', 'https://[::1]/', 'https://127.0.0.1:8080/x', 'https://a..b.example/', 'https://-x.example/', 'ftp://x/', 'javascript:alert(1)', 'https://phish.example/login', 'https://sub.phish.example/'),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

export function schemaArbitrary(doc: Schema, schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const valid = validArbitrary(doc, schema, depth);
  return depth > 3 ? valid : fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: JUNK });
}

function resolve(doc: Schema, schema: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 10 && s.$ref; i++) {
    s = s.$ref.replace(/^#\//, '').split('/').reduce((o: Schema, k: string) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return s;
}

function validArbitrary(doc: Schema, raw: Schema | undefined, depth: number): fc.Arbitrary<unknown> {
  if (!raw) return JUNK;
  const schema = resolve(doc, raw);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((v: Schema) => schemaArbitrary(doc, v, depth + 1)));
  if (schema.allOf) return schemaArbitrary(doc, schema.allOf[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (type.length > 1) return fc.oneof(...type.map((t: string) => validArbitrary(doc, { ...schema, type: t }, depth)));
  switch (type[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1e9), max: Math.min(schema.maximum ?? 100_000, 1e9) });
    case 'number':
      return fc.double({ noNaN: true, min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 });
    case 'string': {
      if (schema.format === 'uri') return URLS;
      if (schema.format === 'date-time') return fc.oneof(fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('2026-13-45T99:00:00Z', 'yesterday'));
      if (schema.format === 'hostname') return fc.oneof(fc.domain(), fc.constantFrom('LOCALHOST.', 'go.example.com:8443', 'xn--bcher-kva.de', 'bücher.de', 'a..b', '[::1]'));
      const examples = schema.example !== undefined ? [schema.example] : [];
      const max = Math.min(schema.maxLength ?? 60, 300);
      return fc.oneof(fc.string({ minLength: schema.minLength ?? 0, maxLength: max }), fc.string({ unit: 'grapheme', maxLength: Math.min(max, 20) }), ...(examples.length ? [fc.constantFrom(...examples)] : []));
    }
    case 'array': {
      const maxLength = Math.min(schema.maxItems ?? 5, depth === 0 ? 30 : 5);
      return fc.array(schemaArbitrary(doc, schema.items, depth + 1), { maxLength });
    }
    case 'object':
    case undefined: {
      const properties: Record<string, Schema> = schema.properties ?? {};
      const keys = Object.keys(properties);
      if (keys.length === 0) {
        if (schema.additionalProperties) return fc.dictionary(fc.string({ maxLength: 12 }), schemaArbitrary(doc, schema.additionalProperties, depth + 1), { maxKeys: 30 });
        return type[0] === 'object' ? fc.dictionary(fc.string({ maxLength: 8 }), JUNK, { maxKeys: 3 }) : JUNK;
      }
      const record = fc.record(Object.fromEntries(keys.map((k) => [k, schemaArbitrary(doc, properties[k], depth + 1)])), { requiredKeys: (schema.required ?? []).filter((k: string) => keys.includes(k)) });
      // Now and then an unknown key: strict objects must refuse it with 422, never fail.
      return fc.oneof({ weight: 8, arbitrary: record }, { weight: 1, arbitrary: fc.tuple(record, fc.string({ minLength: 1, maxLength: 10 })).map(([r, k]) => ({ ...(r as object), [k]: 1 })) });
    }
    default:
      return JUNK;
  }
}
