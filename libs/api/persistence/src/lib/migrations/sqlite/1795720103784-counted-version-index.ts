import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CountedVersionIndexSqlite1795720103784 implements MigrationInterface {
  name = 'CountedVersionIndexSqlite1795720103784';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_submission_counted" ON "submission" ("department_id", "year") WHERE counted = 1`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_submission_counted"`);
  }
}
