import { agencyKey, matchDepartment } from '@gongkai/disclosure-domain';
import type { AgencyMatch, DepartmentKind } from '@gongkai/disclosure-domain';

export interface DirectoryDepartment {
  id: number;
  code: string;
  name: string;
  kind: DepartmentKind;
  aliases: string[];
  parentId: number | null;
  activeFrom: number | null;
  activeTo: number | null;
}

/**
 * The departments in memory, for matching the agency a document names. Exact names
 * and aliases are looked up by key; only a miss falls back to the domain's suffix
 * matching over all departments.
 */
export class DepartmentDirectory {
  private readonly byId = new Map<number, DirectoryDepartment>();
  private readonly byCode = new Map<string, DirectoryDepartment>();
  private readonly byName = new Map<string, DirectoryDepartment[]>();
  private readonly byAlias = new Map<string, DirectoryDepartment[]>();
  private sorted: DirectoryDepartment[] | null = null;
  /** The same order, for matching only: grows in place. */
  private ordered: DirectoryDepartment[] | null = null;

  constructor(departments: readonly DirectoryDepartment[] = []) {
    for (const d of departments) this.add(d);
  }

  add(d: DirectoryDepartment): void {
    // Concurrent refreshes may bring the same row twice: a second copy under its name
    // would make every later match of that name ambiguous.
    if (this.byId.has(d.id)) this.remove(d.id);
    this.sorted = null;
    // Kept in order without sorting again when the new one comes last (as new rows
    // do): an import creating thousands of departments would sort thousands of times.
    const last = this.ordered?.[this.ordered.length - 1];
    if (this.ordered && (!last || last.id < d.id)) this.ordered.push(d);
    else this.ordered = null;
    this.byId.set(d.id, d);
    this.byCode.set(d.code, d);
    push(this.byName, agencyKey(d.name), d);
    for (const a of d.aliases) push(this.byAlias, agencyKey(a), d);
  }

  remove(id: number): void {
    const d = this.byId.get(id);
    if (!d) return;
    this.sorted = null;
    this.ordered = null;
    this.byId.delete(id);
    this.byCode.delete(d.code);
    // Only the keys `add` filed it under: not a scan of the whole directory.
    drop(this.byName, agencyKey(d.name), id);
    for (const a of d.aliases) drop(this.byAlias, agencyKey(a), id);
  }

  /** Every department in id order; a shared array, not to be changed. */
  all(): readonly DirectoryDepartment[] {
    this.sorted ??= [...this.inOrder()];
    return this.sorted;
  }

  private inOrder(): readonly DirectoryDepartment[] {
    this.ordered ??= [...this.byId.values()].sort((a, b) => a.id - b.id);
    return this.ordered;
  }

  get(id: number): DirectoryDepartment | undefined {
    return this.byId.get(id);
  }

  byCodeOrUndefined(code: string): DirectoryDepartment | undefined {
    return this.byCode.get(code);
  }

  /** A department has this code, name or alias (without the suffix matching of `match`). */
  knows(nameOrCode: string): boolean {
    if (this.byCode.has(nameOrCode.trim())) return true;
    const key = agencyKey(nameOrCode);
    return this.byName.has(key) || this.byAlias.has(key);
  }

  /** A code, then a name or alias as in `matchDepartment`. */
  match(nameOrCode: string): AgencyMatch & {
    department?: DirectoryDepartment;
    candidates?: DirectoryDepartment[];
  } {
    const byCode = this.byCode.get(nameOrCode.trim());
    if (byCode) return { kind: 'exact', department: byCode };
    const key = agencyKey(nameOrCode);
    for (const [kind, map] of [
      ['exact', this.byName],
      ['alias', this.byAlias],
    ] as const) {
      const hits = map.get(key);
      if (hits?.length === 1)
        return { kind, department: hits[0] as DirectoryDepartment };
      if (hits && hits.length > 1)
        return { kind: 'ambiguous', candidates: hits };
    }
    const m = matchDepartment(nameOrCode, this.inOrder());
    switch (m.kind) {
      case 'none':
        return m;
      case 'ambiguous':
        return {
          kind: 'ambiguous',
          candidates: m.candidates as DirectoryDepartment[],
        };
      case 'exact':
      case 'alias':
      case 'suffix':
        return {
          kind: m.kind,
          department: m.department as DirectoryDepartment,
        };
    }
  }
}

function drop<K>(map: Map<K, DirectoryDepartment[]>, key: K, id: number): void {
  const list = map.get(key);
  if (!list) return;
  const kept = list.filter((x) => x.id !== id);
  if (kept.length === 0) map.delete(key);
  else map.set(key, kept);
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** The kind of a body a document names that is not in the directory yet. */
export function guessDepartmentKind(name: string): DepartmentKind {
  if (/(街道办事处|街道|镇人民政府|乡人民政府|镇政府|乡政府)$/.test(name)) {
    return 'township';
  }
  if (/[区县旗]人民政府$|[区县旗]政府$/.test(name)) return 'district';
  return 'cityDepartment';
}

/** A department row as the directory holds it. */
export function departmentOfRow(
  r: Record<string, unknown>,
): DirectoryDepartment {
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    id: Number(r['id']),
    code: String(r['code']),
    name: String(r['name']),
    kind: r['kind'] as DepartmentKind,
    aliases: JSON.parse(String(r['aliases'] ?? '[]')) as string[],
    parentId: n(r['parent_id']),
    activeFrom: n(r['active_from']),
    activeTo: n(r['active_to']),
  };
}
