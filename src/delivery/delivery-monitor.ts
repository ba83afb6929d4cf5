import type { OutboxSource } from '../app/prometheus.js';
import type { EngineReport } from './delivery-engine.js';

type Counts = { sent: number; retried: number; rejected: number; dropped: number };

/**
 * The event loop's view of the delivery engine, which runs on the click writer thread: its
 * reports summed up for `/metrics` (`Prometheus.observeOutbox`).
 */
export class DeliveryMonitor implements OutboxSource {
  private totals: Record<string, Counts> = {};
  private last: EngineReport | null = null;

  apply(report: EngineReport): void {
    this.last = report;
    for (const [label, c] of Object.entries(report.outcomes)) {
      const t = (this.totals[label] ??= { sent: 0, retried: 0, rejected: 0, dropped: 0 });
      t.sent += c.sent;
      t.retried += c.retried;
      t.rejected += c.rejected;
      t.dropped += c.dropped;
    }
  }

  pending(): number {
    return this.last?.pending ?? 0;
  }

  oldestPendingSeconds(): number | null {
    return this.last?.oldestPendingSeconds ?? null;
  }

  /** Rejected (dead-lettered) and dropped deliveries since the start. */
  failedTotal(): number {
    let n = 0;
    for (const c of Object.values(this.totals)) n += c.rejected + c.dropped;
    return n;
  }

  outcomes(): Record<string, Counts> {
    return this.totals;
  }

  breakers(): Record<string, number> {
    return { closed: 0, open: 0, half_open: 0, ...(this.last?.breakers ?? {}) };
  }
}
