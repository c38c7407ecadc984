/**
 * The worker side of AnalysePool: reads documents with `analyseDocument` and hands
 * the bytes back with the result, so that they cross the thread boundary without a copy
 * either way.
 */
import { parentPort } from 'node:worker_threads';

import { analyseDocument } from './analyse-document';
import type {
  AnalyseRequest,
  AnalyseResponse,
  SerialisedError,
} from './analyse-pool';
import { prepareReport } from './prepared-report';
import { StoreError } from './store-error';

function serialise(e: unknown): SerialisedError {
  if (e instanceof StoreError) {
    return {
      kind: 'store',
      code: e.code,
      message: e.message,
      messageEn: e.messageEn,
      details: e.details,
    };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  return {
    kind: 'error',
    name: err.name,
    message: err.message,
    stack: err.stack ?? '',
  };
}

const port = parentPort;
if (port) {
  port.on('message', (req: AnalyseRequest) => {
    const bytes = new Uint8Array(req.buffer);
    let response: AnalyseResponse;
    try {
      const analysed = analyseDocument(bytes, req.hints);
      response = {
        id: req.id,
        buffer: req.buffer,
        analysed: {
          sha256: analysed.sha256,
          size: analysed.size,
          prepared: prepareReport(analysed.report),
        },
      };
    } catch (e) {
      response = { id: req.id, buffer: req.buffer, error: serialise(e) };
    }
    try {
      port.postMessage(response, [req.buffer]);
    } catch (e) {
      // Only an error's details can fail to clone; the error itself still goes back.
      const error = response.error ?? serialise(e);
      port.postMessage(
        {
          id: req.id,
          buffer: req.buffer,
          error:
            error.kind === 'store'
              ? { ...error, details: {} }
              : { ...error, stack: '' },
        },
        [req.buffer],
      );
    }
  });
}
