import type { Platform } from '../core/pixels/platform.js';
import type { Database } from './database.js';

/** A pixel's server-side delivery as stored: plain settings, sealed credentials, masked hints. */
export interface PixelServerRow {
  pixelId: string;
  workspaceId: string;
  enabled: boolean;
  settings: Record<string, string>;
  /** Sealed JSON of the credentials (src/app/secrets/secret-box.ts); opened only to send. */
  sealedSecrets: string;
  /** Credential name → masked hint (`••••abcd`). */
  hints: Record<string, string>;
  createdAt: number;
  updatedAt: number;
}

/** What the click writer needs to know about a pixel to queue its server events (no credentials). */
export interface PixelServerSetup {
  pixelId: string;
  workspaceId: string;
  platform: Platform;
  tagId: string;
  settings: Record<string, string>;
}

/** Everything a sender needs: the setup and the sealed credentials. */
export interface PixelServerAccount extends PixelServerSetup {
  enabled: boolean;
  sealedSecrets: string;
}

const json = (text: string): Record<string, string> => JSON.parse(text) as Record<string, string>;

/** `pixel_servers` (migration 0006): one row per pixel that sends server-side events. */
export class PixelServerStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async get(pixelId: string): Promise<PixelServerRow | null> {
    return (await this.forPixels([pixelId])).get(pixelId) ?? null;
  }

  /** Server setups of pixels, by pixel id. */
  async forPixels(pixelIds: readonly string[]): Promise<Map<string, PixelServerRow>> {
    const out = new Map<string, PixelServerRow>();
    if (pixelIds.length === 0) return out;
    const rows = await this.database.db.selectFrom('pixel_servers').selectAll().where('pixel_id', 'in', [...pixelIds]).execute();
    for (const row of rows) {
      out.set(row.pixel_id, {
        pixelId: row.pixel_id,
        workspaceId: row.workspace_id,
        enabled: row.enabled === 1,
        settings: json(row.settings),
        sealedSecrets: row.secrets,
        hints: json(row.secret_hints),
        createdAt: Number(row.created_at),
        updatedAt: Number(row.updated_at),
      });
    }
    return out;
  }

  async put(row: PixelServerRow): Promise<void> {
    const values = {
      pixel_id: row.pixelId,
      workspace_id: row.workspaceId,
      enabled: row.enabled ? 1 : 0,
      settings: JSON.stringify(row.settings),
      secrets: row.sealedSecrets,
      secret_hints: JSON.stringify(row.hints),
      created_at: row.createdAt,
      updated_at: row.updatedAt,
    };
    const { pixel_id: _id, created_at: _created, ...update } = values;
    await this.database.db.insertInto('pixel_servers').values(values).onConflict((oc) => oc.column('pixel_id').doUpdateSet(update)).execute();
  }

  async delete(pixelId: string): Promise<boolean> {
    const result = await this.database.db.deleteFrom('pixel_servers').where('pixel_id', '=', pixelId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Every enabled setup (the click writer's cache; a few rows per workspace), or only those of `pixelIds`. */
  async enabledSetups(pixelIds?: readonly string[]): Promise<PixelServerSetup[]> {
    if (pixelIds?.length === 0) return [];
    let q = this.database.db
      .selectFrom('pixel_servers')
      .innerJoin('pixels', 'pixels.id', 'pixel_servers.pixel_id')
      .select(['pixel_servers.pixel_id', 'pixel_servers.workspace_id', 'pixel_servers.settings', 'pixels.platform', 'pixels.tag_id'])
      .where('pixel_servers.enabled', '=', 1);
    if (pixelIds) q = q.where('pixel_servers.pixel_id', 'in', [...pixelIds]);
    const rows = await q.execute();
    return rows.map((r) => ({ pixelId: r.pixel_id, workspaceId: r.workspace_id, platform: r.platform as Platform, tagId: r.tag_id, settings: json(r.settings) }));
  }

  /** A sender's view of one pixel, or null when the pixel or its setup is gone. */
  async account(pixelId: string): Promise<PixelServerAccount | null> {
    const row = await this.database.db
      .selectFrom('pixel_servers')
      .innerJoin('pixels', 'pixels.id', 'pixel_servers.pixel_id')
      .select(['pixel_servers.pixel_id', 'pixel_servers.workspace_id', 'pixel_servers.enabled', 'pixel_servers.settings', 'pixel_servers.secrets', 'pixels.platform', 'pixels.tag_id'])
      .where('pixel_servers.pixel_id', '=', pixelId)
      .executeTakeFirst();
    if (!row) return null;
    return {
      pixelId: row.pixel_id,
      workspaceId: row.workspace_id,
      platform: row.platform as Platform,
      tagId: row.tag_id,
      settings: json(row.settings),
      enabled: row.enabled === 1,
      sealedSecrets: row.secrets,
    };
  }

  /** Every sealed credential set, for `ricochet secrets rotate`. */
  async allSealed(): Promise<Array<{ pixelId: string; sealedSecrets: string }>> {
    const rows = await this.database.db.selectFrom('pixel_servers').select(['pixel_id', 'secrets']).execute();
    return rows.map((r) => ({ pixelId: r.pixel_id, sealedSecrets: r.secrets }));
  }

  async reseal(pixelId: string, sealedSecrets: string): Promise<void> {
    await this.database.db.updateTable('pixel_servers').set({ secrets: sealedSecrets }).where('pixel_id', '=', pixelId).execute();
  }
}
