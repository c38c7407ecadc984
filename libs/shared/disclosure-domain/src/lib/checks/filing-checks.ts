import { matchDepartment, type DepartmentName } from '../cycle/agency-matching';
import type { Finding } from '../model/report';
import { makeFinding } from './check-codes';

/**
 * The agency a report names against the department it is filed under: a copy of
 * another unit's report (D6) or a document filed under the wrong department. Names a
 * copy shortens or lengthens (`民政局`, `示例市人民政府办公室`) and aliases still fit.
 */
export function checkFiling(
  agency: string | null,
  department: DepartmentName,
): Finding[] {
  if (agency === null || agency.trim() === '') return [];
  if (matchDepartment(agency, [department]).kind !== 'none') return [];
  return [
    makeFinding(
      'AGENCY_MISMATCH',
      `报告署名的机关是“${agency}”，却报送在“${department.name}”名下。`,
      `The report names “${agency}” but is filed under “${department.name}”.`,
    ),
  ];
}
