import { StoreError } from '@gongkai/api-persistence';

/**
 * At most `limit` events per key within `windowMs` (a sliding log per key, in
 * memory: one server process; several processes each keep their own).
 */
export class RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly what: [zh: string, en: string],
  ) {}

  /** Counts an event, or refuses it with the seconds to wait. */
  hit(key: string, now = Date.now()): void {
    const recent = (this.events.get(key) ?? []).filter(
      (t) => t > now - this.windowMs,
    );
    if (recent.length >= this.limit) {
      const retryAfter = Math.ceil(
        ((recent[0] ?? now) + this.windowMs - now) / 1000,
      );
      this.events.set(key, recent);
      throw new StoreError(
        'RATE_LIMITED',
        `${this.what[0]}过于频繁，请 ${retryAfter} 秒后再试。`,
        `Too many ${this.what[1]}; try again in ${retryAfter} s.`,
        { retryAfter },
      );
    }
    recent.push(now);
    this.events.set(key, recent);
    if (this.events.size > 10_000) this.prune(now);
  }

  /** Forgets a key (a successful login clears its failures). */
  reset(key: string): void {
    this.events.delete(key);
  }

  private prune(now: number): void {
    for (const [key, times] of this.events) {
      if (times.every((t) => t <= now - this.windowMs)) this.events.delete(key);
    }
  }
}
