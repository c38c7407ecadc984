import { checkFiling } from './filing-checks';

const civilAffairs = {
  id: 1,
  name: '示例市民政局',
  aliases: ['示例市民政事务局'],
};

describe('checkFiling', () => {
  it.each([
    ['示例市民政局'],
    // A copy drops or adds the city, or uses an alias.
    ['民政局'],
    ['示例市 民政局'],
    ['示例市民政事务局'],
  ])('accepts %j for 示例市民政局', (agency) => {
    expect(checkFiling(agency, civilAffairs)).toEqual([]);
  });

  it.each([
    ['示例市政府办公室', '示例市人民政府办公室'],
    ['示例市人民政府', '示例市人民政府办公室'],
    ['示例市人民政府办公室', '示例市政府办公室'],
  ])(
    'accepts %j for %j: the usual variants of a government office',
    (agency, name) => {
      expect(checkFiling(agency, { id: 2, name })).toEqual([]);
    },
  );

  it('says when the report names another agency', () => {
    expect(checkFiling('清远市民政局', civilAffairs)).toEqual([
      expect.objectContaining({
        code: 'AGENCY_MISMATCH',
        severity: 'warning',
        message: '报告署名的机关是“清远市民政局”，却报送在“示例市民政局”名下。',
      }),
    ]);
    expect(
      checkFiling('示例市教育局', civilAffairs).map((f) => f.code),
    ).toEqual(['AGENCY_MISMATCH']);
    expect(
      checkFiling('清远市人民政府办公室', {
        id: 2,
        name: '示例市人民政府办公室',
      }).map((f) => f.code),
    ).toEqual(['AGENCY_MISMATCH']);
  });

  it('says nothing when the report names no agency', () => {
    expect(checkFiling(null, civilAffairs)).toEqual([]);
    expect(checkFiling(' ', civilAffairs)).toEqual([]);
  });
});
