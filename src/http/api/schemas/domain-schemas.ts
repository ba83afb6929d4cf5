import { z } from '@hono/zod-openapi';
import { EXAMPLE_TIME, idOf, pageOf, timestamp, urlString } from './common.js';

const notFoundUrl = (description: string) => urlString().nullable().optional().openapi({ description, example: 'https://example.com/' });
const rootUrl = (description: string) => urlString().nullable().optional().openapi({ description, example: 'https://example.com/' });

export const DomainCreate = z
  .strictObject({
    hostname: z.string().min(1).max(260).openapi({ format: 'hostname', example: 'go.example.com' }),
    notFoundUrl: notFoundUrl('Where unknown slugs on this domain go; the 404 page when absent.'),
    rootUrl: rootUrl('Where the bare domain (`https://go.example.com/`) goes; this server’s home page when absent.'),
  })
  .openapi('DomainCreate', { example: { hostname: 'go.example.com', notFoundUrl: 'https://example.com/', rootUrl: 'https://example.com/' } });

export const DomainUpdate = z
  .strictObject({
    notFoundUrl: notFoundUrl('Where unknown slugs on this domain go; null for the 404 page.'),
    rootUrl: rootUrl('Where the bare domain goes; null for this server’s home page.'),
  })
  .openapi('DomainUpdate', { example: { notFoundUrl: null, rootUrl: 'https://example.com/' } });

export const DomainVerification = z
  .object({
    status: z.enum(['pending', 'verified', 'failed']).openapi({ description: '`pending`: never checked; `verified`: the last check reached this Ricochet; `failed`: it did not (see `error`).' }),
    token: z.string().openapi({ description: 'What the domain answers at `/_r/domain-check` when it reaches this Ricochet.' }),
    checkedAt: timestamp().nullable(),
    verifiedAt: timestamp().nullable().openapi({ description: 'Since when the domain is verified (the first successful check of a passing streak).' }),
    error: z.string().nullable().openapi({ description: 'Why the last check failed, in words for people.' }),
    dnsRecord: z
      .object({ type: z.enum(['CNAME', 'A']), name: z.string(), value: z.string() })
      .openapi({ description: 'The DNS record to create: a CNAME to the default domain’s host (an A record when that host is an IP address).' }),
  })
  .openapi('DomainVerification');

const example = {
  id: 'dom_01kbmz3f8r9c2v6x4n7q5t8w0y',
  hostname: 'go.example.com',
  notFoundUrl: 'https://example.com/',
  rootUrl: null,
  verification: { status: 'verified', token: 'rcv_3Jq9xWm2Lp7Tz1Rk5Vb8Nd4Hs6Yc', checkedAt: EXAMPLE_TIME, verifiedAt: EXAMPLE_TIME, error: null, dnsRecord: { type: 'CNAME', name: 'go.example.com', value: 'links.example.net' } },
  createdAt: EXAMPLE_TIME,
};

export const DomainResponse = z
  .object({
    id: idOf('domain'),
    hostname: z.string().openapi({ format: 'hostname' }),
    notFoundUrl: z.string().nullable().openapi({ format: 'uri' }),
    rootUrl: z.string().nullable().openapi({ format: 'uri' }),
    verification: DomainVerification,
    createdAt: timestamp(),
  })
  .openapi('Domain', { example });

export const DomainCheckResponse = DomainResponse.extend({
  dns: z
    .object({ cname: z.array(z.string()), addresses: z.array(z.string()) })
    .openapi({ description: 'What DNS answered for the hostname during this check.' }),
}).openapi('DomainCheck', { example: { ...example, dns: { cname: ['links.example.net'], addresses: [] } } });

export const DomainPage = pageOf(DomainResponse, 'DomainPage', example);
