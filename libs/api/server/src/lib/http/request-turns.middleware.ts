import type { NextFunction, Request, Response } from 'express';
import { performance } from 'node:perf_hooks';

/** Turns kept near this length: about 100 new connections accepted a second. */
const TURN_TARGET_MS = 10;
const MAX_PER_TURN = 256;

interface Waiting {
  req: Request;
  res: Response;
  next: NextFunction;
}

/**
 * Starts waiting requests in arrival order, a few per event-loop turn, and answers
 * 503 when more than `maxWaiting` wait.
 *
 * Why: Node's libuv accepted one new connection per loop turn (strace under the load
 * test: one accept4 per epoll_wait, 384 connections queued in the backlog), and
 * without this a turn ran the synchronous work of every request that had arrived
 * (better-sqlite3 reads are synchronous). Under a saturating load a turn took about
 * 200 ms, so a newcomer, even for /health, waited until the load ended. Here each
 * turn starts one request more than the last while turns stay under TURN_TARGET_MS,
 * and half as many when one is longer (at least one), so that new connections are
 * accepted while the server is busy; the load test measured about 5 % less
 * throughput for it. Requests whose client has gone while waiting are not started.
 */
export function requestTurns(maxWaiting: number) {
  const waiting: (Waiting | undefined)[] = [];
  let head = 0;
  let scheduled = false;
  let perTurn = 1;
  let lastTurnAt = 0;

  const start = ({ req, res, next }: Waiting): boolean => {
    if (req.socket.destroyed || res.writableEnded) return false;
    try {
      next();
    } catch (e) {
      // To Express's error handling, as a route that throws would go; never out
      // of this callback, which would end the process.
      next(e);
    }
    return true;
  };

  const turn = (): void => {
    const now = performance.now();
    perTurn =
      now - lastTurnAt > TURN_TARGET_MS
        ? Math.max(1, perTurn >> 1)
        : Math.min(MAX_PER_TURN, perTurn + 1);
    lastTurnAt = now;
    for (let started = 0; started < perTurn && head < waiting.length;) {
      const w = waiting[head];
      waiting[head++] = undefined;
      if (w && start(w)) started++;
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

  return (req: Request, res: Response, next: NextFunction): void => {
    if (waiting.length - head >= maxWaiting) {
      res.status(503).set('Retry-After', '1').json({
        code: 'UNAVAILABLE',
        reason: 'SERVER_BUSY',
        message: '服务器繁忙，请稍后重试。',
        messageEn: 'The server is busy; please try again in a moment.',
      });
      return;
    }
    waiting.push({ req, res, next });
    if (!scheduled) {
      scheduled = true;
      setImmediate(turn);
    }
  };
}
