import { matchDepartment } from './agency-matching';

const departments = [
  { id: 1, name: '示例市民政局' },
  { id: 2, name: '示例市住房和城乡建设局', aliases: ['示例市住建局'] },
  { id: 3, name: '示例市东城区人民政府' },
  { id: 4, name: '示例市东城区民政局' },
  { id: 5, name: '示例市文化广电旅游局', aliases: ['示例市文化和旅游局'] },
];

describe('matchDepartment', () => {
  it('matches the exact name whatever the spacing and brackets', () => {
    expect(matchDepartment('示例市 民政局', departments)).toMatchObject({
      kind: 'exact',
      department: { id: 1 },
    });
  });

  it('matches an alias', () => {
    expect(matchDepartment('示例市住建局', departments)).toMatchObject({
      kind: 'alias',
      department: { id: 2 },
    });
  });

  it('matches a name without the government suffix or city prefix when unique', () => {
    expect(matchDepartment('示例市东城区', departments)).toMatchObject({
      kind: 'suffix',
      department: { id: 3 },
    });
    expect(matchDepartment('文化和旅游局', departments)).toMatchObject({
      kind: 'suffix',
      department: { id: 5 },
    });
  });

  it('never guesses between several candidates', () => {
    const r = matchDepartment('民政局', departments);
    expect(r.kind).toBe('ambiguous');
    expect(r.kind === 'ambiguous' && r.candidates.map((c) => c.id)).toEqual([
      1, 4,
    ]);
  });

  it('says when nothing matches', () => {
    expect(matchDepartment('示例市气象局', departments).kind).toBe('none');
    expect(matchDepartment('', departments).kind).toBe('none');
  });
});
