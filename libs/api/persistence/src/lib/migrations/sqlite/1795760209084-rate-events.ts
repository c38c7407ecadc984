import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateEventsSqlite1795760209084 implements MigrationInterface {
  name = 'RateEventsSqlite1795760209084';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(200) NOT NULL, "at" varchar(30) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_rate_event_key" ON "rate_event" ("key", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_rate_event_at" ON "rate_event" ("at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_rate_event_at"`);
    await queryRunner.query(`DROP INDEX "idx_rate_event_key"`);
    await queryRunner.query(`DROP TABLE "rate_event"`);
  }
}
