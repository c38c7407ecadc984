import type { NextFunction, Request, Response } from 'express';
import { performance } from 'node:perf_hooks';

/** A loop turn this long accepts about 100 new connections a second under load. */
const TURN_TARGET_MS = 10;
const MAX_PER_TURN = 256;

/**
 * Starts waiting requests in arrival order, a few per event-loop turn, and answers
 * 503 when more than `maxWaiting` wait.
 *
 * Why: libuv accepts at most one new connection per loop turn, and without this a
 * turn ran the synchronous work of every request that had arrived (better-sqlite3
 * reads are synchronous). Under a saturating load a turn took about 200 ms, so the
 * accept queue drained at five connections a second and a newcomer, even for
 * /health, waited until the load ended. Here a turn starts as many requests as kept
 * the last turn under TURN_TARGET_MS (at least one), so new connections are accepted
 * while the server is busy; the load test measured about 5 % less throughput for it.
 */
export function requestTurns(maxWaiting: number) {
  const waiting: (NextFunction | undefined)[] = [];
  let head = 0;
  let scheduled = false;
  let perTurn = 1;
  let lastTurnAt = 0;

  const turn = (): void => {
    const now = performance.now();
    perTurn =
      now - lastTurnAt > TURN_TARGET_MS
        ? Math.max(1, perTurn >> 1)
        : Math.min(MAX_PER_TURN, perTurn + 1);
    lastTurnAt = now;
    for (let i = 0; i < perTurn && head < waiting.length; i++) {
      const next = waiting[head];
      waiting[head++] = undefined;
      next?.();
    }
    if (head === waiting.length) {
      waiting.length = 0;
      head = 0;
    } else if (head > 1024) {
      waiting.splice(0, head);
      head = 0;
    }
    scheduled = waiting.length > 0;
    // Scheduled from the check phase, it runs in the next turn, after I/O (accept).
    if (scheduled) setImmediate(turn);
  };

  return (_req: Request, res: Response, next: NextFunction): void => {
    if (waiting.length - head >= maxWaiting) {
      res.status(503).set('Retry-After', '1').json({
        code: 'UNAVAILABLE',
        reason: 'SERVER_BUSY',
        message: '服务器繁忙，请稍后重试。',
        messageEn: 'The server is busy; please try again in a moment.',
      });
      return;
    }
    waiting.push(next);
    if (!scheduled) {
      scheduled = true;
      setImmediate(turn);
    }
  };
}
