import { LRUCache } from 'lru-cache';
import { classifyBot, classifyUserAgent, type Visitor } from '../../core/request/visitor.js';

/** Classifies a user agent for the redirect: `families` when a routing rule needs device, OS or browser. */
export type VisitorClassifier = (userAgent: string, families: boolean) => Visitor;

/**
 * User-agent classification memoised by UA string. Real traffic repeats a small set of UA
 * strings, and bot detection and UA parsing are regex-heavy (tens of microseconds), so this keeps
 * them off the redirect path for all but the first request from each browser build. Parsing the
 * families is skipped unless a link's rules need them: the click writer derives them anyway.
 */
export function createVisitorClassifier(size = 10_000): VisitorClassifier {
  const bots = new LRUCache<string, Visitor>({ max: size });
  const full = new LRUCache<string, Visitor>({ max: size });
  return (userAgent, families) => {
    const cache = families ? full : bots;
    let visitor = cache.get(userAgent);
    if (!visitor) {
      visitor = Object.freeze(families ? classifyUserAgent(userAgent) : classifyBot(userAgent));
      cache.set(userAgent, visitor);
    }
    return visitor;
  };
}
