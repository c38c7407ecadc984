import { labelKey } from '../text/normalize';

export interface DepartmentName {
  id: string | number;
  name: string;
  aliases?: readonly string[];
}

// Parts that copies add or drop without naming another body.
const NOISE = /(人民政府|政府|办公室|办事处)$/;

/** The comparable form of an agency name: no spaces or punctuation, half-width. */
export function agencyKey(name: string): string {
  return labelKey(name);
}

/** The key without an ending copies add or drop (人民政府, 政府, 办公室, 办事处). */
export function agencyCore(name: string): string {
  return agencyKey(name).replace(NOISE, '');
}

export type AgencyMatch =
  | { kind: 'exact' | 'alias' | 'suffix'; department: DepartmentName }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: DepartmentName[] };

/**
 * Finds the department a document names. Exact name, then alias, then a unique
 * suffix match (`清远市民政局` ~ `市民政局` or `民政局`): a copy often adds or drops
 * the city prefix. Several candidates is ambiguous, never a guess.
 */
export function matchDepartment(
  agency: string,
  departments: readonly DepartmentName[],
): AgencyMatch {
  const key = agencyKey(agency);
  if (key === '') return { kind: 'none' };
  const exact = departments.filter((d) => agencyKey(d.name) === key);
  if (exact.length === 1)
    return { kind: 'exact', department: exact[0] as DepartmentName };
  if (exact.length > 1) return { kind: 'ambiguous', candidates: exact };
  const alias = departments.filter((d) =>
    (d.aliases ?? []).some((a) => agencyKey(a) === key),
  );
  if (alias.length === 1)
    return { kind: 'alias', department: alias[0] as DepartmentName };
  if (alias.length > 1) return { kind: 'ambiguous', candidates: alias };
  const core = key.replace(NOISE, '');
  const suffix = departments.filter((d) =>
    [d.name, ...(d.aliases ?? [])].some((n) => {
      const k = agencyCore(n);
      return (
        k.length >= 2 &&
        core.length >= 2 &&
        (core.endsWith(k) || k.endsWith(core))
      );
    }),
  );
  if (suffix.length === 1) {
    return { kind: 'suffix', department: suffix[0] as DepartmentName };
  }
  if (suffix.length > 1) return { kind: 'ambiguous', candidates: suffix };
  return { kind: 'none' };
}
