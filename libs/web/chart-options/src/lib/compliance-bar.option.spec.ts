import type { BarSeriesOption } from 'echarts/charts';
import { complianceBarOption } from './compliance-bar.option';
import { complianceStatusStyle } from './theme';
import type { ComplianceStatus } from './types';

const statusLabels: Record<ComplianceStatus, string> = {
  accepted: '已通过',
  submitted: '已提交',
  submittedWithErrors: '提交有误',
  pending: '待提交',
  returned: '已退回',
  missing: '缺报',
  notExpected: '无需提交',
};

const build = (statuses?: ComplianceStatus[]) =>
  complianceBarOption({
    years: [
      { year: 2022, counts: { accepted: 30, missing: 2 } },
      {
        year: 2023,
        counts: { accepted: 25, submittedWithErrors: 4, missing: 3 },
      },
    ],
    statusLabels,
    formatter: String,
    description: '各年度报告提交情况',
    ...(statuses ? { statuses } : {}),
  });

describe('complianceBarOption', () => {
  it('stacks every status per year with theme colours and decals', () => {
    const s = build().series as BarSeriesOption[];
    expect(s).toHaveLength(7);
    const errors = s.find((x) => x.id === 'submittedWithErrors');
    expect(errors?.name).toBe('提交有误');
    expect(errors?.data).toEqual([0, 4]);
    expect(errors?.itemStyle?.color).toBe(
      complianceStatusStyle.submittedWithErrors.color,
    );
    expect(errors?.itemStyle?.decal).toEqual(
      complianceStatusStyle.submittedWithErrors.decal,
    );
    expect(build().xAxis).toMatchObject({ data: ['2022', '2023'] });
  });

  it('keeps the requested statuses in order', () => {
    const s = build(['missing', 'accepted']).series as BarSeriesOption[];
    expect(s.map((x) => x.data)).toEqual([
      [2, 3],
      [30, 25],
    ]);
  });

  it('sets the aria description', () => {
    expect(build().aria).toMatchObject({
      enabled: true,
      label: { description: '各年度报告提交情况' },
    });
  });
});
