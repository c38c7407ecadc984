import { looksTraditional, toSimplified } from './traditional';

// Hand-written lines in the style of a mirror host that converted a report to
// traditional characters (第二十條第(一)項, 本年制發件數, 行政處罰, 萬元, 總計 …).
const TRADITIONAL = [
  '二、主動公開政府信息情況',
  '第二十條第(一)項',
  '信息內容 | 本年制發件數 | 本年廢止件數 | 現行有效件數 |',
  '行政處罰 | 2 |',
  '本年收費金額(單位:萬元) | 26.55 |',
  '總計',
].join('\n');

const SIMPLIFIED = [
  '一、总体情况',
  '2021年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，现将有关情况报告如下。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '行政处罚 | 2 |',
  '本年收费金额（单位：万元） | 26.55 |',
  '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '申请人情况 | 自然人 | 法人或其他组织 | 商业企业 | 科研机构 | 总计 |',
  '四、结转下年度继续办理',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
].join('\n');

describe('looksTraditional', () => {
  it('is true on a report converted to traditional characters', () => {
    expect(looksTraditional(TRADITIONAL)).toBe(true);
  });

  it('is false on simplified report text', () => {
    expect(looksTraditional(SIMPLIFIED)).toBe(false);
    expect(looksTraditional(SIMPLIFIED.repeat(20))).toBe(false);
  });

  it('is false on simplified words that resemble traditional ones', () => {
    // 况 (not 況), 时 (not 時), 机构 (not 機構), 说明 (not 說明).
    expect(
      looksTraditional('情况情况情况情况情况 概况 状况 说明 机构 时间 处理'),
    ).toBe(false);
  });

  it('is false on empty and ASCII-only text', () => {
    expect(looksTraditional('')).toBe(false);
    expect(looksTraditional('0 | 0 | 0 |\n/ / /')).toBe(false);
  });

  it('needs five traditional forms, not a stray one or four', () => {
    expect(looksTraditional('行政處罰')).toBe(false);
    expect(looksTraditional('條項數處')).toBe(false);
    expect(looksTraditional('條項數處開')).toBe(true);
  });

  it('only looks at the sample at the start of the text', () => {
    const late = `${'一'.repeat(4000)}條項數處開`;
    expect(looksTraditional(late)).toBe(false);
    expect(looksTraditional(late, 4005)).toBe(true);
    expect(looksTraditional(`${'一'.repeat(10)}條項數處開`, 12)).toBe(false);
  });
});

describe('toSimplified', () => {
  it('converts the traditional forms of the format labels', () => {
    expect(toSimplified('第二十條第(一)項')).toBe('第二十条第(一)项');
    expect(toSimplified('本年制發件數')).toBe('本年制发件数');
    expect(toSimplified('行政處罰')).toBe('行政处罚');
    expect(toSimplified('本年收費金額(單位:萬元)')).toBe(
      '本年收费金额(单位:万元)',
    );
    expect(toSimplified('總計')).toBe('总计');
    expect(toSimplified('二、主動公開政府信息情況')).toBe(
      '二、主动公开政府信息情况',
    );
  });

  it('leaves simplified text, digits and pipes unchanged', () => {
    expect(toSimplified(SIMPLIFIED)).toBe(SIMPLIFIED);
  });

  it('makes converted text look simplified', () => {
    expect(looksTraditional(toSimplified(TRADITIONAL))).toBe(false);
  });
});
