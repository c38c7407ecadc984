import { strToU8, zipSync } from 'fflate';
import { escapeMarkup, stripXmlInvalid } from './markup-escape';
import type { ReportDocument } from './report-document';
import type { TableTemplate } from './table-templates';
import { cellText } from './cell-text';

/**
 * A minimal but valid WordprocessingML package: the same blocks as the HTML page, with
 * tables as w:tbl, colspans as w:gridSpan and rowspans as w:vMerge. Word needs an
 * explicit `<w:vMerge/>` continuation cell in every row a rowspan covers, which the
 * templates precompute as grid slots.
 */

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CONTENT_TYPES =
  XML_DECL +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  XML_DECL +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>';

const DOCUMENT_RELS =
  XML_DECL +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

// 宋体 小四 (12 pt) body and bold headings, as most published .docx reports use.
const STYLES =
  XML_DECL +
  `<w:styles xmlns:w="${W_NS}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr>' +
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>' +
  '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>' +
  '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
  '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="60" w:type="dxa"/>' +
  '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '</w:styles>';

const TABLE_PROPERTIES =
  '<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>' +
  '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
  '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
  '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
  '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
  '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
  '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
  '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>';

// A4 with 3.17 cm side margins (Word's default for Chinese documents).
const SECTION_PROPERTIES =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
  '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>' +
  '</w:sectPr>';

function textRun(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escapeMarkup(stripXmlInvalid(text))}</w:t></w:r>`;
}

export function renderDocumentXml(doc: ReportDocument): string {
  const out: string[] = [
    XML_DECL,
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>`,
  ];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'title':
        out.push(
          '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>',
          textRun(block.text),
          '</w:p>',
        );
        break;
      case 'meta':
        out.push(
          '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>',
          textRun(block.text),
          '</w:p>',
        );
        break;
      case 'heading':
        out.push(
          '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:ind w:firstLineChars="200" w:firstLine="480"/></w:pPr>',
          textRun(block.text),
          '</w:p>',
        );
        break;
      case 'paragraph':
        out.push(
          '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="480"/><w:jc w:val="both"/></w:pPr>',
          textRun(block.text),
          '</w:p>',
        );
        break;
      case 'table':
        renderTable(block.table, doc.values, out);
        // Word merges adjacent tables and a body may not end in a table: separate them.
        out.push('<w:p/>');
        break;
    }
  }
  out.push(SECTION_PROPERTIES, '</w:body></w:document>');
  return out.join('');
}

function renderTable(
  table: TableTemplate,
  values: ReportDocument['values'],
  out: string[],
): void {
  out.push('<w:tbl>', TABLE_PROPERTIES, '<w:tblGrid>');
  for (const width of table.columnWidths)
    out.push(`<w:gridCol w:w="${width}"/>`);
  out.push('</w:tblGrid>');
  // The header rows at the top repeat on each page. Not in table 二, whose top rows
  // belong to sub-table （一） only.
  let leadingHeader = table.key !== 'proactive';
  for (const row of table.rows) {
    leadingHeader &&= row.header;
    out.push(
      leadingHeader ? '<w:tr><w:trPr><w:tblHeader/></w:trPr>' : '<w:tr>',
    );
    for (const { cell, continuation } of row.slots) {
      out.push(
        '<w:tc><w:tcPr><w:tcW w:w="',
        String(cell.width),
        '" w:type="dxa"/>',
      );
      if (cell.colSpan > 1)
        out.push('<w:gridSpan w:val="', String(cell.colSpan), '"/>');
      if (continuation) out.push('<w:vMerge/>');
      else if (cell.rowSpan > 1) out.push('<w:vMerge w:val="restart"/>');
      out.push(
        '<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/>',
      );
      out.push(
        cell.role === 'label' ? '</w:pPr>' : '<w:jc w:val="center"/></w:pPr>',
      );
      // A continuation cell repeats nothing: its text belongs to the restart cell.
      const text = continuation
        ? ''
        : cell.metric === null
          ? cell.markup
          : cellText(cell, values);
      if (text !== '') out.push('<w:r><w:t>', text, '</w:t></w:r>');
      out.push('</w:p></w:tc>');
    }
    out.push('</w:tr>');
  }
  out.push('</w:tbl>');
}

function corePropertiesXml(
  doc: ReportDocument,
  publishedOn: string | undefined,
): string {
  const created =
    publishedOn !== undefined && isIsoDate(publishedOn)
      ? `<dcterms:created xsi:type="dcterms:W3CDTF">${publishedOn}T00:00:00Z</dcterms:created>`
      : '';
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeMarkup(stripXmlInvalid(doc.title))}</dc:title>${created}</cp:coreProperties>`
  );
}

function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Zip entry times come from the publication date (or a fixed 1980-01-01) so that the
 * same report always gives the same bytes: fixtures and snapshots stay stable.
 */
function entryTime(publishedOn: string | undefined): Date {
  if (publishedOn !== undefined && isIsoDate(publishedOn)) {
    const year = Number(publishedOn.slice(0, 4));
    if (year >= 1980) {
      return new Date(
        year,
        Number(publishedOn.slice(5, 7)) - 1,
        Number(publishedOn.slice(8, 10)),
      );
    }
  }
  return new Date(1980, 0, 1);
}

export function renderDocxPackage(
  doc: ReportDocument,
  publishedOn: string | undefined,
): Uint8Array {
  const mtime = entryTime(publishedOn);
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(PACKAGE_RELS),
      'docProps/core.xml': strToU8(corePropertiesXml(doc, publishedOn)),
      'word/document.xml': strToU8(renderDocumentXml(doc)),
      'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
      'word/styles.xml': strToU8(STYLES),
    },
    { level: 6, mtime },
  );
}
