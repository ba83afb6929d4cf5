import { isIP } from 'node:net';
import type { SecretBox } from '../app/secrets/secret-box.js';
import type { HttpAnswer, HttpRequest, PlatformAccount, PlatformApi, SendMode } from '../core/conversions/platform-api.js';
import { platformApi } from '../core/conversions/platforms/index.js';
import type { PixelDelivery, PlatformItem } from '../core/conversions/server-event.js';
import { all, dropped, rejected, retry, type BatchVerdict, type DeliveryOutcome } from '../core/delivery/outcome.js';
import type { Delivery, Destination, DestinationDirectory } from '../delivery/port.js';
import type { HttpClient } from '../delivery/http-client.js';
import type { PixelServerStore } from '../storage/pixel-server-store.js';
import { oauth1Header } from './oauth1.js';

/** Destination keys of pixels: `pixel:<pixel id>`. */
export const PIXEL_PREFIX = 'pixel:';
export const pixelDestination = (pixelId: string): string => `${PIXEL_PREFIX}${pixelId}`;

/** Open a pixel's sealed credentials: bound to its pixel id (a sealed set copied to another row does not open). */
export function openSecrets(secrets: SecretBox, pixelId: string, sealed: string): Record<string, string> {
  return JSON.parse(secrets.open(sealed, pixelId)) as Record<string, string>;
}

export function sealSecrets(secrets: SecretBox, pixelId: string, values: Record<string, string>): string {
  return secrets.seal(JSON.stringify(values), pixelId);
}

/**
 * Sends one request for a platform: the access token first where the platform needs one (cached
 * until shortly before it expires, dropped on a 401), OAuth 1.0a signing where it signs, then the
 * request; the answer is classified by the platform's own rules. Credentials never reach a
 * message: every value of `account.secrets` is masked out of what is reported.
 */
export class PlatformSender {
  private readonly http: HttpClient;
  private readonly tokens = new Map<string, { token: string; until: number }>();

  constructor(http: HttpClient) {
    this.http = http;
  }

  async send(api: PlatformApi, account: PlatformAccount, items: readonly PlatformItem[], mode: SendMode, cacheKey: string): Promise<{ verdict: BatchVerdict; answer: HttpAnswer | null }> {
    const scrub = (text: string) => scrubSecrets(text, account.secrets);
    let secrets = account.secrets;
    if (api.token) {
      const token = await this.token(api, account, cacheKey);
      if ('error' in token) return { verdict: all(items.length, token.outcome), answer: null };
      secrets = { ...secrets, accessToken: token.token };
    }
    const request = api.request(items, { ...account, secrets }, mode);
    const result = await this.http.send(signed(request));
    if ('error' in result) return { verdict: all(items.length, retry(result.error, result.message)), answer: null };
    if (result.status === 401 && api.token) this.tokens.delete(cacheKey);
    const verdict = api.classify(result, items);
    return { verdict: scrubVerdict(verdict, scrub), answer: { ...result, body: scrub(result.body) } };
  }

  private async token(api: PlatformApi, account: PlatformAccount, key: string): Promise<{ token: string } | { error: true; outcome: DeliveryOutcome }> {
    const cached = this.tokens.get(key);
    if (cached && cached.until > Date.now()) return { token: cached.token };
    const result = await this.http.send((api.token as NonNullable<PlatformApi['token']>).request(account));
    if ('error' in result) return { error: true, outcome: retry(result.error, `token: ${result.message}`) };
    const read = (api.token as NonNullable<PlatformApi['token']>).read(result);
    if ('error' in read) {
      const message = `token refused: ${scrubSecrets(read.error, account.secrets)}`;
      return { error: true, outcome: read.auth ? rejected('auth', message) : retry('server_error', message) };
    }
    // A minute early: a token must not expire between here and the platform.
    this.tokens.set(key, { token: read.token, until: Date.now() + read.expiresInMs - 60_000 });
    return { token: read.token };
  }
}

function signed(request: HttpRequest): HttpRequest {
  if (!request.oauth1) return request;
  const { oauth1, ...rest } = request;
  return { ...rest, headers: { ...rest.headers, authorization: oauth1Header(rest.method, rest.url, oauth1) } };
}

/** Mask every credential value (and anything that looks like a token in a URL) out of a text. */
export function scrubSecrets(text: string, secrets: Readonly<Record<string, string>>): string {
  let out = text;
  for (const value of Object.values(secrets)) if (value && value.length >= 4) out = out.split(value).join('••••');
  return out.replace(/(access_token|api_secret|client_secret|refresh_token)=[^&\s"]+/gi, '$1=••••');
}

function scrubVerdict(verdict: BatchVerdict, scrub: (s: string) => string): BatchVerdict {
  if ('split' in verdict) return { split: true, message: scrub(verdict.message) };
  return { outcomes: verdict.outcomes.map((o) => ('message' in o && o.message ? { ...o, message: scrub(o.message) } : o)) };
}

/**
 * The delivery engine's directory of pixel destinations (docs/conversions.md): `pixel:<id>`
 * resolves to the pixel's platform API with its opened credentials, or to null when the pixel,
 * its setup or its platform's API is gone or turned off (its queued events are then dropped).
 */
export function pixelDirectory(deps: { store: PixelServerStore; secrets: SecretBox; sender: PlatformSender }): DestinationDirectory {
  return {
    prefix: PIXEL_PREFIX,
    async resolve(key) {
      const pixelId = key.slice(PIXEL_PREFIX.length);
      const setup = await deps.store.account(pixelId);
      const api = setup ? platformApi(setup.platform) : null;
      if (!setup || !setup.enabled || !api) return null;
      let secrets: Record<string, string>;
      try {
        secrets = openSecrets(deps.secrets, pixelId, setup.sealedSecrets);
      } catch {
        // Sealed under a key this process does not have (SECRETS_KEY changed without rotating):
        // every event is refused as a credentials problem until the credentials are set again.
        return credentialsUnreadable(key, api);
      }
      const account: PlatformAccount = { tagId: setup.tagId, settings: setup.settings, secrets };
      const destination: Destination = {
        key,
        label: setup.platform,
        maxBatch: api.maxBatch,
        maxAgeMs: api.maxAgeMs,
        async send(batch) {
          const items: PlatformItem[] = [];
          const outcomes: Array<DeliveryOutcome | null> = [];
          for (const d of batch) {
            const item = toItem(d);
            const why = api.unsendable?.(item) ?? null;
            outcomes.push(why === null ? null : dropped('no_match_keys', why));
            if (why === null) items.push(item);
          }
          if (items.length === 0) return { outcomes: outcomes as DeliveryOutcome[] };
          const { verdict } = await deps.sender.send(api, account, items, 'live', key);
          // Refused as a whole: the engine halves the batch (the unsendable ones are dropped again on their own).
          if ('split' in verdict) return verdict;
          return { outcomes: merge(outcomes, verdict.outcomes) };
        },
      };
      return destination;
    },
  };
}

function credentialsUnreadable(key: string, api: PlatformApi): Destination {
  return {
    key,
    label: api.platform,
    maxBatch: api.maxBatch,
    maxAgeMs: api.maxAgeMs,
    send: async (batch) => all(batch.length, rejected('auth', 'the credentials were sealed with a secrets key this server does not have; set them again')),
  };
}

function toItem(d: Delivery): PlatformItem {
  const payload = d.payload as PixelDelivery;
  // A damaged sealed value opens to garbage: only an address goes out as one.
  return { visit: payload.visit, events: payload.events, ip: d.secret !== null && isIP(d.secret) ? d.secret : null };
}

/** Put the sent items' outcomes back in the places of the batch (the dropped ones keep theirs). */
function merge(slots: Array<DeliveryOutcome | null>, sent: DeliveryOutcome[]): DeliveryOutcome[] {
  let i = 0;
  return slots.map((o) => o ?? (sent[i++] as DeliveryOutcome));
}
