import { LRUCache } from 'lru-cache';
import { classifyUserAgent, type Visitor } from '../../core/request/visitor.js';

/**
 * User-agent classification memoised by UA string. Real traffic repeats a small set of UA
 * strings, and bot detection plus UA parsing are regex-heavy (tens of microseconds), so this
 * keeps them off the redirect path for all but the first request from each browser build.
 */
export function createVisitorClassifier(size = 10_000): (userAgent: string) => Visitor {
  const cache = new LRUCache<string, Visitor>({ max: size });
  return (userAgent) => {
    let visitor = cache.get(userAgent);
    if (!visitor) {
      visitor = Object.freeze(classifyUserAgent(userAgent));
      cache.set(userAgent, visitor);
    }
    return visitor;
  };
}
