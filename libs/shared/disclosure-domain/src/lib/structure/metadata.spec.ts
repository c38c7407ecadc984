import type { SectionInfo } from '../model/report';
import type { Token } from '../readers/token';
import { extractMetadata, type ReportMetadata } from './metadata';

function lines(...texts: string[]): Token[] {
  return texts.map((text, i) => ({
    kind: 'text',
    text,
    inTable: false,
    rowEnd: false,
    loc: { kind: 'text', line: i + 1, column: 1 },
  }));
}

function overview(text: string): SectionInfo {
  return {
    key: 'overview',
    numeral: '一',
    heading: '一、总体情况',
    standardHeading: true,
    location: null,
    text,
  };
}

const NOTHING: ReportMetadata = {
  title: null,
  year: null,
  yearSource: null,
  agency: null,
  agencySource: null,
  publishedOn: null,
};

const meta = (
  preamble: readonly Token[],
  sections: readonly SectionInfo[] = [],
  htmlTitle: string | null = null,
) => extractMetadata(preamble, sections, htmlTitle);

describe('extractMetadata: titles', () => {
  it('reads year and agency from `YYYY年{机关}政府信息公开工作年度报告`', () => {
    expect(meta(lines('2020年清远市民政局政府信息公开工作年度报告'))).toEqual({
      title: '2020年清远市民政局政府信息公开工作年度报告',
      year: 2020,
      yearSource: 'title',
      agency: '清远市民政局',
      agencySource: 'title',
      publishedOn: null,
    });
  });

  it('reads `YYYY年度{机关}…年度报告` and `…政务公开年报` variants', () => {
    expect(
      meta(lines('2019年度上海市人民政府办公厅政府信息公开年度报告')),
    ).toMatchObject({
      year: 2019,
      yearSource: 'title',
      agency: '上海市人民政府办公厅',
      agencySource: 'title',
    });
    expect(meta(lines('2021年某某区统计局政务公开年报'))).toMatchObject({
      title: '2021年某某区统计局政务公开年报',
      year: 2021,
      agency: '某某区统计局',
    });
  });

  it('reads the agency of `{机关}YYYY年…` titles', () => {
    const m = meta(lines('清远市民政局2020年政府信息公开工作年度报告'));
    expect(m).toMatchObject({
      title: '清远市民政局2020年政府信息公开工作年度报告',
      year: 2020,
      yearSource: 'title',
      agency: '清远市民政局',
    });
  });

  // Regression (fixed): used to be that the title pattern `^(.*?)(year)?\s*(.*?)(政府信息公开…)` never captures
  // the part before the year (the lazy first group is always empty), so the
  // agency of a `{机关}YYYY年…` title is only found later by the free-text
  // search and attributed to 'text'. Reproduction:
  // extractMetadata([token('清远市民政局2020年政府信息公开工作年度报告')], [], null)
  // → agencySource 'text'.
  it('attributes the agency of a `{机关}YYYY年…` title to the title', () => {
    expect(
      meta(lines('清远市民政局2020年度政府信息公开工作年度报告')).agencySource,
    ).toBe('title');
  });

  // Regression (fixed, same cause): used to be that when the `{机关}YYYY年…` title is only the HTML <title>,
  // the free-text search never sees it and the agency is lost. Reproduction:
  // extractMetadata([], [], '清远市民政局2020年政府信息公开工作年度报告') → agency null.
  it('reads the agency of a `{机关}YYYY年…` HTML title', () => {
    expect(
      meta([], [], '清远市民政局2020年政府信息公开工作年度报告'),
    ).toMatchObject({ agency: '清远市民政局', agencySource: 'title' });
  });

  it('reads the agency of a title without a year', () => {
    expect(meta(lines('清远市民政局政府信息公开工作年度报告'))).toMatchObject({
      year: null,
      agency: '清远市民政局',
      agencySource: 'title',
    });
  });

  it('reads a title split over two lines, the agency on the first', () => {
    expect(
      meta(
        lines('衡南县卫生健康局', '2020年政府信息公开年度报告', '(20201231日)'),
      ),
    ).toEqual({
      title: '2020年政府信息公开年度报告',
      year: 2020,
      yearSource: 'title',
      agency: '衡南县卫生健康局',
      agencySource: 'title',
      publishedOn: null,
    });
  });

  it('prefers the title line that names a year over a breadcrumb', () => {
    const m = meta(
      lines(
        '当前页面: 首页 > 政务公开 > 部门信息公开目录 > 信息公开年报',
        '2023年重庆市巴南区市场监督管理局政府信息公开工作年度报告',
      ),
    );
    expect(m.title).toBe(
      '2023年重庆市巴南区市场监督管理局政府信息公开工作年度报告',
    );
    expect(m.agency).toBe('重庆市巴南区市场监督管理局');
  });

  it('a sentence with commas is never the title', () => {
    const m = meta(
      lines('根据《条例》规定，现将2020年度政府信息公开年度工作报告公布如下。'),
    );
    expect(m.title).toBeNull();
  });

  it('reads full-width digits in the title', () => {
    expect(
      meta(lines('２０２０年某某镇人民政府政府信息公开工作年度报告')),
    ).toMatchObject({ year: 2020, agency: '某某镇人民政府' });
  });

  it('uses the HTML title when the text has none', () => {
    expect(
      meta(
        lines('首页', '正文'),
        [],
        '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      ),
    ).toMatchObject({
      title: '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      year: 2019,
      yearSource: 'title',
      agency: '上海市人民政府办公厅',
    });
  });

  it('prefers the title in the text over the HTML title', () => {
    expect(
      meta(
        lines('2020年某某局政府信息公开工作年度报告'),
        [],
        '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      ),
    ).toMatchObject({ year: 2020, agency: '某某局' });
  });

  it('ignores an HTML title that is no report title', () => {
    expect(meta([], [], '上海市人民政府')).toEqual(NOTHING);
  });

  it('a self-reference is no agency', () => {
    expect(meta(lines('我局2020年政府信息公开工作年度报告'))).toMatchObject({
      year: 2020,
      agency: null,
    });
  });

  it('ignores implausible years', () => {
    expect(meta(lines('1999年某某局政府信息公开工作年度报告')).year).toBeNull();
  });

  it('reads only text tokens', () => {
    const weak: Token = {
      ...(lines('2020年某某局政府信息公开工作年度报告')[0] as Token),
      kind: 'weak',
    };
    expect(meta([weak])).toEqual(NOTHING);
  });

  it('finds nothing in an empty preamble', () => {
    expect(meta([])).toEqual(NOTHING);
  });
});

describe('extractMetadata: year from the text', () => {
  it('reads the statistics period', () => {
    expect(
      meta(
        lines(
          '政府信息公开工作年度报告',
          '本报告中所列数据统计期限为2021年1月1日至12月31日。',
        ),
      ),
    ).toMatchObject({
      title: '政府信息公开工作年度报告',
      year: 2021,
      yearSource: 'statisticsPeriod',
    });
  });

  it('reads the run-together period `自202011日起至20201231日止`', () => {
    expect(
      meta(lines('本年度报告中所列数据的统计期限自202011日起至20201231日止。')),
    ).toMatchObject({ year: 2020, yearSource: 'statisticsPeriod' });
  });

  it('reads full-width digits in the period', () => {
    expect(
      meta(lines('统计期限为２０２１年１月１日至１２月３１日')),
    ).toMatchObject({ year: 2021, yearSource: 'statisticsPeriod' });
  });

  it('reads `截止2023年12月31日` and `截至2023年12月底`', () => {
    expect(
      meta(lines('截止2023年12月31日我局现行有效规范性文件5件。')),
    ).toMatchObject({ year: 2023, yearSource: 'statisticsPeriod' });
    expect(meta(lines('数据截至2023年12月底。'))).toMatchObject({
      year: 2023,
      yearSource: 'statisticsPeriod',
    });
  });

  it('the title year wins over the period', () => {
    expect(
      meta(
        lines(
          '2020年某某局政府信息公开工作年度报告',
          '统计期限为2019年1月1日至2019年12月31日。',
        ),
      ),
    ).toMatchObject({ year: 2020, yearSource: 'title' });
  });

  it('reads the year from `现将我局2020年度政府信息公开年度工作报告如下`', () => {
    expect(
      meta(
        lines(
          '政府信息公开工作年度报告',
          '根据《中华人民共和国政府信息公开条例》和市政府有关工作要求，现将我局2020年度政府信息公开年度工作报告如下。',
        ),
      ),
    ).toEqual({
      title: '政府信息公开工作年度报告',
      year: 2020,
      yearSource: 'text',
      agency: null,
      agencySource: null,
      publishedOn: null,
    });
  });

  it('reads an agency named before the year in a sentence', () => {
    expect(
      meta(
        lines(
          '根据条例规定，现将清远市民政局2020年政府信息公开工作年度报告公布如下。',
        ),
      ),
    ).toMatchObject({
      year: 2020,
      agency: '清远市民政局',
      agencySource: 'text',
    });
  });

  it.each([
    '特向社会公布建平县卫生健康局2020年度政府信息公开工作年度报告。',
    '现发布建平县卫生健康局2020年度政府信息公开工作年度报告。',
    '特公布建平县卫生健康局2020年度政府信息公开工作年度报告。',
  ])('leaves the lead-in words out of the agency: %s', (sentence) => {
    expect(meta(lines(sentence))).toMatchObject({
      year: 2020,
      agency: '建平县卫生健康局',
    });
  });

  it('reads agency and year from the opening sentence of 一、总体情况', () => {
    expect(
      meta(lines('政府信息公开工作年度报告'), [
        overview(
          '2020年清远市民政局严格按照《中华人民共和国政府信息公开条例》要求，扎实推进政务公开工作。',
        ),
      ]),
    ).toEqual({
      title: '政府信息公开工作年度报告',
      year: 2020,
      yearSource: 'text',
      agency: '清远市民政局',
      agencySource: 'text',
      publishedOn: null,
    });
  });

  it('reads the opening sentence of a later paragraph of 一', () => {
    expect(
      meta(
        [],
        [
          overview(
            '本机关高度重视政务公开工作。\n2020年，清远市民政局认真贯彻落实条例。',
          ),
        ],
      ),
    ).toMatchObject({ agency: '清远市民政局', year: 2020 });
  });

  it('reads no agency from sections other than 一', () => {
    const problems: SectionInfo = {
      ...overview('2020年清远市民政局严格按照要求开展工作。'),
      key: 'problems',
      numeral: '五',
    };
    expect(meta([], [problems])).toEqual(NOTHING);
  });
});

describe('extractMetadata: publication date', () => {
  it.each([
    ['发布时间:2022年01月30日 15:52', '2022-01-30'],
    ['发布日期：2020-01-31', '2020-01-31'],
    ['日期:2024-01-30', '2024-01-30'],
    ['来源:杨林镇 发布时间:2024-03-26', '2024-03-26'],
    ['来源:    时间:2021年01月18日    ', '2021-01-18'],
    ['发布日期: 2021-1-5  来源:大五里镇', '2021-01-05'],
    ['发文日期：2022/1/5', '2022-01-05'],
  ])('%j is published on %s', (line, date) => {
    expect(meta(lines(line)).publishedOn).toBe(date);
  });

  it.each([
    // A share button after the date (`分享至`) is not a statistics period.
    ['发布日期: 2021-01-29  来源:大五里镇 字体: 打印 分享至:', '2021-01-29'],
    // The publication date wins over the date written or updated, wherever it stands.
    ['成文日期：2025-01-10  发布日期：2025-01-24', '2025-01-24'],
    ['更新时间：2025-03-02 发布时间：2025-01-24', '2025-01-24'],
    ['发文日期：2025-01-20 发布日期：2025-01-24', '2025-01-24'],
    // Written is better than nothing; updated or printed is not a publication.
    ['成文日期：2025-01-10', '2025-01-10'],
    ['更新时间：2025-03-02', null],
    ['打印时间：2025-03-02', null],
    // The disclosure date, a generated date, and a label glued to the text before it.
    ['公开日期：2021-01-15', '2021-01-15'],
    ['发布机构：某局 生成日期：2021-01-10 公开日期：2021-01-15', '2021-01-15'],
    ['来源:大五里镇日期:2021-01-29', '2021-01-29'],
    // A dash after the date is no period without a date after it.
    ['发布日期：2021-01-29 — 来源：某局', '2021-01-29'],
    ['时间：2020年1月1日—12月31日', null],
  ])('%j is published on %s', (line, date) => {
    expect(meta(lines(line)).publishedOn).toBe(date);
  });

  it('reads a date a cell or a line after its label (a metadata table)', () => {
    expect(
      meta(lines('索引号：', '11440300/2025-00012', '发布日期：', '2025-01-24'))
        .publishedOn,
    ).toBe('2025-01-24');
  });

  it('ignores impossible dates', () => {
    expect(meta(lines('发布日期：2020-13-31')).publishedOn).toBeNull();
    expect(meta(lines('发布日期：2020-01-32')).publishedOn).toBeNull();
    expect(meta(lines('发布日期：1998-01-31')).publishedOn).toBeNull();
  });

  it('never takes the report year from the publication date', () => {
    expect(meta(lines('发布日期：2021-01-30'))).toEqual({
      ...NOTHING,
      publishedOn: '2021-01-30',
    });
  });

  it('reads the date together with title and period', () => {
    expect(
      meta(
        lines(
          '2019年上海市人民政府办公厅政府信息公开工作年度报告',
          '发布日期：2020-01-31',
          '本报告中所列数据统计期限为2019年1月1日至12月31日。',
        ),
      ),
    ).toEqual({
      title: '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      year: 2019,
      yearSource: 'title',
      agency: '上海市人民政府办公厅',
      agencySource: 'title',
      publishedOn: '2020-01-31',
    });
  });

  // Regression (fixed): used to be that the date pattern accepts any `时间`/`日期` label, so a statistics-period
  // sentence written `统计时间：YYYY年1月1日至…` becomes the publication date
  // (the first day of the report year). Reproduction:
  // extractMetadata([token('数据统计时间：2020年1月1日至2020年12月31日')], [], null)
  // → publishedOn '2020-01-01'.
  it('does not read the start of the statistics period as the publication date', () => {
    expect(
      meta(lines('数据统计时间：2020年1月1日至2020年12月31日')).publishedOn,
    ).toBeNull();
  });
});

describe('extractMetadata: sentences are not titles', () => {
  it('does not take the `现将…报告如下` sentence for the title', () => {
    const meta = extractMetadata(
      lines(
        '政府信息公开工作年度报告',
        '现将我局2020年度政府信息公开年度工作报告如下：',
      ),
      [],
      null,
    );
    expect(meta.title).toBe('政府信息公开工作年度报告');
    expect(meta.year).toBe(2020);
    expect(meta.yearSource).toBe('text');
  });
});
