import type { NextFunction, Request, Response } from 'express';

import { requestTurns } from './request-turns.middleware';

function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // A synchronous handler, as a better-sqlite3 read.
  }
}

interface Answer {
  status?: number;
  headers: Record<string, string>;
  body?: unknown;
}

function fakeResponse(answer: Answer): Response {
  const res = {
    writableEnded: false,
    status(code: number) {
      answer.status = code;
      return res;
    },
    set(name: string, value: string) {
      answer.headers[name] = value;
      return res;
    },
    json(body: unknown) {
      answer.body = body;
      return res;
    },
  };
  return res as unknown as Response;
}

const request = { socket: { destroyed: false } } as unknown as Request;

/** Queues `n` requests; resolves with the order they started in once all have. */
function queue(
  turns: ReturnType<typeof requestTurns>,
  n: number,
  onStart: (i: number) => void = () => undefined,
): Promise<number[]> {
  const started: number[] = [];
  return new Promise((resolve) => {
    for (let i = 0; i < n; i++) {
      turns(request, fakeResponse({ headers: {} }), (() => {
        started.push(i);
        onStart(i);
        if (started.length === n) resolve(started);
      }) as NextFunction);
    }
  });
}

describe('requestTurns', () => {
  it('starts requests in the order they arrived', async () => {
    const started = await queue(requestTurns(100), 20);
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('lets the event loop turn between slow requests, so I/O is not starved', async () => {
    const turns = requestTurns(100);
    const events: string[] = [];
    const all = new Promise<void>((resolve) => {
      for (let i = 0; i < 5; i++) {
        turns(request, fakeResponse({ headers: {} }), (() => {
          events.push(`request ${i}`);
          busyWait(15);
          if (i === 4) resolve();
        }) as NextFunction);
      }
    });
    // Stands for an accept or a read: a callback queued behind the first turn.
    setImmediate(() => setImmediate(() => events.push('other work')));
    await all;
    // Each request takes longer than a turn's target: one request per turn.
    expect(events.indexOf('other work')).toBeLessThanOrEqual(2);
    expect(events.filter((e) => e.startsWith('request'))).toHaveLength(5);
  });

  it('starts several quick requests per turn', async () => {
    let turnsSeen = 0;
    let finished = false;
    const countTurns = (): void => {
      turnsSeen++;
      if (!finished) setImmediate(countTurns);
    };
    setImmediate(countTurns);
    await queue(requestTurns(10_000), 2000);
    finished = true;
    expect(turnsSeen).toBeLessThan(500);
  });

  it('answers 503 with Retry-After and a reason when too many wait', async () => {
    const turns = requestTurns(3);
    const answer: Answer = { headers: {} };
    const started: number[] = [];
    for (let i = 0; i < 4; i++) {
      turns(request, fakeResponse(i === 3 ? answer : { headers: {} }), (() =>
        started.push(i)) as NextFunction);
    }
    expect(answer.status).toBe(503);
    expect(answer.headers['Retry-After']).toBe('1');
    expect(answer.body).toMatchObject({
      code: 'UNAVAILABLE',
      reason: 'SERVER_BUSY',
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual([0, 1, 2]);
  });

  it('keeps the order over thousands of requests and many turns', async () => {
    const turns = requestTurns(10_000);
    const started = await queue(turns, 5000);
    expect(started).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });

  it('takes requests again once those waiting have started', async () => {
    const turns = requestTurns(2);
    const refused: Answer = { headers: {} };
    const first = queue(turns, 2);
    turns(request, fakeResponse(refused), (() => undefined) as NextFunction);
    expect(refused.status).toBe(503);
    await first;
    expect(await queue(turns, 2)).toEqual([0, 1]);
  });

  it('does not start a request whose client has gone, nor count it', async () => {
    const turns = requestTurns(100);
    const gone = { socket: { destroyed: true } } as unknown as Request;
    let ran = false;
    turns(gone, fakeResponse({ headers: {} }), (() => {
      ran = true;
    }) as NextFunction);
    expect(await queue(turns, 3)).toEqual([0, 1, 2]);
    expect(ran).toBe(false);
  });

  it('hands an error thrown on start to Express and goes on', async () => {
    const turns = requestTurns(100);
    const errors: unknown[] = [];
    const failing = ((e?: unknown) => {
      if (e === undefined) throw new Error('boom');
      errors.push(e);
    }) as NextFunction;
    turns(request, fakeResponse({ headers: {} }), failing);
    expect(await queue(turns, 2)).toEqual([0, 1]);
    expect(errors).toEqual([new Error('boom')]);
  });
});
