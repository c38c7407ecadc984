import { unzipSync } from 'fflate';

import { DocumentReadError } from './document-read-error';
import { lineTracker } from './html-tokenizer';
import { scanMarkup } from './markup-scanner';
import { TableBuilder } from './table-builder';
import type { Token } from './token';

/** A report's document.xml is well under a few MB; more is a zip bomb or not a report. */
const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

export function extractDocumentXml(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'word/document.xml') return false;
        if (file.originalSize > MAX_DOCUMENT_XML_BYTES) {
          throw new DocumentReadError('ZIP_BOMB');
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocumentReadError) throw e;
    throw new DocumentReadError('ZIP_INVALID', (e as Error).message);
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new DocumentReadError('NOT_DOCX');
  return new TextDecoder('utf-8').decode(xml);
}

/**
 * Word tables read from the document XML: w:tbl/w:tr/w:tc with w:gridSpan (colspan)
 * and w:vMerge (rowspan; continuation cells yield no token). Entities are never
 * resolved, so external-entity tricks have no effect.
 */
export function tokenizeDocx(bytes: Uint8Array): Token[] {
  const xml = extractDocumentXml(bytes);
  const builder = new TableBuilder(lineTracker(xml));

  let inText = false;
  let inRun = false;
  let skipDepth = 0;
  // Cell properties come before the cell's paragraphs, so a cell is opened lazily.
  let pendingCell: {
    span: number;
    merge: 'none' | 'restart' | 'continue';
  } | null = null;
  const openPending = () => {
    if (!pendingCell) return;
    // vMerge restart: the spanned rows are covered by continuation cells, which
    // carry their own position, so the builder needs no rowspan here.
    builder.openCell(pendingCell.span, 1, pendingCell.merge === 'continue');
    pendingCell = null;
  };

  scanMarkup(xml, true, {
    open(name, attributes, offset) {
      if (skipDepth > 0 || name === 'w:deltext' || name === 'w:instrtext') {
        skipDepth++;
        return;
      }
      switch (name) {
        case 'w:tbl':
          // A cell may start with a nested table, before any paragraph.
          openPending();
          builder.openTable();
          return;
        case 'w:tr':
          builder.openRow();
          return;
        case 'w:tc':
          pendingCell = { span: 1, merge: 'none' };
          return;
        case 'w:gridspan':
          if (pendingCell) {
            const n = parseInt(attributes['w:val'] ?? '1', 10);
            pendingCell.span = Number.isFinite(n) && n > 0 ? n : 1;
          }
          return;
        case 'w:vmerge':
          if (pendingCell) {
            pendingCell.merge =
              attributes['w:val'] === 'restart' ? 'restart' : 'continue';
          }
          return;
        case 'w:p':
          openPending();
          return;
        case 'w:t':
          openPending();
          inText = true;
          return;
        case 'w:r':
          inRun = true;
          return;
        case 'w:tab':
          // A tab character in a run (w:tab also names tab stops in w:pPr).
          if (inRun) builder.text(' ', offset);
          return;
        case 'w:br':
        case 'w:cr':
          builder.lineBreak();
          return;
        default:
      }
    },
    text(text, offset) {
      if (skipDepth === 0 && inText) builder.text(text, offset);
    },
    close(name) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          return;
        case 'w:r':
          inRun = false;
          return;
        case 'w:p':
          builder.lineBreak();
          return;
        case 'w:tc':
          openPending();
          builder.closeCell();
          return;
        case 'w:tr':
          builder.closeRow();
          return;
        case 'w:tbl':
          builder.closeTable();
          return;
        default:
      }
    },
  });
  return builder.finish();
}
