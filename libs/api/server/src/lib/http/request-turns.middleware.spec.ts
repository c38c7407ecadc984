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

const request = {} as Request;

describe('requestTurns', () => {
  it('starts requests in the order they arrived', async () => {
    const turns = requestTurns(100);
    const started: number[] = [];
    const done = new Promise<void>((resolve) => {
      for (let i = 0; i < 20; i++) {
        turns(request, fakeResponse({ headers: {} }), (() => {
          started.push(i);
          if (i === 19) resolve();
        }) as NextFunction);
      }
    });
    await done;
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
    const turns = requestTurns(10_000);
    let started = 0;
    let turnsSeen = 0;
    let finished = false;
    const countTurns = (): void => {
      turnsSeen++;
      if (!finished) setImmediate(countTurns);
    };
    setImmediate(countTurns);
    await new Promise<void>((resolve) => {
      for (let i = 0; i < 2000; i++) {
        turns(request, fakeResponse({ headers: {} }), (() => {
          if (++started === 2000) resolve();
        }) as NextFunction);
      }
    });
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
});
