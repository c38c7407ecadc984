import { EntitySchema } from 'typeorm';

import type { Dialect } from './column-types';

export interface DepartmentEntity {
  id: number;
  code: string;
  name: string;
  /** DepartmentKind of the domain library. */
  kind: string;
  parentId: number | null;
  activeFrom: number | null;
  activeTo: number | null;
  /** JSON array of other names. */
  aliases: string;
  createdAt: string;
}

export const departmentSchema = (_dialect: Dialect) =>
  new EntitySchema<DepartmentEntity>({
    name: 'Department',
    tableName: 'department',
    columns: {
      id: { type: 'integer', primary: true, generated: 'increment' },
      code: { type: 'varchar', length: 64, unique: true },
      name: { type: 'varchar', length: 200 },
      kind: { type: 'varchar', length: 20 },
      parentId: { name: 'parent_id', type: 'integer', nullable: true },
      activeFrom: { name: 'active_from', type: 'integer', nullable: true },
      activeTo: { name: 'active_to', type: 'integer', nullable: true },
      aliases: { type: 'text' },
      createdAt: { name: 'created_at', type: 'varchar', length: 30 },
    },
    indices: [{ name: 'idx_department_name', columns: ['name'] }],
    foreignKeys: [
      {
        target: 'Department',
        columnNames: ['parentId'],
        referencedColumnNames: ['id'],
      },
    ],
  });

export interface DepartmentSuccessionEntity {
  predecessorId: number;
  successorId: number;
  /** First report year of the successor. */
  year: number;
  kind: 'merge' | 'rename' | 'split';
}

export const departmentSuccessionSchema = (_dialect: Dialect) =>
  new EntitySchema<DepartmentSuccessionEntity>({
    name: 'DepartmentSuccession',
    tableName: 'department_succession',
    columns: {
      predecessorId: { name: 'predecessor_id', type: 'integer', primary: true },
      successorId: { name: 'successor_id', type: 'integer', primary: true },
      year: { type: 'integer' },
      kind: { type: 'varchar', length: 10 },
    },
    indices: [{ name: 'idx_succession_successor', columns: ['successorId'] }],
    foreignKeys: [
      {
        target: 'Department',
        columnNames: ['predecessorId'],
        referencedColumnNames: ['id'],
      },
      {
        target: 'Department',
        columnNames: ['successorId'],
        referencedColumnNames: ['id'],
      },
    ],
  });
