import { createHash } from 'node:crypto';

import {
  DocumentReadError,
  docxOutline,
  parseReport,
} from '@gongkai/disclosure-domain';
import type { OutlineBlock, ParsedReport } from '@gongkai/disclosure-domain';

import type { PreparedReport } from './prepared-report';
import { prepareReport } from './prepared-report';
import { StoreError } from './store-error';

/** 20 MB: the largest document the office accepts. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export interface DocumentHints {
  year?: number | undefined;
  /** Department name, alias or code. */
  department?: string | undefined;
}

export interface AnalysedDocument {
  sha256: string;
  size: number;
  /** After an analyse worker, read back from `prepared` on first use. */
  report: ParsedReport;
  /** What the writer needs: made by the analyse worker that read it, or by `preparedOf` once. */
  prepared?: PreparedReport;
}

/** The document's report prepared for the writer, by the worker that read it or now (once). */
export function preparedOf(analysed: AnalysedDocument): PreparedReport {
  return (analysed.prepared ??= prepareReport(analysed.report));
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The CPU-heavy part of a submission: read the document into the canonical model.
 * Pure apart from hashing, so bulk imports run it on worker threads. The rule checks
 * run later, when the year before is known.
 */
export function analyseDocument(
  bytes: Uint8Array,
  hints: DocumentHints = {},
): AnalysedDocument {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new StoreError(
      'DOCUMENT_TOO_LARGE',
      `文件大小 ${bytes.length} 字节，超过上限 ${MAX_DOCUMENT_BYTES} 字节。`,
      `The file has ${bytes.length} bytes, more than the limit of ${MAX_DOCUMENT_BYTES}.`,
    );
  }
  const report = readingAsStoreError(() =>
    parseReport(bytes, {
      ...(hints.year !== undefined ? { year: hints.year } : {}),
    }),
  );
  return { sha256: sha256(bytes), size: bytes.length, report };
}

/** A stored DOCX as its reader saw it, for the Report page's source view. */
export function outlineDocument(bytes: Uint8Array): OutlineBlock[] {
  return readingAsStoreError(() => docxOutline(bytes));
}

/** A document the readers refuse, as the store's DOCUMENT_UNREADABLE with their reason. */
function readingAsStoreError<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof DocumentReadError) {
      throw new StoreError('DOCUMENT_UNREADABLE', e.messageZh, e.messageEn, {
        reason: e.code,
      });
    }
    throw e;
  }
}
