import type { Token } from '../readers/token';
import { classifyToken, sectionNumeral, type TableContext } from './labels';

const token = (text: string, kind: Token['kind'] = 'text'): Token => ({
  kind,
  text,
  inTable: false,
  rowEnd: false,
  loc: { kind: 'text', line: 1, column: 1 },
});

const classify = (text: string, context: TableContext = null) =>
  classifyToken(token(text), context);

describe('classifyToken: section headings', () => {
  it.each([
    ['一、总体情况', 'overview', '一'],
    ['一、工作基本情况', 'overview', '一'],
    ['二、主动公开政府信息情况', 'proactive', '二'],
    ['二、行政机关主动公开政府信息情况', 'proactive', '二'],
    ['三、收到和处理政府信息公开申请情况', 'applications', '三'],
    ['四、政府信息公开行政复议、行政诉讼情况', 'reviewLitigation', '四'],
    [
      '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      'reviewLitigation',
      '四',
    ],
    ['四、政府信息公开行政复议和行政诉讼情况', 'reviewLitigation', '四'],
    ['五、存在的主要问题及改进情况', 'problems', '五'],
    ['五、政府信息公开工作存在的主要问题及改进情况', 'problems', '五'],
    ['五、存在问题及改进情况', 'problems', '五'],
    ['六、其他需要报告的事项', 'other', '六'],
    ['六、其它需要报告的事项', 'other', '六'],
  ])('%s is the standard heading of %s', (text, section, numeral) => {
    expect(classify(text)).toEqual({
      kind: 'section',
      section,
      numeral,
      standard: true,
    });
  });

  it.each([
    ['一.总体情况'],
    ['一．总体情况'],
    ['一 总体情况'],
    ['一，总体情况'],
    ['一:总体情况'],
    ['一总体情况'],
    ['一、 总 体 情 况'],
    ['\u3000\u3000一、总体情况'],
  ])('accepts the separator variant %j', (text) => {
    expect(classify(text)).toEqual({
      kind: 'section',
      section: 'overview',
      numeral: '一',
      standard: true,
    });
  });

  it.each([
    ['一、概述', 'overview'],
    ['二、主动公开情况', 'proactive'],
    ['三、依申请公开情况', 'applications'],
    ['五、主要问题', 'problems'],
  ])('%s is a non-standard heading of %s', (text, section) => {
    expect(classify(text)).toMatchObject({
      kind: 'section',
      section,
      standard: false,
    });
  });

  it('table 三 row labels that start with a numeral are no section headings', () => {
    expect(classify('一、本年新收政府信息公开申请数量')).toEqual({
      kind: 'applicationsRow',
      row: 'received',
      rest: '',
    });
    expect(classify('二、上年结转政府信息公开申请数量')).toEqual({
      kind: 'applicationsRow',
      row: 'carriedIn',
      rest: '',
    });
    expect(classify('三、本年度办理结果')).toEqual({
      kind: 'applicationsGroup',
      group: 'result',
    });
    expect(classify('四、结转下年度继续办理')).toEqual({
      kind: 'applicationsRow',
      row: 'carriedForward',
      rest: '',
    });
  });

  it('sub-headings and enumerations in prose are no section headings', () => {
    for (const text of [
      '（一）主动公开情况',
      '(一)主动公开情况',
      '（四）平台建设方面',
      '一是加强组织领导',
      '七、其他',
    ]) {
      expect(classify(text).kind).not.toBe('section');
    }
  });

  it('maps section keys back to their numerals', () => {
    expect(sectionNumeral('overview')).toBe('一');
    expect(sectionNumeral('applications')).toBe('三');
    expect(sectionNumeral('other')).toBe('六');
  });
});

describe('classifyToken: table 二', () => {
  it.each([
    ['第二十条第（一）项', '一'],
    ['第二十条第(一)项', '一'],
    ['第二十条 第(一)项', '一'],
    ['第二十条  第(六)项', '六'],
    ['第二十条第（五）项', '五'],
    ['第二十条第（八）项', '八'],
    ['第二十条第（九）项', '九'],
  ])('%s is the caption of item %s', (text, item) => {
    expect(classify(text)).toEqual({ kind: 'caption', item });
  });

  it('a truncated caption or an item outside table 二 has no item', () => {
    expect(classify('第二十条第')).toEqual({ kind: 'caption', item: null });
    expect(classify('第二十条')).toEqual({ kind: 'caption', item: null });
    expect(classify('第二十条第（二）项')).toEqual({
      kind: 'caption',
      item: null,
    });
  });

  it.each([
    ['规章', 'rules'],
    ['规范性文件', 'normativeDocs'],
    ['行政规范性文件', 'normativeDocs'],
    ['其他对外管理服务事项', 'otherServices'],
    ['行政许可', 'licensing'],
    ['行政处罚', 'penalty'],
    ['行政强制', 'coercion'],
    ['行政事业性收费', 'fees'],
    ['政府集中采购', 'procurement'],
    ['| 规章 |', 'rules'],
  ])('%s is the row %s', (text, row) => {
    expect(classify(text)).toEqual({ kind: 'proactiveRow', row, rest: '' });
  });

  it('keeps digits run into a row label as its rest', () => {
    expect(classify('规章000')).toEqual({
      kind: 'proactiveRow',
      row: 'rules',
      rest: '000',
    });
    expect(classify('行政许可18750')).toEqual({
      kind: 'proactiveRow',
      row: 'licensing',
      rest: '18750',
    });
  });

  it('a longer word that starts with a row label is not that row', () => {
    expect(classify('规章制度建设').kind).toBe('unknown');
    expect(classify('行政许可事项清单').kind).not.toBe('proactiveRow');
  });

  it.each([
    '信息内容',
    '本年新',
    '制作数量',
    '本年增/',
    '本年增/减',
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '处理决定数量',
    '采购项目数量',
    '采购总金额',
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '本年处理决定数量',
    '本年收费金额（单位：万元）',
    '本年收费金额单位:万元',
  ])('%s is a table 二 header', (text) => {
    expect(classify(text).kind).toBe('proactiveHeader');
  });

  it('reports the comparable key of a header fragment', () => {
    expect(classify('本年增/')).toEqual({
      kind: 'proactiveHeader',
      key: '本年增',
    });
    expect(classify('本年新\n制作数量')).toEqual({
      kind: 'proactiveHeader',
      key: '本年新制作数量',
    });
  });
});

describe('classifyToken: table 三', () => {
  it.each([
    ['（一）予以公开', 'granted'],
    [
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      'partlyGranted',
    ],
    ['1.属于国家秘密', 'withheldStateSecret'],
    ['2.其他法律行政法规禁止公开', 'withheldByLaw'],
    ['3.危及“三安全一稳定”', 'withheldSafetyStability'],
    ['3.危及"三安全一稳定"', 'withheldSafetyStability'],
    ['4.保护第三方合法权益', 'withheldThirdParty'],
    ['5.属于三类内部事务信息', 'withheldInternalAffairs'],
    ['6.属于四类过程性信息', 'withheldProcessInfo'],
    ['7.属于行政执法案卷', 'withheldEnforcementFile'],
    ['8.属于行政查询事项', 'withheldAdminQuery'],
    ['1.本机关不掌握相关政府信息', 'unavailableNotHeld'],
    ['2.没有现成信息需要另行制作', 'unavailableNeedsCreation'],
    ['3.补正后申请内容仍不明确', 'unavailableUnclear'],
    ['1.信访举报投诉类申请', 'notProcessedComplaint'],
    ['2.重复申请', 'notProcessedRepeated'],
    ['3.要求提供公开出版物', 'notProcessedPublication'],
    ['4.无正当理由大量反复申请', 'notProcessedExcessive'],
    ['5.要求行政机关确认或重新出具已获取信息', 'notProcessedConfirmation'],
    ['（六）其他处理', 'otherHandling'],
    [
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      'otherOverdueCorrection',
    ],
    [
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      'otherOverdueFee',
    ],
    [
      '2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请',
      'otherOverdueFee',
    ],
    ['3.其他', 'otherMisc'],
    ['3、其他', 'otherMisc'],
    ['（七）总计', 'resultTotal'],
    ['(七)总计', 'resultTotal'],
    ['一、本年新收政府信息公开申请数量', 'received'],
    ['二、上年结转政府信息公开申请数量', 'carriedIn'],
    ['四、结转下年度继续办理', 'carriedForward'],
  ])('%s is the row %s', (text, row) => {
    expect(classify(text, 'applications')).toEqual({
      kind: 'applicationsRow',
      row,
      rest: '',
    });
    expect(classify(text)).toEqual({ kind: 'applicationsRow', row, rest: '' });
  });

  it('keeps digits run into a row label as its rest', () => {
    expect(classify('（一）予以公开000')).toEqual({
      kind: 'applicationsRow',
      row: 'granted',
      rest: '000',
    });
    expect(classify('（七）总计0')).toEqual({
      kind: 'applicationsRow',
      row: 'resultTotal',
      rest: '0',
    });
    expect(classify('1.属于国家秘密 0')).toEqual({
      kind: 'applicationsRow',
      row: 'withheldStateSecret',
      rest: '0',
    });
  });

  it('the item number of a row label is not its rest', () => {
    expect(classify('8.属于行政查询事项')).toMatchObject({ rest: '' });
    expect(classify('3.其他')).toMatchObject({ rest: '' });
  });

  it.each([
    ['三、本年度办理结果', 'result'],
    ['（三）不予公开', '三'],
    ['（四）无法提供', '四'],
    ['（五）不予处理', '五'],
  ])('%s is the group %s', (text, group) => {
    expect(classify(text)).toEqual({ kind: 'applicationsGroup', group });
  });

  it('prose sentences mentioning a row phrase are not labels', () => {
    for (const text of [
      '全年共收到申请62件，上年结转2件。',
      '本年度共收到政府信息公开申请80件，上年结转2件，结转下年8件',
      '上年结转2件',
      '其中予以公开3件；部分公开17件',
    ]) {
      const kind = classify(text, 'applications').kind;
      expect(kind).not.toBe('applicationsRow');
      expect(kind).not.toBe('applicationsGroup');
    }
  });

  it.each([
    '申请人情况',
    '自然人',
    '法人或其他组织',
    '商业企业',
    '科研机构',
    '社会公益组织',
    '法律服务机构',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  ])('%s is a strong table 三 header', (text) => {
    expect(classify(text)).toEqual({
      kind: 'applicationsHeader',
      strong: true,
    });
  });

  it('split header words are weak table 三 headers', () => {
    for (const text of ['商业', '企业', '科研', '机构', '组织', '法律服务']) {
      expect(classify(text, 'applications')).toEqual({
        kind: 'applicationsHeader',
        strong: false,
      });
    }
  });
});

describe('classifyToken: 总计 and 其他 by context', () => {
  it('are table 三 column headers in table 三', () => {
    for (const text of ['总计', '其他', '总 计']) {
      expect(classify(text, 'applications')).toEqual({
        kind: 'applicationsHeader',
        strong: false,
      });
    }
  });

  it('are table 四 headers in table 四', () => {
    for (const text of ['总计', '其他']) {
      expect(classify(text, 'reviewLitigation')).toEqual({
        kind: 'reviewHeader',
        strong: false,
      });
    }
  });

  it('fall back to weak table 三 headers without a context', () => {
    expect(classify('总计')).toEqual({
      kind: 'applicationsHeader',
      strong: false,
    });
  });
});

describe('classifyToken: table 四', () => {
  it.each(['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'])(
    '%s is a strong table 四 header in any context',
    (text) => {
      for (const context of [null, 'proactive', 'applications'] as const) {
        expect(classify(text, context)).toEqual({
          kind: 'reviewHeader',
          strong: true,
        });
      }
    },
  );

  it.each([
    '结果维持',
    '结果纠正',
    '其他结果',
    '尚未审结',
    '结果',
    '维持',
    '纠正',
    '审结',
  ])('%s is a weak table 四 header in table 四', (text) => {
    expect(classify(text, 'reviewLitigation')).toEqual({
      kind: 'reviewHeader',
      strong: false,
    });
  });
});

describe('classifyToken: values', () => {
  it.each([
    '0',
    '112',
    '+36',
    '-71',
    '−3',
    '/',
    '／',
    '—',
    '无',
    '20.26万元',
    '79000.1元',
    '9项',
    '增加5',
    '减4',
    '１２',
    '1,234',
  ])('%j is a value', (text) => {
    expect(classify(text)).toEqual({ kind: 'value' });
  });

  it('text standing where a number belongs is a value (read as unreadable later)', () => {
    for (const text of ['约5', '5件件', '1.2.3', '若干', '不详', '暂无']) {
      expect(classify(text)).toEqual({ kind: 'value' });
    }
  });

  it('blank and weak tokens are values', () => {
    expect(classifyToken(token('', 'blank'), null)).toEqual({ kind: 'value' });
    expect(classifyToken(token('', 'weak'), 'applications')).toEqual({
      kind: 'value',
    });
  });

  it('punctuation only is a value, not a label', () => {
    expect(classify('（）')).toEqual({ kind: 'value' });
  });
});

describe('classifyToken: prose and unknown text', () => {
  it('long text is prose', () => {
    expect(classify('本'.repeat(91))).toEqual({ kind: 'prose' });
    expect(classify('本'.repeat(41))).toEqual({ kind: 'prose' });
  });

  it('short unrecognised text is unknown, telling CJK-only words apart', () => {
    expect(classify('首页')).toEqual({ kind: 'unknown', cjkOnly: true });
    expect(classify('首页 > 政务公开')).toEqual({
      kind: 'unknown',
      cjkOnly: true,
    });
    expect(classify('www.gov.cn')).toEqual({
      kind: 'unknown',
      cjkOnly: false,
    });
  });
});
