import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessControlSqlite1795728616821 implements MigrationInterface {
  name = 'AccessControlSqlite1795728616821';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "display_name" varchar(100) NOT NULL, "password_hash" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "department_id" integer, "disabled" boolean NOT NULL DEFAULT (0), "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_session" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "user_id" integer NOT NULL, "created_at" varchar(30) NOT NULL, "expires_at" varchar(30) NOT NULL, "ip" varchar(64) NOT NULL, "user_agent" varchar(300) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_session_user" ON "app_session" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" varchar(30) NOT NULL, "user_id" integer, "actor" varchar(64) NOT NULL, "action" varchar(32) NOT NULL, "target" varchar(200) NOT NULL, "details" text NOT NULL, "ip" varchar(64) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_at" ON "audit_log" ("at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_action" ON "audit_log" ("action", "at") `,
    );
    // Nobody edits the audit log, not even through SQL: the database refuses it.
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log" BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log" BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "display_name" varchar(100) NOT NULL, "password_hash" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "department_id" integer, "disabled" boolean NOT NULL DEFAULT (0), "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "FK_7bbda4c333c1da023d2f2ae7320" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_app_user"("id", "username", "display_name", "password_hash", "role", "department_id", "disabled", "created_at", "updated_at") SELECT "id", "username", "display_name", "password_hash", "role", "department_id", "disabled", "created_at", "updated_at" FROM "app_user"`,
    );
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_app_user" RENAME TO "app_user"`,
    );
    await queryRunner.query(`DROP INDEX "idx_session_user"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_app_session" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "user_id" integer NOT NULL, "created_at" varchar(30) NOT NULL, "expires_at" varchar(30) NOT NULL, "ip" varchar(64) NOT NULL, "user_agent" varchar(300) NOT NULL, CONSTRAINT "FK_b4956d159d2d94c92510f0986a1" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_app_session"("token_hash", "user_id", "created_at", "expires_at", "ip", "user_agent") SELECT "token_hash", "user_id", "created_at", "expires_at", "ip", "user_agent" FROM "app_session"`,
    );
    await queryRunner.query(`DROP TABLE "app_session"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_app_session" RENAME TO "app_session"`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_session_user" ON "app_session" ("user_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_session_user"`);
    await queryRunner.query(
      `ALTER TABLE "app_session" RENAME TO "temporary_app_session"`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_session" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "user_id" integer NOT NULL, "created_at" varchar(30) NOT NULL, "expires_at" varchar(30) NOT NULL, "ip" varchar(64) NOT NULL, "user_agent" varchar(300) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "app_session"("token_hash", "user_id", "created_at", "expires_at", "ip", "user_agent") SELECT "token_hash", "user_id", "created_at", "expires_at", "ip", "user_agent" FROM "temporary_app_session"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_app_session"`);
    await queryRunner.query(
      `CREATE INDEX "idx_session_user" ON "app_session" ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" RENAME TO "temporary_app_user"`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "display_name" varchar(100) NOT NULL, "password_hash" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "department_id" integer, "disabled" boolean NOT NULL DEFAULT (0), "created_at" varchar(30) NOT NULL, "updated_at" varchar(30) NOT NULL, CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"))`,
    );
    await queryRunner.query(
      `INSERT INTO "app_user"("id", "username", "display_name", "password_hash", "role", "department_id", "disabled", "created_at", "updated_at") SELECT "id", "username", "display_name", "password_hash", "role", "department_id", "disabled", "created_at", "updated_at" FROM "temporary_app_user"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_app_user"`);
    await queryRunner.query(`DROP TRIGGER "audit_log_no_delete"`);
    await queryRunner.query(`DROP TRIGGER "audit_log_no_update"`);
    await queryRunner.query(`DROP INDEX "idx_audit_action"`);
    await queryRunner.query(`DROP INDEX "idx_audit_at"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "idx_session_user"`);
    await queryRunner.query(`DROP TABLE "app_session"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
