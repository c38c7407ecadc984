import {
  APPLICATION_ROWS,
  metricsOfGeneration,
} from '../metrics/metric-registry';
import type { TableTemplate } from './table-templates';
import { APPLICATION_ROW_LABELS, tablesOf } from './table-templates';

/** Occupied grid positions per row, spans expanded: each must be exactly 1. */
function occupancy(table: TableTemplate): number[][] {
  const grid = table.rows.map(() =>
    new Array<number>(table.columnCount).fill(0),
  );
  table.rows.forEach((row, r) => {
    for (const cell of row.cells) {
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = grid[r + dr];
          if (!line) throw new Error(`rowspan past the table end at row ${r}`);
          line[cell.gridStart + dc] = (line[cell.gridStart + dc] ?? 0) + 1;
        }
      }
    }
  });
  return grid;
}

describe.each(['G1', 'G2'] as const)('table templates %s', (generation) => {
  const tables = tablesOf(generation);

  it.each(['proactive', 'applications', 'reviewLitigation'] as const)(
    '%s tiles its grid exactly once',
    (key) => {
      const table = tables[key];
      for (const line of occupancy(table)) {
        expect(line).toEqual(new Array<number>(table.columnCount).fill(1));
      }
    },
  );

  it('gives Word one slot per grid position run in every row', () => {
    for (const table of [
      tables.proactive,
      tables.applications,
      tables.reviewLitigation,
    ]) {
      for (const row of table.rows) {
        const width = row.slots.reduce((sum, s) => sum + s.cell.colSpan, 0);
        expect(width).toBe(table.columnCount);
      }
    }
  });

  it('covers every metric of the generation exactly once', () => {
    const metrics = [
      tables.proactive,
      tables.applications,
      tables.reviewLitigation,
    ].flatMap((t) =>
      t.rows.flatMap((r) =>
        r.cells.flatMap((c) => (c.metric ? [c.metric] : [])),
      ),
    );
    expect(new Set(metrics).size).toBe(metrics.length);
    expect(new Set(metrics)).toEqual(new Set(metricsOfGeneration(generation)));
  });

  it('spans 三、本年度办理结果 over 20 (G1) or 22 (G2) rows', () => {
    const group = tables.applications.rows
      .flatMap((r) => r.cells)
      .find((c) => c.text === '三、本年度办理结果');
    expect(group?.rowSpan).toBe(generation === 'G1' ? 20 : 22);
  });
});

describe('application row labels', () => {
  it('are the registry labels without the group prefix', () => {
    for (const row of APPLICATION_ROWS) {
      const label = APPLICATION_ROW_LABELS[row.key];
      expect(label).toBeDefined();
      expect(row.zh.endsWith(label ?? '?')).toBe(true);
    }
  });

  it('never carry the group prefix on numbered sub-rows', () => {
    expect(APPLICATION_ROW_LABELS['withheldStateSecret']).toBe(
      '1.属于国家秘密',
    );
    expect(APPLICATION_ROW_LABELS['otherMisc']).toBe('3.其他');
    expect(APPLICATION_ROW_LABELS['otherHandling']).toBe('（六）其他处理');
  });
});
