import { agencyCore, agencyKey } from '@gongkai/disclosure-domain';
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
 * The departments in memory, for matching the agency a document names as the
 * domain's `matchDepartment` does over all of them, but by lookups: exact names and
 * aliases by key, and the suffix match through the endings of every name's core, so
 * that an import creating thousands of departments does not scan them all per name.
 */
export class DepartmentDirectory {
  private readonly byId = new Map<number, DirectoryDepartment>();
  private readonly byCode = new Map<string, DirectoryDepartment>();
  private readonly byName = new Map<string, DirectoryDepartment[]>();
  private readonly byAlias = new Map<string, DirectoryDepartment[]>();
  /** By the core (`agencyCore`, ≥ 2 characters) of each name and alias. */
  private readonly byCore = new Map<string, DirectoryDepartment[]>();
  /** By every ending (≥ 2 characters) of those cores. */
  private readonly byCoreEnding = new Map<string, DirectoryDepartment[]>();
  private sorted: DirectoryDepartment[] | null = null;
  /** The same order, grown in place when a new department comes last. */
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
    // do), for `all()` after an import created thousands of departments.
    const last = this.ordered?.[this.ordered.length - 1];
    if (this.ordered && (!last || last.id < d.id)) this.ordered.push(d);
    else this.ordered = null;
    this.byId.set(d.id, d);
    this.byCode.set(d.code, d);
    push(this.byName, agencyKey(d.name), d);
    for (const key of aliasKeys(d)) push(this.byAlias, key, d);
    for (const core of coresOf(d)) {
      push(this.byCore, core, d);
      for (const ending of endings(core)) push(this.byCoreEnding, ending, d);
    }
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
    for (const key of aliasKeys(d)) drop(this.byAlias, key, id);
    for (const core of coresOf(d)) {
      drop(this.byCore, core, id);
      for (const ending of endings(core)) drop(this.byCoreEnding, ending, id);
    }
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
    if (key === '') return { kind: 'none' };
    for (const [kind, map] of [
      ['exact', this.byName],
      ['alias', this.byAlias],
    ] as const) {
      const hits = map.get(key);
      if (hits?.length === 1)
        return { kind, department: hits[0] as DirectoryDepartment };
      if (hits && hits.length > 1)
        return { kind: 'ambiguous', candidates: byId(hits) };
    }
    // A name whose core ends with the query's core, or the query's core ends with it.
    const core = agencyCore(nameOrCode);
    const found = new Map<number, DirectoryDepartment>();
    if (core.length >= 2) {
      for (const d of this.byCoreEnding.get(core) ?? []) found.set(d.id, d);
      for (const ending of endings(core)) {
        for (const d of this.byCore.get(ending) ?? []) found.set(d.id, d);
      }
    }
    if (found.size === 0) return { kind: 'none' };
    const candidates = byId([...found.values()]);
    return candidates.length === 1
      ? { kind: 'suffix', department: candidates[0] as DirectoryDepartment }
      : { kind: 'ambiguous', candidates };
  }
}

/** In id order, as `matchDepartment` lists candidates. */
function byId(list: readonly DirectoryDepartment[]): DirectoryDepartment[] {
  return [...list].sort((a, b) => a.id - b.id);
}

/** The distinct keys of a department's aliases (the same alias twice is one). */
function aliasKeys(d: DirectoryDepartment): Set<string> {
  return new Set(d.aliases.map(agencyKey));
}

/** The distinct cores of a department's name and aliases that can match (≥ 2 characters). */
function coresOf(d: DirectoryDepartment): Set<string> {
  const cores = new Set<string>();
  for (const n of [d.name, ...d.aliases]) {
    const core = agencyCore(n);
    if (core.length >= 2) cores.add(core);
  }
  return cores;
}

/** The endings of `core` with at least 2 characters, `core` itself first. */
function endings(core: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= core.length; i++) out.push(core.slice(i));
  return out;
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
