import { makeFinding } from './model/finding';
import type { Finding, ParsedReport, SourceFormat } from './model/report';
import { decodeDocument } from './readers/decode-document';
import { tokenizeDocx } from './readers/docx-tokenizer';
import { tokenizeHtml } from './readers/html-tokenizer';
import { tokenizeText } from './readers/text-tokenizer';
import type { Token } from './readers/token';
import { interpretTokens } from './structure/interpret';
import { extractMetadata } from './structure/metadata';
import {
  looksTraditional,
  looksTraditionalIn,
  toSimplified,
} from './text/traditional';

export interface ParseOptions {
  /** Report year given by the caller; wins over what the document says. */
  year?: number | null | undefined;
  /** Agency name given by the caller; wins over what the document says. */
  agency?: string | null | undefined;
}

function tokensLookTraditional(tokens: readonly Token[]): boolean {
  return looksTraditionalIn(tokens.map((t) => t.text));
}

function simplifyTokens(tokens: Token[]): void {
  for (const t of tokens) if (t.text !== '') t.text = toSimplified(t.text);
}

/**
 * Reads one document (text, HTML or DOCX, as bytes or a string) into the canonical
 * report model. Reading problems are findings; only input that is no document at all
 * (empty, binary, PDF, image, damaged zip) throws a DocumentReadError.
 */
export function parseReport(
  input: Uint8Array | string,
  options: ParseOptions = {},
): ParsedReport {
  const decoded = decodeDocument(input);
  const findings: Finding[] = [];
  let tokens: Token[];
  let htmlTitle: string | null = null;
  let format: SourceFormat;
  let traditional = false;

  if (decoded.format === 'docx') {
    format = 'docx';
    tokens = tokenizeDocx(decoded.bytes);
    traditional = tokensLookTraditional(tokens);
    if (traditional) simplifyTokens(tokens);
  } else {
    format = decoded.format;
    if (decoded.guessed) {
      findings.push(
        makeFinding(
          'ENCODING_GUESSED',
          'info',
          `文档没有声明编码且不是 UTF-8，按 ${decoded.encoding.toUpperCase()} 读取。`,
          `The document declares no encoding and is not UTF-8; it was read as ${decoded.encoding.toUpperCase()}.`,
        ),
      );
    }
    if (decoded.format === 'html') {
      const html = tokenizeHtml(decoded.text);
      // The page's text, not its markup, tells whether it is traditional.
      traditional = tokensLookTraditional(html.tokens);
      tokens = html.tokens;
      htmlTitle = html.title;
      if (traditional) {
        simplifyTokens(tokens);
        if (htmlTitle) htmlTitle = toSimplified(htmlTitle);
      }
    } else {
      traditional = looksTraditional(decoded.text);
      tokens = tokenizeText(
        traditional ? toSimplified(decoded.text) : decoded.text,
      );
    }
  }
  if (traditional) {
    findings.push(
      makeFinding(
        'TRADITIONAL_CONVERTED',
        'info',
        '文档使用繁体字，已按简体字读取。',
        'The document is in traditional characters; it was read as simplified.',
      ),
    );
  }

  const parsed = interpretTokens(tokens);
  const meta = extractMetadata(parsed.preamble, parsed.sections, htmlTitle);

  const year = options.year ?? meta.year;
  const agency = options.agency ?? meta.agency;
  if (parsed.notAReport) {
    findings.push(
      makeFinding(
        'NOT_A_REPORT',
        'error',
        '没有找到政府信息公开工作年度报告的章节或统计表，这份文档不像年度报告。',
        'No section or statistical table of an information-disclosure annual report was found; this does not look like an annual report.',
      ),
    );
  } else {
    if (year === null || year === undefined) {
      findings.push(
        makeFinding(
          'YEAR_UNKNOWN',
          'warning',
          '无法从标题、统计期限或正文中确定报告年度，请手动指定。',
          'The report year could not be found in the title, the statistics period or the text; give it explicitly.',
        ),
      );
    }
    if (
      options.year !== undefined &&
      options.year !== null &&
      meta.year !== null &&
      meta.year !== options.year &&
      (meta.yearSource === 'title' || meta.yearSource === 'statisticsPeriod')
    ) {
      // The year given wins, but what the document says is not hidden: the wrong
      // document, or the wrong year typed, corrupts a year's statistics.
      const where = meta.yearSource === 'title' ? '标题' : '统计期限';
      const whereEn =
        meta.yearSource === 'title' ? 'title' : 'statistics period';
      findings.push(
        makeFinding(
          'YEAR_MISMATCH',
          'error',
          `报告${where}写的是 ${meta.year} 年，却报送为 ${options.year} 年的报告。`,
          `The report's ${whereEn} says ${meta.year}, but it is filed as the ${options.year} report.`,
        ),
      );
    }
    if (agency === null || agency === undefined) {
      findings.push(
        makeFinding(
          'AGENCY_UNKNOWN',
          'info',
          '无法从标题或正文中确定报告机关名称，请手动指定。',
          'The reporting agency could not be found in the title or the text; give it explicitly.',
        ),
      );
    }
  }

  return {
    format,
    title: meta.title,
    year: year ?? null,
    yearSource:
      options.year !== undefined && options.year !== null
        ? 'caller'
        : meta.yearSource,
    agency: agency ?? null,
    agencySource:
      options.agency !== undefined && options.agency !== null
        ? 'caller'
        : meta.agencySource,
    publishedOn: meta.publishedOn,
    generation: parsed.generation,
    sections: parsed.sections,
    tables: parsed.tables,
    values: parsed.values,
    extras: parsed.extras,
    findings: [...findings, ...parsed.findings],
    truncated: parsed.truncated,
  };
}
