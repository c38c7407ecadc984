import {
  CHINESE_NUMERALS,
  isBlankText,
  isSpaceCode,
  labelKey,
  toHalfWidth,
  trimAll,
} from './normalize';

describe('toHalfWidth', () => {
  it('turns full-width digits, letters and punctuation into ASCII', () => {
    expect(toHalfWidth('１２３')).toBe('123');
    expect(toHalfWidth('ＡＢｃ')).toBe('ABc');
    expect(toHalfWidth('第二十条第（一）项')).toBe('第二十条第(一)项');
    expect(toHalfWidth('单位：万元，１，２３４')).toBe('单位:万元,1,234');
    expect(toHalfWidth('｜／＋－')).toBe('|/+-');
  });

  it('turns ideographic and no-break spaces into a plain space', () => {
    expect(toHalfWidth('\u3000\u3000一、总体情况')).toBe('  一、总体情况');
    expect(toHalfWidth('9\u00a0项')).toBe('9 项');
  });

  it('leaves CJK text, ASCII and the range edges alone', () => {
    expect(toHalfWidth('二、主动公开政府信息情况')).toBe(
      '二、主动公开政府信息情况',
    );
    expect(toHalfWidth('a | b 0 +36')).toBe('a | b 0 +36');
    // U+FF01 and U+FF5E are the first and last converted code points.
    expect(toHalfWidth('\uff01\uff5e')).toBe('!~');
    // U+FF00 and U+FF5F lie just outside the range.
    expect(toHalfWidth('\uff00\uff5f')).toBe('\uff00\uff5f');
    // The ideographic comma and full stop are not full-width ASCII.
    expect(toHalfWidth('、。')).toBe('、。');
    expect(toHalfWidth('')).toBe('');
  });
});

describe('isSpaceCode', () => {
  it.each([
    [' ', 0x20],
    ['tab', 0x09],
    ['LF', 0x0a],
    ['CR', 0x0d],
    ['NBSP', 0xa0],
    ['ideographic space', 0x3000],
    ['BOM', 0xfeff],
    ['en quad', 0x2000],
    ['zero-width space', 0x200b],
    ['narrow NBSP', 0x202f],
  ])('%s is a space', (_name, code) => {
    expect(isSpaceCode(code)).toBe(true);
  });

  it('letters, digits and punctuation are not spaces', () => {
    for (const ch of ['a', '0', '一', '|', '、', '\u200c', '\u2010']) {
      expect(isSpaceCode(ch.charCodeAt(0))).toBe(false);
    }
  });
});

describe('trimAll', () => {
  it('trims every kind of space from both ends', () => {
    expect(trimAll('\u3000\u3000规章\u00a0')).toBe('规章');
    expect(trimAll('\ufeff\u200b 0 \t\r\n')).toBe('0');
    expect(trimAll('\t\u00a0')).toBe('');
  });

  it('keeps inner spaces', () => {
    expect(trimAll('  规  章  ')).toBe('规  章');
    expect(trimAll('本年新\n制作数量')).toBe('本年新\n制作数量');
  });

  it('returns text without outer spaces unchanged', () => {
    expect(trimAll('规章')).toBe('规章');
    expect(trimAll('')).toBe('');
  });
});

describe('isBlankText', () => {
  it('is true for the empty string and space-only strings', () => {
    expect(isBlankText('')).toBe(true);
    expect(isBlankText(' ')).toBe(true);
    expect(isBlankText('\t\u00a0')).toBe(true);
    expect(isBlankText('\u3000 \u200b\ufeff')).toBe(true);
  });

  it('is false as soon as one character is not a space', () => {
    expect(isBlankText('0')).toBe(false);
    expect(isBlankText('  0  ')).toBe(false);
    expect(isBlankText('\u3000/')).toBe(false);
    expect(isBlankText('|')).toBe(false);
  });
});

describe('labelKey', () => {
  it('makes the punctuation variants of one label equal', () => {
    const key = labelKey('（三）不予公开');
    expect(key).toBe('三不予公开');
    expect(labelKey('(三)不予公开')).toBe(key);
    expect(labelKey('三 不予公开')).toBe(key);
    expect(labelKey('〔三〕不予公开')).toBe(key);
  });

  it('normalises the caption variants seen in copies', () => {
    expect(labelKey('第二十条 第(一)项')).toBe('第二十条第一项');
    expect(labelKey('第二十条  第（六）项')).toBe('第二十条第六项');
    expect(labelKey('第二十条第（一）项')).toBe('第二十条第一项');
  });

  it('joins header words split by line breaks and spaces', () => {
    expect(labelKey('本年新\n制作数量')).toBe('本年新制作数量');
    expect(labelKey('本年新\r\n制作数量')).toBe('本年新制作数量');
    expect(labelKey('商业 企业')).toBe('商业企业');
    expect(labelKey('商业\u3000企业')).toBe('商业企业');
  });

  it('drops quotes, slashes, enumeration marks and full stops', () => {
    expect(labelKey('3.危及“三安全一稳定”')).toBe('3危及三安全一稳定');
    expect(labelKey('3、危及"三安全一稳定"')).toBe('3危及三安全一稳定');
    expect(labelKey('本年增/减')).toBe('本年增减');
    expect(labelKey('本年增／减')).toBe('本年增减');
    expect(labelKey('本年收费金额（单位：万元）')).toBe('本年收费金额单位万元');
    expect(
      labelKey('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    ).toBe('二部分公开区分处理的只计这一情形不计其他情形');
    expect(labelKey('| 规章 |')).toBe('规章');
  });

  it('turns full-width letters and digits into ASCII', () => {
    expect(labelKey('３．其他')).toBe('3其他');
    expect(labelKey('Ｎ／Ａ')).toBe('NA');
  });

  it('keeps characters that are not punctuation', () => {
    expect(labelKey('规章000')).toBe('规章000');
    expect(labelKey('+36')).toBe('+36');
    expect(labelKey('')).toBe('');
    expect(labelKey(' 、（）')).toBe('');
  });
});

describe('CHINESE_NUMERALS', () => {
  it('lists 一 to 十 in order', () => {
    expect(Array.from(CHINESE_NUMERALS)).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
      '十',
    ]);
  });
});
