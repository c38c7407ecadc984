import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { ParsedReport } from '@gongkai/disclosure-domain';

import type { AnalysedDocument, DocumentHints } from './analyse-document';
import { analyseDocument } from './analyse-document';
import type { PreparedReport } from './prepared-report';
import type { StoreErrorCode } from './store-error';
import { StoreError } from './store-error';
import { reportOfStoredModel } from './stored-model';

/** What the main thread sends: the document is the whole transferred ArrayBuffer. */
export interface AnalyseRequest {
  id: number;
  buffer: ArrayBuffer;
  hints: DocumentHints;
}

export type SerialisedError =
  | {
      kind: 'store';
      code: StoreErrorCode;
      message: string;
      messageEn: string;
      details: Record<string, unknown>;
    }
  | { kind: 'error'; name: string; message: string; stack: string };

/**
 * A result as it crosses from a worker: the report prepared for the writer, with
 * the report as its stored model (text). The writer reads nothing else; the report's
 * object graph is read back from the text only if someone asks for it.
 */
export interface SerialisedAnalysis {
  sha256: string;
  size: number;
  prepared: PreparedReport;
}

/** What a worker answers: the same buffer back, and the result or the error. */
export interface AnalyseResponse {
  id: number;
  buffer: ArrayBuffer;
  analysed?: SerialisedAnalysis;
  error?: SerialisedError;
}

export interface AnalysedContent {
  /** The document's bytes (after a round trip through a worker, a new view of them). */
  content: Uint8Array;
  analysed: AnalysedDocument;
}

export interface AnalysePoolOptions {
  /** Worker threads; 0 analyses inline on the calling thread. Default: one per core. */
  size?: number;
}

/** The TypeScript loader the workers need when this file runs from its sources. */
const REGISTER = resolve(__dirname, '../../../../../../tools/register.js');
const WORKER_FILE = join(__dirname, `analyse-worker${extname(__filename)}`);

function revive(e: SerialisedError): Error {
  if (e.kind === 'store') {
    return new StoreError(e.code, e.message, e.messageEn, e.details);
  }
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

interface Task {
  resolve: (r: AnalysedContent) => void;
  reject: (e: Error) => void;
}

class PoolWorker {
  readonly tasks = new Map<number, Task>();
  /** Answered at least once: a worker that dies before that is not restarted. */
  started = false;

  constructor(
    readonly worker: Worker,
    onGone: (w: PoolWorker, e: Error) => void,
  ) {
    worker.on('message', (m: AnalyseResponse) => this.answer(m));
    worker.on('error', (e) => onGone(this, e));
    worker.on('exit', (code) =>
      onGone(this, new Error(`analyse worker exited with code ${code}`)),
    );
    // Idle workers never keep the process alive; busy ones do (see send).
    worker.unref();
  }

  send(id: number, task: Task, request: AnalyseRequest): void {
    if (this.tasks.size === 0) this.worker.ref();
    this.tasks.set(id, task);
    this.worker.postMessage(request, [request.buffer]);
  }

  private answer(m: AnalyseResponse): void {
    const task = this.tasks.get(m.id);
    if (!task) return;
    this.started = true;
    this.tasks.delete(m.id);
    if (this.tasks.size === 0) this.worker.unref();
    if (m.error) task.reject(revive(m.error));
    else if (m.analysed) {
      const { sha256, size, prepared } = m.analysed;
      let report: ParsedReport | undefined;
      task.resolve({
        content: Buffer.from(m.buffer),
        analysed: {
          sha256,
          size,
          prepared,
          get report() {
            report ??= reportOfStoredModel(
              prepared.model,
              prepared.readFindings,
            );
            return report;
          },
        },
      });
    } else task.reject(new Error('analyse worker sent an empty answer'));
  }

  failAll(e: Error): void {
    for (const t of this.tasks.values()) t.reject(e);
    this.tasks.clear();
  }
}

/**
 * Runs `analyseDocument` on worker threads, so that a bulk import parses on every core
 * while the main thread writes. Each document's bytes are transferred to the worker and
 * back, not copied (a view into a shared or pooled buffer is copied once first). Errors
 * come back as the StoreError (or Error) the parser threw.
 */
export class AnalysePool {
  readonly size: number;
  private readonly workers: PoolWorker[] = [];
  private nextId = 1;
  private closed = false;
  /** Why the workers cannot run (one died before its first answer). */
  private broken: Error | null = null;

  constructor(options: AnalysePoolOptions = {}) {
    const size = options.size ?? availableParallelism();
    if (!Number.isInteger(size) || size < 0) {
      throw new RangeError(`pool size must be an integer ≥ 0 (got ${size})`);
    }
    this.size = size;
  }

  /**
   * Reads one document. With workers, `bytes` moves to the worker and is detached
   * (empty) here until the answer comes: use the `content` of the result afterwards.
   */
  analyse(
    bytes: Uint8Array,
    hints: DocumentHints = {},
  ): Promise<AnalysedContent> {
    if (this.closed) {
      return Promise.reject(new Error('the analyse pool is closed'));
    }
    if (this.size === 0) {
      try {
        return Promise.resolve({
          content: bytes,
          analysed: analyseDocument(bytes, hints),
        });
      } catch (e) {
        return Promise.reject(e as Error);
      }
    }
    if (this.broken) return Promise.reject(this.broken);
    const worker = this.leastBusy();
    // Only a buffer the view owns alone may move to another thread.
    // (By tag, not instanceof: Jest runs tests in another realm.)
    const owned =
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength &&
      Object.prototype.toString.call(bytes.buffer) === '[object ArrayBuffer]';
    const buffer = owned
      ? (bytes.buffer as ArrayBuffer)
      : new Uint8Array(bytes).buffer;
    const id = this.nextId++;
    const request: AnalyseRequest = {
      id,
      buffer,
      // The department is matched by the writer, not read by the parser.
      hints: { year: hints.year },
    };
    return new Promise<AnalysedContent>((resolve, reject) => {
      worker.send(id, { resolve, reject }, request);
    });
  }

  /** Stops the workers; documents still being read are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers.splice(0);
    for (const w of workers) {
      w.failAll(new Error('the analyse pool is closed'));
    }
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  private leastBusy(): PoolWorker {
    while (this.workers.length < this.size) this.workers.push(this.spawn());
    let best = this.workers[0] as PoolWorker;
    for (const w of this.workers) {
      if (w.tasks.size < best.tasks.size) best = w;
    }
    return best;
  }

  private spawn(): PoolWorker {
    const fromSources = extname(WORKER_FILE) === '.ts';
    if (fromSources && !existsSync(REGISTER)) {
      throw new Error(`cannot start analyse workers: ${REGISTER} is missing`);
    }
    const worker = new Worker(WORKER_FILE, {
      // The workers compile TypeScript the way `node -r ./tools/register.js` does.
      execArgv: fromSources ? ['-r', REGISTER] : [],
      stdout: false,
      stderr: false,
    });
    return new PoolWorker(worker, (w, e) => this.gone(w, e));
  }

  private gone(w: PoolWorker, e: Error): void {
    const i = this.workers.indexOf(w);
    if (i >= 0) this.workers.splice(i, 1);
    if (!w.started && !this.closed) this.broken = e;
    w.failAll(e);
  }
}
