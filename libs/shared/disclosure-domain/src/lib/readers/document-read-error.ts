/** Why a document could not be read at all (as opposed to a report with findings). */
export type DocumentReadErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'PDF'
  | 'IMAGE'
  | 'TOO_LARGE'
  | 'ZIP_INVALID'
  | 'NOT_DOCX'
  | 'ZIP_BOMB'
  | 'LEGACY_DOC';

const MESSAGES: Record<DocumentReadErrorCode, [string, string]> = {
  EMPTY: ['文件为空，没有可读取的内容。', 'The file is empty.'],
  BINARY: [
    '文件不是文本、HTML 或 Word（DOCX）文档，无法读取。',
    'The file is not a text, HTML or Word (DOCX) document.',
  ],
  PDF: [
    'PDF 文件无法可靠读取表格，请提交网页（HTML）、Word（DOCX）或复制的文本。',
    'PDF files cannot be read reliably; submit the web page (HTML), the Word file (DOCX) or the copied text.',
  ],
  IMAGE: [
    '这是一个图片文件，无法读取其中的表格。',
    'This is an image; its tables cannot be read.',
  ],
  TOO_LARGE: [
    '文件过大，超出了可读取的上限。',
    'The file is larger than the reading limit.',
  ],
  ZIP_INVALID: [
    '压缩文件已损坏，无法作为 Word（DOCX）文档读取。',
    'The zip archive is damaged and cannot be read as a Word (DOCX) document.',
  ],
  NOT_DOCX: [
    '压缩文件中没有 Word 文档正文（word/document.xml）。',
    'The zip archive has no Word document body (word/document.xml).',
  ],
  ZIP_BOMB: [
    'Word 文档解压后过大（疑似压缩炸弹），拒绝读取。',
    'The Word document expands to an excessive size (suspected zip bomb); refused.',
  ],
  LEGACY_DOC: [
    '这是旧版 Word（.doc）文件，请另存为 .docx 后提交。',
    'This is a legacy Word (.doc) file; save it as .docx and submit again.',
  ],
};

export class DocumentReadError extends Error {
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(
    readonly code: DocumentReadErrorCode,
    detail?: string,
  ) {
    const [zh, en] = MESSAGES[code];
    super(detail ? `${en} (${detail})` : en);
    this.name = 'DocumentReadError';
    this.messageZh = detail ? `${zh}（${detail}）` : zh;
    this.messageEn = this.message;
  }
}
