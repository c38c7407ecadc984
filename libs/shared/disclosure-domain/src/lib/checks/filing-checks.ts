import {
  agencyKey,
  matchDepartment,
  type DepartmentName,
} from '../cycle/agency-matching';
import type { Finding } from '../model/report';
import { makeFinding } from './check-codes';

/** A name without what copies add, drop or shorten: 人民政府 → 政府, then 政府, 办公室 … at its end. */
const looseName = (name: string): string =>
  agencyKey(name)
    .replace(/人民政府/g, '政府')
    .replace(/(?:政府|办公室|办事处)+$/, '');

function fits(agency: string, department: DepartmentName): boolean {
  if (matchDepartment(agency, [department]).kind !== 'none') return true;
  const a = looseName(agency);
  return [department.name, ...(department.aliases ?? [])].some((n) => {
    const b = looseName(n);
    return a.length >= 2 && b.length >= 2 && (a.endsWith(b) || b.endsWith(a));
  });
}

/**
 * The agency a report names against the department it is filed under: a copy of
 * another unit's report (D6) or a document filed under the wrong department. A name
 * a copy shortens or lengthens (`民政局`, `示例市政府办公室` for
 * `示例市人民政府办公室`) or an alias still fits.
 */
export function checkFiling(
  agency: string | null,
  department: DepartmentName,
): Finding[] {
  if (agency === null || agency.trim() === '' || fits(agency, department)) {
    return [];
  }
  return [
    makeFinding(
      'AGENCY_MISMATCH',
      `报告署名的机关是“${agency}”，却报送在“${department.name}”名下。`,
      `The report names “${agency}” but is filed under “${department.name}”.`,
    ),
  ];
}
