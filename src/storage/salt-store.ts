import type { Database } from './database.js';

/** The visitor keys, one per generation (src/core/clicks/salt-generations.ts). */
export class SaltStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  /** Insert the key unless the generation has one; return the generation's key either way (first writer wins). */
  async getOrCreate(generation: number, salt: string, now: number): Promise<string> {
    await this.database.db
      .insertInto('visitor_salts')
      .values({ generation, salt, created_at: now })
      .onConflict((oc) => oc.column('generation').doNothing())
      .execute();
    const row = await this.database.db.selectFrom('visitor_salts').select('salt').where('generation', '=', generation).executeTakeFirstOrThrow();
    return row.salt;
  }

  /** Generations that have a key. */
  async generations(): Promise<number[]> {
    return (await this.database.db.selectFrom('visitor_salts').select('generation').orderBy('generation').execute()).map((r) => Number(r.generation));
  }

  async delete(generation: number): Promise<void> {
    await this.database.db.deleteFrom('visitor_salts').where('generation', '=', generation).execute();
  }
}
