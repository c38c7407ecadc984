import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessControlPostgres1795728616821 implements MigrationInterface {
  name = 'AccessControlPostgres1795728616821';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "username" character varying(64) NOT NULL, "display_name" character varying(100) NOT NULL, "password_hash" character varying(200) NOT NULL, "role" character varying(16) NOT NULL, "department_id" integer, "disabled" boolean NOT NULL DEFAULT false, "created_at" character varying(30) NOT NULL, "updated_at" character varying(30) NOT NULL, CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_session" ("token_hash" character varying(64) NOT NULL, "user_id" integer NOT NULL, "created_at" character varying(30) NOT NULL, "expires_at" character varying(30) NOT NULL, "ip" character varying(64) NOT NULL, "user_agent" character varying(300) NOT NULL, CONSTRAINT "PK_287d6ba510025cb58dd403f2d47" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_session_user" ON "app_session"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" SERIAL NOT NULL, "at" character varying(30) NOT NULL, "user_id" integer, "actor" character varying(64) NOT NULL, "action" character varying(32) NOT NULL, "target" character varying(200) NOT NULL, "details" text NOT NULL, "ip" character varying(64) NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_at" ON "audit_log"  ("at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_action" ON "audit_log"  ("action", "at") `,
    );
    // Nobody edits the audit log, not even through SQL: the database refuses it.
    await queryRunner.query(
      `CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_no_change" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_7bbda4c333c1da023d2f2ae7320" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_session" ADD CONSTRAINT "FK_b4956d159d2d94c92510f0986a1" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "app_session" DROP CONSTRAINT "FK_b4956d159d2d94c92510f0986a1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" DROP CONSTRAINT "FK_7bbda4c333c1da023d2f2ae7320"`,
    );
    await queryRunner.query(
      `DROP TRIGGER "audit_log_no_truncate" ON "audit_log"`,
    );
    await queryRunner.query(
      `DROP TRIGGER "audit_log_no_change" ON "audit_log"`,
    );
    await queryRunner.query(`DROP FUNCTION "audit_log_append_only"()`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_action"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_at"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."idx_session_user"`);
    await queryRunner.query(`DROP TABLE "app_session"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
