import type { SectionKey } from './report';

/** The six parts in the order of the format, with their G2 template headings. */
export const SECTION_NAMES: readonly {
  key: SectionKey;
  zh: string;
  en: string;
}[] = [
  { key: 'overview', zh: '一、总体情况', en: '1. Overview' },
  {
    key: 'proactive',
    zh: '二、主动公开政府信息情况',
    en: '2. Proactive disclosure',
  },
  {
    key: 'applications',
    zh: '三、收到和处理政府信息公开申请情况',
    en: '3. Applications received and handled',
  },
  {
    key: 'reviewLitigation',
    zh: '四、政府信息公开行政复议、行政诉讼情况',
    en: '4. Administrative review and litigation',
  },
  {
    key: 'problems',
    zh: '五、存在的主要问题及改进情况',
    en: '5. Main problems and improvements',
  },
  { key: 'other', zh: '六、其他需要报告的事项', en: '6. Other matters' },
];
