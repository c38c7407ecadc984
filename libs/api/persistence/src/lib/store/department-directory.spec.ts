import { matchDepartment } from '@gongkai/disclosure-domain';

import type { DirectoryDepartment } from './department-directory';
import { DepartmentDirectory } from './department-directory';

const dept = (
  id: number,
  name: string,
  aliases: string[] = [],
): DirectoryDepartment => ({
  id,
  code: `d-${id}`,
  name,
  kind: 'cityDepartment',
  aliases,
  parentId: null,
  activeFrom: null,
  activeTo: null,
});

describe('DepartmentDirectory', () => {
  it('keeps every department in id order through adds in and out of order and removals', () => {
    const dir = new DepartmentDirectory([dept(5, '示例市五局')]);
    const seen: number[][] = [];
    for (const d of [
      dept(7, '示例市七局'),
      dept(6, '示例市六局'),
      dept(9, '示例市九局'),
      dept(1, '示例市一局'),
    ]) {
      dir.add(d);
      // The matching order is built, then grown.
      dir.match('没有这个局');
      seen.push(dir.all().map((x) => x.id));
    }
    dir.remove(7);
    dir.add(dept(12, '示例市十二局'));
    seen.push(dir.all().map((x) => x.id));
    expect(seen).toEqual([
      [5, 7],
      [5, 6, 7],
      [5, 6, 7, 9],
      [1, 5, 6, 7, 9],
      [1, 5, 6, 9, 12],
    ]);
    // A list handed out before is not changed by later adds.
    const before = dir.all();
    dir.add(dept(13, '示例市十三局'));
    expect(before.map((x) => x.id)).toEqual([1, 5, 6, 9, 12]);
    expect(dir.get(7)).toBeUndefined();
    expect(dir.match('示例市七局').kind).toBe('none');
  });

  it('matches as the domain does over all departments', () => {
    const dir = new DepartmentDirectory();
    const all: DirectoryDepartment[] = [];
    const names = [
      '清远市民政局',
      '清远市统计局',
      '市统计局',
      '东区人民政府',
      '西区教育局',
      '西区教育局办公室',
    ];
    names.forEach((n, i) => {
      const d = dept(i + 1, n, i === 4 ? ['西区教体局'] : []);
      dir.add(d);
      all.push(d);
    });
    for (const q of [
      '清远市民政局',
      '民政局',
      '统计局',
      '东区政府',
      '西区教体局',
      '教育局',
      '北区公安局',
      'd-3',
    ]) {
      const got = dir.match(q);
      const want = q.startsWith('d-')
        ? { kind: 'exact', department: all[2] }
        : matchDepartment(q, all);
      expect({ q, kind: got.kind, id: got.department?.id }).toEqual({
        q,
        kind: want.kind,
        id: 'department' in want ? want.department?.id : undefined,
      });
    }
  });
});
