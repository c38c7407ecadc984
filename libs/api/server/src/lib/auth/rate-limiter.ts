import type { AccessStore } from '@gongkai/api-persistence';
import { StoreError } from '@gongkai/api-persistence';

/**
 * At most `limit` events per key within `windowMs`, counted in the database: every
 * server process on it (several behind a load balancer) counts against one limit,
 * and a restart forgets nothing.
 */
export class RateLimiter {
  constructor(
    private readonly store: AccessStore,
    /** Names the limit in the keys it stores. */
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly what: [zh: string, en: string],
  ) {}

  /** Counts an event, or refuses it with the seconds to wait. */
  async hit(key: string, now = Date.now()): Promise<void> {
    const waitMs = await this.store.rateHit(
      `${this.name}:${key}`,
      this.limit,
      this.windowMs,
      now,
    );
    if (waitMs > 0) {
      const retryAfter = Math.ceil(waitMs / 1000);
      throw new StoreError(
        'RATE_LIMITED',
        `${this.what[0]}过于频繁，请 ${retryAfter} 秒后再试。`,
        `Too many ${this.what[1]}; try again in ${retryAfter} s.`,
        { retryAfter },
      );
    }
  }

  /** Forgets a key (a successful login clears its failures). */
  reset(key: string): Promise<void> {
    return this.store.rateReset(`${this.name}:${key}`);
  }
}
