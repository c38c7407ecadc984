import type { CellInput, FindingInput, ReadReportInput } from './report-layout';
import { reportLayout } from './report-layout';

const cell = (
  metric: string,
  status: CellInput['status'],
  value: number | null,
  raw: string,
): CellInput => ({
  metric,
  status,
  value,
  raw,
  unit: null,
  location: {
    kind: 'text',
    line: 40,
    column: 2,
    table: null,
    row: null,
    cell: null,
    description: '第 40 行第 2 列',
    descriptionEn: 'line 40, column 2',
  },
});

const finding: FindingInput = {
  code: 'R1',
  severity: 'error',
  message: '合计不符',
  messageEn: 'Total does not add up',
  metric: 'applications.received.total',
  metrics: ['applications.received.total', 'applications.received.natural'],
  location: null,
};

function report(
  generation: string,
  cells: CellInput[],
  findings: FindingInput[] = [],
): ReadReportInput {
  return {
    generation,
    tables: [
      { key: 'proactive', generation },
      { key: 'applications', generation },
      { key: 'reviewLitigation', generation },
    ],
    cells,
    findings,
  };
}

describe('reportLayout', () => {
  const g1 = reportLayout(
    report(
      'G1',
      [
        cell('proactive.licensing.decisions', 'number', 1234, '1234'),
        cell('proactive.licensing.itemChange', 'number', 36, '+36'),
        cell('proactive.procurement.amountWan', 'number', 20.26, '20.26万元'),
        cell('applications.received.total', 'number', 9, '9'),
        cell('applications.received.natural', 'blank', null, ''),
        cell('review.total', 'notApplicable', null, '/'),
        cell('review.upheld', 'unreadable', null, '两'),
      ],
      [finding, { ...finding, code: 'STRUCTURE', metric: null, metrics: [] }],
    ),
    'zh-CN',
  );
  const cells = new Map(
    g1.tables
      .flatMap((t) => t.blocks.flatMap((b) => b.rows.flatMap((r) => r.cells)))
      .map((c) => [c.metric, c]),
  );

  it('lays out the G1 tables, with G1-only rows such as procurement', () => {
    expect(g1.tables.map((t) => t.generation)).toEqual(['G1', 'G1', 'G1']);
    expect(cells.has('proactive.procurement.amountWan')).toBe(true);
    expect(cells.has('proactive.rules.issued')).toBe(false);
    expect(cells.has('applications.otherHandling.total')).toBe(true);
    expect(cells.has('applications.otherMisc.total')).toBe(false);
  });

  it('keeps blank, not applicable, unreadable and absent cells apart', () => {
    expect(cells.get('proactive.licensing.decisions')).toMatchObject({
      status: 'number',
      display: '1,234',
    });
    expect(cells.get('proactive.licensing.itemChange')?.display).toBe('+36');
    expect(cells.get('proactive.procurement.amountWan')?.display).toBe('20.26');
    expect(cells.get('applications.received.natural')).toMatchObject({
      status: 'blank',
      display: '',
    });
    expect(cells.get('review.total')).toMatchObject({
      status: 'notApplicable',
      display: '/',
    });
    expect(cells.get('review.upheld')).toMatchObject({
      status: 'unreadable',
      display: '两',
    });
    expect(cells.get('review.pending')).toMatchObject({ status: 'absent' });
  });

  it('pins a finding to every cell it involves and keeps the rest general', () => {
    expect(cells.get('applications.received.total')).toMatchObject({
      findings: [0],
      severity: 'error',
    });
    expect(cells.get('applications.received.natural')?.findings).toEqual([0]);
    expect(g1.general).toEqual([1]);
  });

  it('prints table 四 as one row of fifteen cells under two heading rows', () => {
    const block = g1.tables[2]?.blocks[0];
    expect(block?.rows).toHaveLength(1);
    expect(block?.rows[0]?.cells).toHaveLength(15);
    expect(block?.headerGroups?.[0]?.map((g) => g.span)).toEqual([5, 10]);
  });

  it('lays out G2 with the 2021 rows', () => {
    const g2 = reportLayout(report('G2', []), 'en');
    const ids = g2.tables.flatMap((t) =>
      t.blocks.flatMap((b) =>
        b.rows.flatMap((r) => r.cells.map((c) => c.metric)),
      ),
    );
    expect(ids).toContain('proactive.rules.issued');
    expect(ids).toContain('applications.otherMisc.total');
    expect(ids).not.toContain('proactive.procurement.amountWan');
    expect(g2.tables[0]?.title).toBe('II. Proactive disclosure');
  });
});
