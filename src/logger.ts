import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

/**
 * Structured JSON lines on stdout. Nothing is logged per redirect (counters cover that), and
 * request data that could identify a visitor (IP, user agent) is never logged.
 */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'ricochet' } });
}
