import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportValueIndexPostgres1795717277403 implements MigrationInterface {
  name = 'ReportValueIndexPostgres1795717277403';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD "seq" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD "versions" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD "first_received_at" character varying(30) NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD "latest_received_at" character varying(30) NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD "counted_status" character varying(10)`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD "error_count" integer`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD "warning_count" integer`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" DROP CONSTRAINT "FK_96f9bc443ea5538c09e4c640baf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" ALTER COLUMN "submission_id" DROP NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_report_value_seq" ON "report_value"  ("seq") `,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD CONSTRAINT "FK_96f9bc443ea5538c09e4c640baf" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // Data: the board's columns for existing rows, and the change counter.
    await queryRunner.query(
      `INSERT INTO "report_value" ("department_id", "year", "submission_id", "generation", "statuses") SELECT s."department_id", s."year", NULL, NULL, '' FROM "submission" s WHERE NOT EXISTS (SELECT 1 FROM "report_value" v WHERE v."department_id" = s."department_id" AND v."year" = s."year") GROUP BY s."department_id", s."year"`,
    );
    await queryRunner.query(
      `UPDATE "report_value" SET "seq" = 1, "versions" = (SELECT COUNT(*) FROM "submission" s WHERE s."department_id" = "report_value"."department_id" AND s."year" = "report_value"."year"), "first_received_at" = (SELECT MIN(s."received_at") FROM "submission" s WHERE s."department_id" = "report_value"."department_id" AND s."year" = "report_value"."year"), "latest_received_at" = (SELECT MAX(s."received_at") FROM "submission" s WHERE s."department_id" = "report_value"."department_id" AND s."year" = "report_value"."year"), "counted_status" = (SELECT s."status" FROM "submission" s WHERE s."id" = "report_value"."submission_id"), "error_count" = (SELECT s."error_count" FROM "submission" s WHERE s."id" = "report_value"."submission_id"), "warning_count" = (SELECT s."warning_count" FROM "submission" s WHERE s."id" = "report_value"."submission_id")`,
    );
    await queryRunner.query(
      `INSERT INTO "app_meta" ("key", "value") VALUES ('value_seq', '1')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "app_meta" WHERE "key" = 'value_seq'`);
    await queryRunner.query(
      `DELETE FROM "report_value" WHERE "submission_id" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" DROP CONSTRAINT "FK_96f9bc443ea5538c09e4c640baf"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_report_value_seq"`);
    await queryRunner.query(
      `ALTER TABLE "report_value" ALTER COLUMN "submission_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD CONSTRAINT "FK_96f9bc443ea5538c09e4c640baf" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" DROP COLUMN "warning_count"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" DROP COLUMN "error_count"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" DROP COLUMN "counted_status"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" DROP COLUMN "latest_received_at"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" DROP COLUMN "first_received_at"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" DROP COLUMN "versions"`,
    );
    await queryRunner.query(`ALTER TABLE "report_value" DROP COLUMN "seq"`);
  }
}
