import { PROACTIVE_SUBTABLES } from '../metrics/metric-registry';
import type { Token } from '../readers/token';
import type { ApplicationGroup, ProactiveItem } from './labels';

export type RowRecord =
  | {
      kind: 'proactive';
      row: string;
      item: ProactiveItem;
      headerKey: string;
      label: Token;
      rest: string;
      cells: Token[];
      end: number;
    }
  | {
      kind: 'orphan';
      item: ProactiveItem | null;
      headerKey: string;
      cells: Token[];
      /** The row label that ended the orphan cells, if any. */
      nextRow: string | null;
      end: number;
    }
  | {
      kind: 'extra';
      item: ProactiveItem | null;
      headerKey: string;
      label: Token;
      cells: Token[];
      end: number;
    }
  | {
      kind: 'applications';
      row: string;
      label: Token;
      rest: string;
      cells: Token[];
      end: number;
    }
  | {
      kind: 'group';
      group: ApplicationGroup;
      label: Token;
      cells: Token[];
      end: number;
    }
  | { kind: 'review'; cells: Token[]; end: number };

export const ITEM_OF_ROW: Record<string, ProactiveItem> = {
  rules: '一',
  normativeDocs: '一',
  licensing: '五',
  otherServices: '五',
  penalty: '六',
  coercion: '六',
  fees: '八',
  procurement: '九',
};

export const G1_ONLY_ROWS = new Set(['otherServices', 'procurement']);
export const G2_APPLICATION_ROWS = new Set([
  'otherOverdueCorrection',
  'otherOverdueFee',
  'otherMisc',
]);

const G2_HEADER_MARKS = [
  '本年制发',
  '本年废止',
  '现行有效',
  '本年处理决定',
  '收费金额',
  '单位万元',
];
const G1_HEADER_MARKS = [
  '本年新',
  '对外公开总',
  '上一年项目',
  '本年增',
  '采购',
];

/** The generation a sub-table's header shows, if it shows one. */
export function generationOfHeader(headerKey: string): 'G1' | 'G2' | null {
  const g2 = G2_HEADER_MARKS.some((m) => headerKey.includes(m));
  const g1 =
    G1_HEADER_MARKS.some((m) => headerKey.includes(m)) ||
    headerKey.replace(/本年处理决定数量/g, '').includes('处理决定数量');
  if (g1 === g2) return null;
  return g2 ? 'G2' : 'G1';
}

export function subTable(item: ProactiveItem, generation: 'G1' | 'G2') {
  return PROACTIVE_SUBTABLES.find(
    (s) => s.item === item && s.generation === generation,
  );
}
