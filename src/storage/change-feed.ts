/**
 * Cache invalidation across nodes (docs/architecture.md). On PostgreSQL every node LISTENs on one
 * channel and writes NOTIFY after changing a link, a pixel, a domain or workspace settings; on
 * SQLite there is one node, so the feed is local only.
 */
export interface ChangeFeed {
  publish(message: string): void;
  /** `onReset` runs once the feed listens again after losing its connection: notifications may have been missed, so drop every cache. */
  subscribe(onMessage: (message: string) => void, onReset: () => void): Promise<void>;
  close(): Promise<void>;
}

export const localChangeFeed: ChangeFeed = {
  publish() {},
  async subscribe() {},
  async close() {},
};
