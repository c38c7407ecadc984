import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateEventsPostgres1795760209084 implements MigrationInterface {
  name = 'RateEventsPostgres1795760209084';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_event" ("id" SERIAL NOT NULL, "key" character varying(200) NOT NULL, "at" character varying(30) NOT NULL, CONSTRAINT "PK_39da55bcdaf6b6eca9e1270767b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_rate_event_key" ON "rate_event"  ("key", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_rate_event_at" ON "rate_event"  ("at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_rate_event_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rate_event_key"`);
    await queryRunner.query(`DROP TABLE "rate_event"`);
  }
}
