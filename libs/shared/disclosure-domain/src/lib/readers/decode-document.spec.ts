import fc from 'fast-check';
import { encode } from 'iconv-lite';

import {
  decodeDocument,
  decodeValidUtf8,
  looksLikeHtml,
  MAX_DOCUMENT_BYTES,
  type DecodedDocument,
} from './decode-document';
import { DocumentReadError } from './document-read-error';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

function readError(input: Uint8Array | string): string | null {
  try {
    decodeDocument(input);
    return null;
  } catch (e) {
    if (e instanceof DocumentReadError) return e.code;
    throw e;
  }
}

function decodedText(d: DecodedDocument) {
  if (d.format === 'docx') throw new Error('expected text or html');
  return d;
}

/** Deterministic noise that is neither UTF-8 nor text. */
function noise(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const REPORT_TEXT = '一、总体情况\n规章 | 0 | 0 | 0 |\n';
const REPORT_HTML =
  '<html><head><meta charset="gbk"><title>年度报告</title></head>' +
  '<body><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td></tr></table></body></html>';

describe('decodeDocument: refused inputs', () => {
  it('empty or whitespace-only bytes are EMPTY', () => {
    expect(readError(new Uint8Array(0))).toBe('EMPTY');
    expect(readError(utf8(' \n\t\r\n'))).toBe('EMPTY');
    expect(readError(utf8('\u3000\u00a0\n'))).toBe('EMPTY');
    expect(readError(bytes(0xef, 0xbb, 0xbf, 0x20, 0x0a))).toBe('EMPTY');
  });

  it('an empty or whitespace-only string is EMPTY', () => {
    expect(readError('')).toBe('EMPTY');
    expect(readError('  \n\t ')).toBe('EMPTY');
    expect(readError('\u3000\u00a0')).toBe('EMPTY');
  });

  it('a PDF is PDF, as bytes or as a string', () => {
    expect(readError(utf8('%PDF-1.7\n1 0 obj << >> endobj\n'))).toBe('PDF');
    expect(readError('%PDF-1.4\n%âãÏÓ')).toBe('PDF');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]],
    ['GIF', [...utf8('GIF89a'), 1, 0, 1, 0]],
    ['WEBP', [...utf8('RIFF'), 0, 0, 0, 0, ...utf8('WEBP')]],
    ['TIFF', [0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]],
  ])('a %s image is IMAGE', (_name, signature) => {
    expect(readError(bytes(...signature, ...noise(64)))).toBe('IMAGE');
  });

  it('an OLE compound file (.doc) is LEGACY_DOC', () => {
    expect(
      readError(
        bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(512)),
      ),
    ).toBe('LEGACY_DOC');
  });

  it('random bytes are BINARY', () => {
    expect(readError(noise(4096))).toBe('BINARY');
  });

  it('text with NUL or many control characters is BINARY', () => {
    expect(readError(utf8('规章\u0000 0 0 0'))).toBe('BINARY');
    expect(readError('规章\u0000 0 0 0')).toBe('BINARY');
    expect(readError(`${'\u0001\u0002'.repeat(20)}${'规章'.repeat(100)}`)).toBe(
      'BINARY',
    );
  });

  // Fixed bug: only the first 4,096 characters were sniffed, so a NUL further on
  // reached the report (cell raw text) and PostgreSQL refused to store it (HTTP 500).
  it('text with a NUL anywhere is BINARY, also past the sniffed opening', () => {
    const late = `${'一、总体情况。'.repeat(1000)}\n规章 | 0\u0000 | 0 | 0 |\n`;
    expect(readError(late)).toBe('BINARY');
    expect(readError(utf8(late))).toBe('BINARY');
    expect(readError(encode(late, 'gbk'))).toBe('BINARY');
    const le = Buffer.from(late, 'utf16le');
    expect(readError(bytes(0xff, 0xfe, ...le))).toBe('BINARY');
  });

  it('tolerates a few stray control characters', () => {
    const text = `${'一、总体情况。'.repeat(100)}\u0007`;
    expect(readError(text)).toBeNull();
  });

  it('an input above the size limit is TOO_LARGE', () => {
    expect(readError(new Uint8Array(MAX_DOCUMENT_BYTES + 1))).toBe('TOO_LARGE');
  });
});

describe('decodeDocument: zip archives', () => {
  it('returns the bytes of a zip archive for the DOCX reader', () => {
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00);
    const d = decodeDocument(zip);
    expect(d).toEqual({ format: 'docx', bytes: zip });
  });
});

describe('decodeDocument: encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeDocument(utf8(REPORT_TEXT))).toEqual({
      format: 'text',
      text: REPORT_TEXT,
      encoding: 'utf-8',
      guessed: false,
    });
  });

  it('decodes valid UTF-8 exactly as the UTF-8 decoder does, views into larger buffers included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.nat(3),
        fc.nat(3),
        (s, before, after) => {
          const whole = Buffer.concat([
            Buffer.alloc(before, 0x41),
            Buffer.from(s),
            Buffer.alloc(after, 0x42),
          ]);
          const view = whole.subarray(before, whole.length - after);
          // Lone surrogates are not UTF-8: Buffer.from writes them as U+FFFD.
          expect(decodeValidUtf8(view)).toBe(view.toString('utf8'));
        },
      ),
      { numRuns: 2000 },
    );
    expect(decodeValidUtf8(utf8('\ufeff表一\u0000😀'))).toBe(
      '\ufeff表一\u0000😀',
    );
  });

  it('drops a UTF-8 BOM', () => {
    expect(
      decodeDocument(bytes(0xef, 0xbb, 0xbf, ...utf8(REPORT_TEXT))),
    ).toEqual({
      format: 'text',
      text: REPORT_TEXT,
      encoding: 'utf-8',
      guessed: false,
    });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.from(REPORT_TEXT, 'utf16le');
    expect(decodeDocument(bytes(0xff, 0xfe, ...le))).toEqual({
      format: 'text',
      text: REPORT_TEXT,
      encoding: 'utf-16le',
      guessed: false,
    });
    const be = Buffer.from(le).swap16();
    expect(decodeDocument(bytes(0xfe, 0xff, ...be))).toEqual({
      format: 'text',
      text: REPORT_TEXT,
      encoding: 'utf-16be',
      guessed: false,
    });
  });

  it('decodes GBK bytes of a page that declares its charset, not guessed', () => {
    const gbk = encode(REPORT_HTML, 'gbk');
    // Sanity: these bytes are not UTF-8.
    expect(() =>
      new TextDecoder('utf-8', { fatal: true }).decode(gbk),
    ).toThrow();
    const d = decodedText(decodeDocument(gbk));
    expect(d.text).toBe(REPORT_HTML);
    expect(d.format).toBe('html');
    expect(d.guessed).toBe(false);
    expect(d.encoding).toBe('gb18030');
  });

  it.each(['gb2312', 'GBK', 'gb18030', 'x-gbk', 'cp936'])(
    'honours a declared %s charset (http-equiv form)',
    (charset) => {
      const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>规章</p></body></html>`;
      const d = decodedText(decodeDocument(encode(html, 'gbk')));
      expect(d.text).toBe(html);
      expect(d.guessed).toBe(false);
    },
  );

  it('guesses gb18030 for non-UTF-8 text without a declaration', () => {
    const d = decodedText(decodeDocument(encode(REPORT_TEXT, 'gbk')));
    expect(d).toEqual({
      format: 'text',
      text: REPORT_TEXT,
      encoding: 'gb18030',
      guessed: true,
    });
  });

  it('guesses gb18030 for an undeclared GBK page and still sees it is HTML', () => {
    const html = '<p>三、收到和处理政府信息公开申请情况</p>';
    const d = decodedText(decodeDocument(encode(html, 'gbk')));
    expect(d).toEqual({
      format: 'html',
      text: html,
      encoding: 'gb18030',
      guessed: true,
    });
  });

  it('reads UTF-8 that declares utf-8 as UTF-8', () => {
    const html = '<meta charset="utf-8"><p>规章</p>';
    expect(decodeDocument(utf8(html))).toEqual({
      format: 'html',
      text: html,
      encoding: 'utf-8',
      guessed: false,
    });
  });
});

describe('decodeDocument: HTML or text', () => {
  it.each([
    '<!DOCTYPE html><html><body></body></html>',
    '<html lang="zh-CN">',
    '前言<br/>正文',
    '<TABLE><TR><TD>1</TD></TR></TABLE>',
    '<div class="x">一、总体情况</div>',
    '<p>一、总体情况</p>',
  ])('%j is HTML', (s) => {
    expect(decodedText(decodeDocument(s)).format).toBe('html');
    expect(decodedText(decodeDocument(utf8(s))).format).toBe('html');
  });

  it.each([
    REPORT_TEXT,
    '规章 | 0 | 0 | 0 |\n行政许可 | 5 | | |',
    '收费 < 5 万元，<不适用>',
    'a <tdx> b <pre-formatted>',
  ])('%j is text', (s) => {
    expect(decodedText(decodeDocument(s)).format).toBe('text');
  });

  it('returns a string input unchanged, as UTF-16 text', () => {
    expect(decodeDocument(REPORT_TEXT)).toEqual({
      format: 'text',
      text: REPORT_TEXT,
      encoding: 'utf-16',
      guessed: false,
    });
  });
});

describe('looksLikeHtml', () => {
  it('recognises the common opening tags, case-insensitively', () => {
    expect(looksLikeHtml('<td>')).toBe(true);
    expect(looksLikeHtml('<TD>x')).toBe(true);
    expect(looksLikeHtml('a <span style="x">b')).toBe(true);
    expect(looksLikeHtml('<head>')).toBe(true);
  });

  it('ignores look-alike tags and markup far into a long text', () => {
    expect(looksLikeHtml('<tdx>')).toBe(false);
    expect(looksLikeHtml('<p')).toBe(false);
    expect(looksLikeHtml(`${'x'.repeat(20_001)}<p>`)).toBe(false);
  });
});

describe('decodeDocument: text that starts like a signature', () => {
  it('reads a text beginning with "BM" as text, not as a bitmap', () => {
    const decoded = decodeDocument(
      Buffer.from('BM市民政局 2020年政府信息公开工作年度报告'),
    );
    expect(decoded.format).toBe('text');
  });
});
