import { matchDepartment } from '@gongkai/disclosure-domain';
import fc from 'fast-check';

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

  it('matches exactly as the domain does, for any names, aliases and removals', () => {
    // Few parts, so that names share endings, cores and noise endings often.
    const part = fc.constantFrom(
      '示例市',
      '东区',
      '市',
      '民政',
      '教育',
      '局',
      '人民政府',
      '政府',
      '办公室',
      '街道办事处',
      ' ',
      '（',
      'Ａ',
    );
    const name = fc
      .array(part, { minLength: 0, maxLength: 4 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.array(name, { maxLength: 2 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.array(name, { minLength: 1, maxLength: 8 }),
        (specs, removals, queries) => {
          const dir = new DepartmentDirectory();
          let all = specs.map(([n, aliases], i) => dept(i + 1, n, aliases));
          for (const d of all) dir.add(d);
          for (const r of removals) {
            const id = (r % all.length) + 1;
            dir.remove(id);
            all = all.filter((d) => d.id !== id);
          }
          // A refresh may bring a department again: out of insertion order.
          const again = all[0];
          if (again) dir.add(again);
          for (const q of queries) {
            const got = dir.match(q);
            const want = matchDepartment(q, all);
            const ids = (m: typeof got | typeof want) =>
              'department' in m
                ? [m.department?.id]
                : 'candidates' in m
                  ? (m.candidates ?? []).map((c) => c.id)
                  : [];
            // Codes are d-<id>: a query never looks like one.
            expect({ q, kind: got.kind, ids: ids(got) }).toEqual({
              q,
              kind: want.kind,
              ids: ids(want),
            });
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
