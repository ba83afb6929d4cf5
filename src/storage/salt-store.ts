import type { Database } from './database.js';

export class SaltStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  /** Insert the salt unless the day has one; return the day's salt either way (first writer wins). */
  async getOrCreate(day: number, salt: string, now: number): Promise<string> {
    await this.database.db
      .insertInto('salts')
      .values({ day, salt, created_at: now })
      .onConflict((oc) => oc.column('day').doNothing())
      .execute();
    return (await this.get(day)) as string;
  }

  async get(day: number): Promise<string | null> {
    const row = await this.database.db.selectFrom('salts').select('salt').where('day', '=', day).executeTakeFirst();
    return row?.salt ?? null;
  }

  async deleteBefore(day: number): Promise<void> {
    await this.database.db.deleteFrom('salts').where('day', '<', day).execute();
  }
}
