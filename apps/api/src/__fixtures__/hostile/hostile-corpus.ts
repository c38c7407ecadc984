import { crc32, deflateRawSync } from 'node:zlib';

import { renderReport, renderReportDocx } from '@gongkai/disclosure-domain';
import type { TextLayout } from '@gongkai/disclosure-domain';
import { sampleReportData } from '@gongkai/disclosure-domain/testing';
import { encode as encodeLegacy } from 'iconv-lite';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Hostile and broken documents (issue 5). Every case builds its bytes here; the small
 * ones are also committed next to this file (README.md is their index) and must equal
 * what the builder makes, the large ones (over 256 KB) are made at test time only.
 */

/** How the server must answer a case. */
export type Expectation =
  | {
      kind: 'refused';
      /** HTTP status of the upload route. */
      status: number;
      /** `reason` of the answer (a store error code), if the route gives one. */
      reason: string | null;
      /** `details.reason`: the reader's code (ZIP_BOMB, PDF…), where there is one. */
      detail?: string;
    }
  | {
      kind: 'stored';
      /** The department the document names (created on submission). */
      agency: string;
      year: number;
      /** Values the preview must read, by metric id. */
      values?: Record<string, number>;
      /** Text that must not appear anywhere in the preview answer. */
      absent?: readonly string[];
      /** The media type the stored document must be served with. */
      mediaType: string;
    };

export interface HostileCase {
  /** File name (also the upload's file name): kebab-case, named for the case. */
  name: string;
  /** What the document tries. */
  tries: string;
  /** Committed next to this file (small) or made at test time (large). */
  committed: boolean;
  /** The media type the client declares for the upload (what a liar would send). */
  declaredType: string;
  /** The department form field (otherwise the agency the document names). */
  department?: string;
  /** Also sent through GraphQL: as `text` (when it is UTF-8) or as `base64`. */
  graphql: 'text' | 'base64' | null;
  expect: Expectation;
  build(): Uint8Array;
}

// ---- Helpers -------------------------------------------------------------------

export const DOCX_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ZIP_TIME = new Date('2025-03-01T00:00:00Z');

const utf8 = (s: string) => Buffer.from(s, 'utf8');

function report(agency: string, year: number, layout: TextLayout): string {
  return renderReport({ ...sampleReportData('G2'), agency, year }, layout);
}

/** Replaces exactly one occurrence, so a case breaks loudly if the writer changes. */
function replaceOnce(s: string, find: string, by: string): string {
  const at = s.indexOf(find);
  if (at === -1 || s.indexOf(find, at + 1) !== -1)
    throw new Error(`hostile corpus: "${find}" must occur exactly once`);
  return s.slice(0, at) + by + s.slice(at + find.length);
}

function docx(agency: string, year: number): Uint8Array {
  return renderReportDocx({ ...sampleReportData('G2'), agency, year });
}

/** A writer DOCX whose document.xml is rewritten, plus extra entries. */
function rewriteDocx(
  bytes: Uint8Array,
  rewrite: (xml: string) => string,
  extra: Record<string, Uint8Array> = {},
): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml'] as Uint8Array);
  files['word/document.xml'] = strToU8(rewrite(xml));
  return zipSync({ ...files, ...extra }, { level: 6, mtime: ZIP_TIME });
}

interface RawEntry {
  name: string;
  method: number;
  data: Uint8Array;
  crc: number;
  /** The uncompressed size the headers declare (a bomb lies here). */
  declared: number;
}

/** A zip written by hand, so that headers can lie. */
function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = utf8(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declared >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declared >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const DOC_XML_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';

/**
 * A raw deflate stream of `blocks` × 1 MiB of spaces: one 1 MiB block compressed once
 * and repeated (a full flush makes each block byte-aligned and self-contained), so a
 * gigabyte of output costs a megabyte and no gigabyte of work to make.
 */
function spacesDeflated(blocks: number): Buffer {
  const head = deflateRawSync(utf8(DOC_XML_HEAD), {
    finishFlush: 3 /* Z_FULL_FLUSH */,
  });
  const block = deflateRawSync(Buffer.alloc(1 << 20, 0x20), {
    level: 9,
    finishFlush: 3,
  });
  const tail = deflateRawSync(Buffer.alloc(0)); // an empty final block
  return Buffer.concat([head, ...Array<Buffer>(blocks).fill(block), tail]);
}

function zipBomb(blocks: number, declared: number): Uint8Array {
  return rawZip([
    {
      name: 'word/document.xml',
      method: 8,
      data: spacesDeflated(blocks),
      crc: 0,
      declared,
    },
  ]);
}

/** The writer's text layout with the value after a label line replaced. */
function textWithCell(
  agency: string,
  year: number,
  cells: Record<string, string>,
): string {
  let t = report(agency, year, 'text');
  for (const [label, value] of Object.entries(cells)) {
    const m = new RegExp(`\n${label}\n([^\n]*)\n`).exec(t);
    if (!m) throw new Error(`hostile corpus: no label ${label}`);
    t = replaceOnce(t, m[0], `\n${label}\n${value}\n`);
  }
  return t;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND). */
function png(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateRawSync(Buffer.from([0, 255, 0, 0]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from(PNG),
      chunk('IHDR', ihdr),
      chunk('IDAT', idat),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** A deterministic pseudo-random byte stream (no seed file to commit). */
function noise(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const SQL = "'; DROP TABLE submission; --";
const PASSWD = 'root:x:0:0';
const MIB = 1024 * 1024;

const refused = (
  status: number,
  reason: string | null,
  detail?: string,
): Expectation => ({
  kind: 'refused',
  status,
  reason,
  ...(detail ? { detail } : {}),
});

const stored = (
  agency: string,
  year: number,
  mediaType: string,
  more: {
    values?: Record<string, number>;
    absent?: readonly string[];
  } = {},
): Expectation => ({ kind: 'stored', agency, year, mediaType, ...more });

const unreadable = (detail: string) =>
  refused(400, 'DOCUMENT_UNREADABLE', detail);

// ---- The corpus ----------------------------------------------------------------

export const HOSTILE_CORPUS: readonly HostileCase[] = [
  // -- Zip archives and DOCX --------------------------------------------------------
  {
    name: 'zip-bomb-declared-64mb.docx',
    tries:
      'A 64 KB DOCX whose document.xml expands to 64 MiB and says so in its headers.',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: unreadable('ZIP_BOMB'),
    build: () => zipBomb(64, 64 * MIB),
  },
  {
    name: 'zip-bomb-lying-header.docx',
    tries:
      'The same 64 MiB expansion, with headers that claim 1,000 bytes: only the output cap can stop it.',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: unreadable('ZIP_BOMB'),
    build: () => zipBomb(64, 1000),
  },
  {
    name: 'zip-bomb-2gb.docx',
    tries:
      'A 2 MB DOCX expanding to 2 GiB (declared small); made at test time.',
    committed: false,
    declaredType: DOCX_TYPE,
    graphql: null,
    expect: unreadable('ZIP_BOMB'),
    build: () => zipBomb(2048, 1000),
  },
  {
    name: 'xxe-external-entity.docx',
    tries:
      'A valid report DOCX whose document.xml declares <!ENTITY xxe SYSTEM "file:///etc/passwd"> and uses &xxe; in a paragraph.',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: stored('示例市外部实体局', 2024, DOCX_TYPE, { absent: [PASSWD] }),
    build: () =>
      rewriteDocx(docx('示例市外部实体局', 2024), (xml) =>
        replaceOnce(
          xml.replace(
            '?>',
            '?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
          ),
          '<w:body>',
          '<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>',
        ),
      ),
  },
  {
    name: 'billion-laughs.docx',
    tries:
      'A valid report DOCX with the billion laughs entity chain (lol9 → 10^9 "lol") referenced in a paragraph.',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: stored('示例市实体膨胀局', 2024, DOCX_TYPE, {
      absent: ['lollollol'],
    }),
    build: () => {
      const chain = ['<!ENTITY lol "lol">'];
      for (let i = 1; i <= 9; i++) {
        const prev = i === 1 ? 'lol' : `lol${i - 1}`;
        chain.push(
          `<!ENTITY lol${i} "${Array<string>(10).fill(`&${prev};`).join('')}">`,
        );
      }
      return rewriteDocx(docx('示例市实体膨胀局', 2024), (xml) =>
        replaceOnce(
          xml.replace('?>', `?><!DOCTYPE lolz [${chain.join('')}]>`),
          '<w:body>',
          '<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>',
        ),
      );
    },
  },
  {
    name: 'path-traversal-entry.docx',
    tries:
      'A valid report DOCX with extra entries named ../../../../tmp/gongkai-hostile-pwned.txt and /tmp/gongkai-hostile-abs.txt (zip slip).',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: stored('示例市路径穿越局', 2024, DOCX_TYPE),
    build: () =>
      rewriteDocx(docx('示例市路径穿越局', 2024), (xml) => xml, {
        '../../../../tmp/gongkai-hostile-pwned.txt': strToU8('pwned'),
        '/tmp/gongkai-hostile-abs.txt': strToU8('pwned'),
      }),
  },
  {
    name: 'path-traversal-only.docx',
    tries:
      'A zip whose only document.xml is named word/../word/document.xml (a path that normalises to the body).',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: unreadable('NOT_DOCX'),
    build: () => {
      const files = unzipSync(docx('示例市路径穿越局', 2024));
      const body = files['word/document.xml'] as Uint8Array;
      delete files['word/document.xml'];
      return zipSync(
        { ...files, 'word/../word/document.xml': body },
        { level: 6, mtime: ZIP_TIME },
      );
    },
  },
  {
    name: 'not-a-zip.docx',
    tries:
      'A .docx that is a short English sentence (read by content: text, no report).',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: refused(400, 'NOT_A_REPORT'),
    build: () => utf8('This is not a Word document, only a sentence.\n'),
  },
  {
    name: 'zip-signature-then-garbage.docx',
    tries: 'PK\\x03\\x04 followed by noise: no central directory.',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: unreadable('ZIP_INVALID'),
    build: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise(2000, 7)]),
  },
  {
    name: 'truncated.docx',
    tries: 'A valid report DOCX cut in half (a broken download).',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: unreadable('ZIP_INVALID'),
    build: () => {
      const d = docx('示例市截断局', 2024);
      return d.slice(0, d.length >> 1);
    },
  },
  {
    name: 'zip-without-document-xml.docx',
    tries: 'A zip with word/other.xml but no word/document.xml.',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: unreadable('NOT_DOCX'),
    build: () =>
      zipSync({ 'word/other.xml': strToU8('<x/>') }, { mtime: ZIP_TIME }),
  },
  {
    name: 'zip-unsupported-method.docx',
    tries: 'document.xml with compression method 99 (AES), which is refused.',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: unreadable('ZIP_INVALID'),
    build: () =>
      rawZip([
        {
          name: 'word/document.xml',
          method: 99,
          data: noise(64, 3),
          crc: 0,
          declared: 64,
        },
      ]),
  },
  {
    name: 'zip-entry-beyond-end.docx',
    tries:
      'A central directory whose document.xml claims more compressed bytes than the file has.',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: unreadable('ZIP_INVALID'),
    build: () => {
      const z = Buffer.from(
        rawZip([
          {
            name: 'word/document.xml',
            method: 8,
            data: deflateRawSync(utf8(DOC_XML_HEAD)),
            crc: 0,
            declared: 100,
          },
        ]),
      );
      // Compressed size of the central directory entry (after the local entry).
      const central = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      z.writeUInt32LE(0x7fffffff, central + 20);
      return new Uint8Array(z);
    },
  },
  {
    name: 'legacy-word.doc',
    tries: 'An OLE compound file (Word 97–2003 .doc).',
    committed: true,
    declaredType: 'application/msword',
    graphql: 'base64',
    expect: unreadable('LEGACY_DOC'),
    build: () =>
      new Uint8Array([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...new Uint8Array(504),
      ]),
  },
  // -- HTML -------------------------------------------------------------------------
  {
    name: 'deep-nesting-100k.html',
    tries:
      'A valid report inside 100,000 nested <div> elements (1.1 MB); made at test time.',
    committed: false,
    declaredType: 'text/html',
    graphql: null,
    expect: stored('示例市深层嵌套局', 2024, 'text/html', {
      values: { 'proactive.licensing.decisions': 1826 },
    }),
    build: () => {
      const html = report('示例市深层嵌套局', 2024, 'html');
      return utf8(
        replaceOnce(
          replaceOnce(html, '<body>', `<body>${'<div>'.repeat(100_000)}`),
          '</body>',
          `${'</div>'.repeat(100_000)}</body>`,
        ),
      );
    },
  },
  {
    name: 'table-100k-rows.html',
    tries:
      'A valid report followed by a 100,000-row table (4 MB); made at test time.',
    committed: false,
    declaredType: 'text/html',
    graphql: null,
    expect: stored('示例市超长表格局', 2024, 'text/html', {
      values: { 'proactive.licensing.decisions': 1826 },
    }),
    build: () => {
      const rows = '<tr><td>行</td><td>1</td><td>2</td></tr>'.repeat(100_000);
      return utf8(
        replaceOnce(
          report('示例市超长表格局', 2024, 'html'),
          '</body>',
          `<table>${rows}</table></body>`,
        ),
      );
    },
  },
  {
    name: 'script-and-handlers-in-cells.html',
    tries:
      'A valid report with <script>, <img onerror=…> and onclick=… inside table cells and the title.',
    committed: true,
    declaredType: 'text/html',
    graphql: 'text',
    expect: stored('示例市脚本注入局', 2024, 'text/html', {
      values: { 'proactive.licensing.decisions': 1826 },
      absent: ['alert(1)'],
    }),
    build: () => {
      let h = report('示例市脚本注入局', 2024, 'html');
      h = replaceOnce(
        h,
        '<td>行政许可</td><td colspan="3">1826</td>',
        '<td onclick="alert(1)">行政许可<script>alert(1)</script></td><td colspan="3" onmouseover="alert(1)">1826<img src=x onerror="alert(1)"></td>',
      );
      h = replaceOnce(
        h,
        '<td>行政处罚</td>',
        '<td>行政处罚<svg onload="alert(1)"></svg><iframe src="javascript:alert(1)"></iframe></td>',
      );
      return utf8(
        replaceOnce(h, '</title>', '<script>alert(1)</script></title>'),
      );
    },
  },
  {
    name: 'javascript-links.html',
    tries:
      'A valid report with javascript: and data: links around labels and values.',
    committed: true,
    declaredType: 'text/html',
    graphql: 'text',
    expect: stored('示例市伪协议链接局', 2024, 'text/html', {
      values: { 'proactive.licensing.decisions': 1826 },
    }),
    build: () =>
      utf8(
        replaceOnce(
          report('示例市伪协议链接局', 2024, 'html'),
          '<td>行政许可</td><td colspan="3">1826</td>',
          '<td><a href="javascript:alert(document.cookie)">行政许可</a></td><td colspan="3"><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">1826</a></td>',
        ),
      ),
  },
  {
    name: 'mismatched-table-counts.html',
    tries:
      'A valid report whose rows have too few and too many cells and a colspan of 1000.',
    committed: true,
    declaredType: 'text/html',
    graphql: 'text',
    expect: stored('示例市错列表格局', 2024, 'text/html'),
    build: () => {
      let h = report('示例市错列表格局', 2024, 'html');
      h = replaceOnce(
        h,
        '<td>行政规范性文件</td><td>5</td><td>1</td><td>25</td>',
        '<td>行政规范性文件</td><td>5</td>',
      );
      h = replaceOnce(
        h,
        '<td>行政处罚</td><td colspan="3">57</td>',
        '<td>行政处罚</td><td colspan="1000">57</td><td>9</td><td>9</td><td>9</td>',
      );
      return utf8(h);
    },
  },
  {
    name: 'news-page.html',
    tries: 'An ordinary news page with a table: HTML, but no report.',
    committed: true,
    declaredType: 'text/html',
    graphql: 'text',
    expect: refused(400, 'NOT_A_REPORT'),
    build: () =>
      utf8(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>本市举办春季招聘会</title></head><body><p>3月1日，本市举办春季招聘会，120家企业参加。</p><table><tr><td>场次</td><td>3</td></tr></table></body></html>\n',
      ),
  },
  // -- Injection in text ------------------------------------------------------------
  {
    name: 'sql-in-cells.txt',
    tries: `A valid text report with ${SQL} in a paragraph and in a number cell.`,
    committed: true,
    declaredType: 'text/plain',
    graphql: 'text',
    expect: stored('示例市注入单元格局', 2024, 'text/plain'),
    build: () =>
      utf8(
        replaceOnce(
          textWithCell('示例市注入单元格局', 2024, { 行政强制: SQL }),
          '一、总体情况\n',
          `一、总体情况\n${SQL}\n`,
        ),
      ),
  },
  {
    name: 'sql-in-agency-name.txt',
    tries: `A valid text report whose agency (title and text) is 示例市${SQL}局, also given as the department field; the department is created with that name.`,
    committed: true,
    department: `示例市${SQL}局`,
    declaredType: 'text/plain',
    graphql: 'text',
    expect: stored(`示例市${SQL}局`, 2024, 'text/plain'),
    build: () => utf8(report(`示例市${SQL}局`, 2024, 'text')),
  },
  // -- Encodings --------------------------------------------------------------------
  {
    name: 'invalid-utf8.txt',
    tries:
      'A UTF-8 report with a stray 0xFF or 0xC0 every 50 bytes: not UTF-8, and as GB18030 too many replacement characters.',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'base64',
    expect: unreadable('BINARY'),
    build: () => {
      const b = Buffer.from(report('示例市无效编码局', 2024, 'text'), 'utf8');
      // Every 50th byte replaced: a document damaged throughout.
      for (let i = 0; i < b.length; i += 50) b[i] = i % 100 === 0 ? 0xff : 0xc0;
      return new Uint8Array(b);
    },
  },
  {
    name: 'utf8-bom-then-gbk.txt',
    tries:
      'A UTF-8 byte order mark followed by GBK text (the BOM lies; once a TypeError).',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'base64',
    expect: stored('示例市假标记局', 2024, 'text/plain'),
    build: () =>
      new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...encodeLegacy(report('示例市假标记局', 2024, 'text'), 'gbk'),
      ]),
  },
  {
    name: 'gbk-no-charset.html',
    tries: 'A report page in GBK with no charset declaration.',
    committed: true,
    declaredType: 'text/html',
    graphql: 'base64',
    expect: stored('示例市国标编码局', 2024, 'text/html', {
      values: { 'proactive.licensing.decisions': 1826 },
    }),
    build: () =>
      encodeLegacy(
        report('示例市国标编码局', 2024, 'html').replace(
          '<meta charset="utf-8">',
          '',
        ),
        'gbk',
      ),
  },
  {
    name: 'gbk-no-charset.txt',
    tries: 'A text report in GBK (no declaration possible).',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'base64',
    expect: stored('示例市国标文本局', 2024, 'text/plain', {
      values: { 'proactive.licensing.decisions': 1826 },
    }),
    build: () => encodeLegacy(report('示例市国标文本局', 2024, 'text'), 'gbk'),
  },
  {
    name: 'utf16le-bom.txt',
    tries: 'A text report in UTF-16LE with a byte order mark.',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'base64',
    expect: stored('示例市双字节局', 2024, 'text/plain', {
      values: { 'proactive.licensing.decisions': 1826 },
    }),
    build: () =>
      new Uint8Array([
        0xff,
        0xfe,
        ...Buffer.from(report('示例市双字节局', 2024, 'text'), 'utf16le'),
      ]),
  },
  {
    name: 'utf16be-bom.html',
    tries: 'A report page in UTF-16BE with a byte order mark.',
    committed: true,
    declaredType: 'text/html',
    graphql: 'base64',
    expect: stored('示例市大端序局', 2024, 'text/html', {
      values: { 'proactive.licensing.decisions': 1826 },
    }),
    build: () => {
      const le = Buffer.from(report('示例市大端序局', 2024, 'html'), 'utf16le');
      return new Uint8Array([0xfe, 0xff, ...le.swap16()]);
    },
  },
  // -- Not documents ----------------------------------------------------------------
  {
    name: 'pdf-named-docx.docx',
    tries: 'A PDF renamed to .docx and declared as DOCX.',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: unreadable('PDF'),
    build: () =>
      utf8(
        '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      ),
  },
  {
    name: 'image.png',
    tries: 'A 1×1 PNG image.',
    committed: true,
    declaredType: 'image/png',
    graphql: 'base64',
    expect: unreadable('IMAGE'),
    build: png,
  },
  {
    name: 'png-declared-text.txt',
    tries:
      'The same PNG named report.txt and declared text/plain: refused by its bytes, not its label.',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'base64',
    expect: unreadable('IMAGE'),
    build: png,
  },
  {
    name: 'gif-named-html.html',
    tries: 'A GIF named .html and declared text/html.',
    committed: true,
    declaredType: 'text/html',
    graphql: 'base64',
    expect: unreadable('IMAGE'),
    build: () =>
      new Uint8Array([
        ...Buffer.from('GIF89a', 'latin1'),
        1,
        0,
        1,
        0,
        0,
        0,
        0,
        0x3b,
      ]),
  },
  {
    name: 'jpeg-named-docx.docx',
    tries: 'A JPEG header named .docx.',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: unreadable('IMAGE'),
    build: () =>
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...utf8('JFIF\0')]),
  },
  {
    name: 'random-binary.bin',
    tries: '4 KB of pseudo-random bytes.',
    committed: true,
    declaredType: 'application/octet-stream',
    graphql: 'base64',
    expect: unreadable('BINARY'),
    build: () => noise(4096, 11),
  },
  {
    name: 'empty.txt',
    tries: 'A 0-byte upload.',
    committed: true,
    declaredType: 'text/plain',
    graphql: null,
    expect: refused(400, 'DOCUMENT_UNREADABLE'),
    build: () => new Uint8Array(0),
  },
  {
    name: 'whitespace-only.txt',
    tries: 'Spaces, tabs, CR/LF and ideographic spaces only.',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'text',
    expect: unreadable('EMPTY'),
    build: () => utf8(' \t\r\n\u3000\u00a0\n  \n'),
  },
  {
    name: 'bom-and-blank-lines.txt',
    tries: 'A UTF-8 byte order mark and blank lines.',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'base64',
    expect: unreadable('EMPTY'),
    build: () => new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x0a, 0x20, 0x0a]),
  },
  {
    name: 'upload-25mb.txt',
    tries: 'A 25 MB upload, over the 20 MB upload limit; made at test time.',
    committed: false,
    declaredType: 'text/plain',
    graphql: null,
    expect: refused(413, 'DOCUMENT_TOO_LARGE'),
    build: () => new Uint8Array(25 * MIB).fill(0x61),
  },
  {
    name: 'nul-bytes.txt',
    tries: 'A valid text report with NUL bytes in its first line.',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'base64',
    expect: unreadable('BINARY'),
    build: () => utf8(`\0\0\0${report('示例市空字符局', 2024, 'text')}`),
  },
  {
    name: 'nul-bytes-after-4kb.txt',
    tries:
      'A valid text report with NUL bytes in a cell past the first 4 KB (beyond the binary sniffing window).',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'base64',
    expect: unreadable('BINARY'),
    build: () =>
      utf8(
        replaceOnce(
          textWithCell('示例市后置空字符局', 2024, { 行政强制: '3\0\0\0' }),
          '一、总体情况\n',
          // 4,200 characters of prose push the NUL bytes past the sniffed opening.
          `一、总体情况\n${'依法公开政府信息。'.repeat(470)}\n`,
        ),
      ),
  },
  {
    name: 'nul-in-docx-text.docx',
    tries:
      'A valid report DOCX with NUL bytes in a text run of document.xml (never well-formed XML).',
    committed: true,
    declaredType: DOCX_TYPE,
    graphql: 'base64',
    expect: unreadable('ZIP_INVALID'),
    build: () =>
      rewriteDocx(docx('示例市文档空字符局', 2024), (xml) =>
        replaceOnce(xml, '<w:t>行政强制</w:t>', '<w:t>行政强制\0\0</w:t>'),
      ),
  },
  {
    name: 'long-line-10mb.txt',
    tries:
      'A valid text report followed by one 10 MB line without a line break; made at test time.',
    committed: false,
    declaredType: 'text/plain',
    graphql: null,
    expect: stored('示例市超长行局', 2024, 'text/plain', {
      values: { 'proactive.licensing.decisions': 1826 },
    }),
    build: () =>
      utf8(
        `${report('示例市超长行局', 2024, 'text')}\n${'公开'.repeat((5 * MIB) / 3)}`,
      ),
  },
  {
    name: 'huge-numbers.txt',
    tries:
      'A valid text report with 1e309, a 40-digit number and 1.7976931348623157e+309 in number cells.',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'text',
    expect: stored('示例市巨大数字局', 2024, 'text/plain'),
    build: () =>
      utf8(
        textWithCell('示例市巨大数字局', 2024, {
          行政许可: '1e309',
          行政处罚: '1234567890123456789012345678901234567890',
          行政强制: '1.7976931348623157e+309',
        }),
      ),
  },
  {
    name: 'negative-and-fullwidth-numbers.txt',
    tries:
      'A valid text report with -5, －３, +7 and fullwidth １２ in count cells.',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'text',
    expect: stored('示例市负数全角局', 2024, 'text/plain'),
    build: () =>
      utf8(
        textWithCell('示例市负数全角局', 2024, {
          行政许可: '-5',
          行政处罚: '－３',
          行政强制: '+7',
          行政事业性收费: '１２',
        }),
      ),
  },
  {
    name: 'every-cell-slash.txt',
    tries: 'A report whose every table cell is "/".',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'text',
    expect: stored('示例市全斜杠局', 2024, 'text/plain'),
    build: () => {
      const t = report('示例市全斜杠局', 2024, 'text');
      // Cells are the lines that are a number (or a dash) in the text layout.
      return utf8(
        t
          .split('\n')
          .map((l) => (/^[\d.]+$|^\/$/.test(l) ? '/' : l))
          .join('\n'),
      );
    },
  },
  {
    name: 'rtl-and-zero-width-labels.txt',
    tries:
      'A valid text report whose row labels carry U+202E (right-to-left override), U+200B and U+FEFF.',
    committed: true,
    declaredType: 'text/plain',
    graphql: 'text',
    expect: stored('示例市方向控制局', 2024, 'text/plain'),
    build: () => {
      let t = report('示例市方向控制局', 2024, 'text');
      t = replaceOnce(t, '\n行政许可\n', '\n\u202e行政\u200b许可\ufeff\n');
      t = replaceOnce(t, '\n行政处罚\n', '\n行政\u200d处罚\u202c\n');
      return utf8(t);
    },
  },
  // -- Lies about the media type ---------------------------------------------------
  {
    name: 'html-declared-png.png',
    tries:
      'A valid report page named .png and declared image/png: read as HTML, stored as text/html.',
    committed: true,
    declaredType: 'image/png',
    graphql: null,
    expect: stored('示例市伪装图片局', 2024, 'text/html', {
      values: { 'proactive.licensing.decisions': 1826 },
    }),
    build: () => utf8(report('示例市伪装图片局', 2024, 'html')),
  },
  {
    name: 'docx-declared-text.txt',
    tries:
      'A valid DOCX named .txt and declared text/plain: read as DOCX, stored as DOCX.',
    committed: true,
    declaredType: 'text/plain',
    graphql: null,
    expect: stored('示例市伪装文本局', 2024, DOCX_TYPE, {
      values: { 'proactive.licensing.decisions': 1826 },
    }),
    build: () => docx('示例市伪装文本局', 2024),
  },
];

/** The GraphQL text over the 1 MB JSON body limit (not a file: a request). */
export function oversizedGraphqlText(): string {
  return '公开'.repeat(Math.ceil((1.5 * MIB) / 6));
}
