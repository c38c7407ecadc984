import { isPageMarker } from './page-marker';

describe('isPageMarker', () => {
  it.each([
    '- 2 -',
    '—2—',
    '－ 12 －',
    '第2页',
    '第 2 页 共 5 页',
    '第２页，共５页',
    '共5页 第2页',
    'Page 2',
    'page 2 of 5',
    '2/5',
    '----------',
    '=====',
  ])('%j is a page marker', (line) => {
    expect(isPageMarker(line)).toBe(true);
  });

  it.each([
    // Cells: numbers, signed changes and the placeholders of an empty cell.
    '2',
    '12',
    '-2',
    '+36',
    '—',
    '——',
    '--',
    '/',
    '0.5',
    // Rows of cells: tab or space separated, `/` a not-applicable cell.
    '5\t/\t25',
    '0 / 0',
    '5  /  25',
    '—\t2\t—',
    '-  3  -',
    '25/5',
    // Text.
    '2021年',
    '第二十条第（一）项',
    '第2项',
    '1.属于国家秘密',
    '20.26万元',
  ])('%j is not', (line) => {
    expect(isPageMarker(line)).toBe(false);
  });
});
