import { DocumentReadError } from './document-read-error';
import { lineTracker } from './html-tokenizer';
import { scanXml, SKIPPED_SUBTREES } from './xml-scanner';
import { TableBuilder, type PlacedCell } from './table-builder';
import type { Token } from './token';
import { readZipEntry } from './zip-entry';

/** A report's document.xml is well under a few MB; more is a zip bomb or not a report. */
const MAX_DOCUMENT_XML_BYTES = 16 * 1024 * 1024;

/** The bytes of word/document.xml. */
export function extractDocumentXml(bytes: Uint8Array): Uint8Array {
  const xml = readZipEntry(bytes, 'word/document.xml', MAX_DOCUMENT_XML_BYTES);
  if (!xml) throw new DocumentReadError('NOT_DOCX');
  return xml;
}

/**
 * Text no reader sees: deleted (w:delText) and moved-away (w:moveFrom) text of
 * tracked changes, field codes (w:instrText), and the run properties a tracked
 * change replaced (w:rPrChange, which may say hidden).
 */
const skippedContent = (name: string): boolean =>
  // Compared, not looked up in a set: this runs for every tag of the document.
  name === 'w:deltext' ||
  name === 'w:instrtext' ||
  name === 'w:movefrom' ||
  name === 'w:rprchange';

/** w:val values that switch a toggle property off. */
const OFF = new Set(['0', 'false', 'off']);

const WITH_RUN_PROPERTIES: ReadonlySet<string> = new Set(
  [...SKIPPED_SUBTREES].filter((n) => n !== 'w:rpr'),
);

/**
 * Word tables read from the document XML: w:tbl/w:tr/w:tc with w:gridSpan (colspan)
 * and w:vMerge (rowspan; continuation cells yield no token). Entities are never
 * resolved, so external-entity tricks have no effect. `onCell` is told where each
 * cell was placed (the source view draws the spans).
 */
export function tokenizeDocx(
  bytes: Uint8Array,
  onCell?: (cell: PlacedCell) => void,
): Token[] {
  const xmlBytes = extractDocumentXml(bytes);
  // Markup is ASCII: scanned as latin1 (index = byte offset, ~25× cheaper than
  // decoding); only text runs with non-ASCII bytes are decoded as UTF-8.
  const xml = Buffer.from(
    xmlBytes.buffer,
    xmlBytes.byteOffset,
    xmlBytes.byteLength,
  ).toString('latin1');
  // XML never holds a NUL (not even as &#0;); one would reach a cell's raw text,
  // which PostgreSQL cannot store.
  if (xml.includes('\0')) {
    throw new DocumentReadError('ZIP_INVALID', 'NUL in word/document.xml');
  }
  const builder = new TableBuilder(lineTracker(xml), onCell);

  let inText = false;
  let inRun = false;
  // Hidden text (w:vanish in the run's properties) is not part of what a reader sees.
  let hiddenRun = false;
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

  scanXml(
    xml,
    xmlBytes,
    {
      open(name, attributes, offset) {
        if (skipDepth > 0 || skippedContent(name)) {
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
            hiddenRun = false;
            return;
          case 'w:vanish':
            if (inRun) hiddenRun = !OFF.has(attributes['w:val'] ?? 'true');
            return;
          case 'w:tab':
            // A tab character in a run (w:tab also names tab stops in w:pPr).
            if (inRun && !hiddenRun) builder.text(' ', offset);
            return;
          case 'w:br':
          case 'w:cr':
            if (!hiddenRun) builder.lineBreak();
            return;
          default:
        }
      },
      text(text, offset) {
        if (skipDepth === 0 && inText && !hiddenRun) builder.text(text, offset);
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
            hiddenRun = false;
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
    },
    (name) =>
      name === 'w:gridspan' || name === 'w:vmerge' || name === 'w:vanish',
    // Run properties are read only where some run may be hidden: they are a fifth
    // of a document's tags.
    xml.includes('<w:vanish') ? WITH_RUN_PROPERTIES : SKIPPED_SUBTREES,
  );
  return builder.finish();
}
