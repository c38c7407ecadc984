/** Kinds of reporting body: 市政府部门 / 区县政府 / 乡镇街道 / 其他 (第五十四条 bodies …). */
export type DepartmentKind =
  'cityDepartment' | 'district' | 'township' | 'other';

export const DEPARTMENT_KINDS: readonly {
  kind: DepartmentKind;
  labelZh: string;
  labelEn: string;
}[] = [
  { kind: 'cityDepartment', labelZh: '市政府部门', labelEn: 'City department' },
  {
    kind: 'district',
    labelZh: '区县政府',
    labelEn: 'District or county government',
  },
  {
    kind: 'township',
    labelZh: '乡镇街道',
    labelEn: 'Township or street office',
  },
  { kind: 'other', labelZh: '其他', labelEn: 'Other body' },
];
