import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialPostgres1795715142084 implements MigrationInterface {
  name = 'InitialPostgres1795715142084';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "app_meta" ("key" character varying(64) NOT NULL, "value" text NOT NULL, CONSTRAINT "PK_2517812d17c14a0ecd40dd79d63" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "department" ("id" SERIAL NOT NULL, "code" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "parent_id" integer, "active_from" integer, "active_to" integer, "aliases" text NOT NULL, "created_at" character varying(30) NOT NULL, CONSTRAINT "UQ_62690f4fe31da9eb824d909285f" UNIQUE ("code"), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_department_name" ON "department"  ("name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "department_succession" ("predecessor_id" integer NOT NULL, "successor_id" integer NOT NULL, "year" integer NOT NULL, "kind" character varying(10) NOT NULL, CONSTRAINT "PK_7bbb76ce1ee4eace01ed06f408f" PRIMARY KEY ("predecessor_id", "successor_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_succession_successor" ON "department_succession"  ("successor_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_cycle" ("year" integer NOT NULL, "deadline_city_department" character varying(10) NOT NULL, "deadline_district" character varying(10) NOT NULL, "deadline_township" character varying(10) NOT NULL, "deadline_other" character varying(10) NOT NULL, CONSTRAINT "PK_7d343cb0c61c2107d43cee9f529" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "document" ("id" SERIAL NOT NULL, "sha256" character varying(64) NOT NULL, "media_type" character varying(120) NOT NULL, "size" integer NOT NULL, "content" bytea NOT NULL, CONSTRAINT "UQ_76cd03de729714d01ece7f93771" UNIQUE ("sha256"), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "submission" ("id" SERIAL NOT NULL, "department_id" integer NOT NULL, "year" integer NOT NULL, "version" integer NOT NULL, "document_id" integer NOT NULL, "file_name" character varying(255) NOT NULL, "format" character varying(10) NOT NULL, "generation" character varying(4), "title" text, "published_on" character varying(10), "received_at" character varying(30) NOT NULL, "submitted_by" character varying(100) NOT NULL, "status" character varying(10) NOT NULL, "counted" integer NOT NULL, "review_comment" text, "reviewed_by" character varying(100), "reviewed_at" character varying(30), "error_count" integer NOT NULL, "warning_count" integer NOT NULL, "info_count" integer NOT NULL, "model" text NOT NULL, CONSTRAINT "uq_submission_version" UNIQUE ("department_id", "year", "version"), CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_submission_year_counted" ON "submission"  ("year", "counted") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_submission_document" ON "submission"  ("document_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "finding" ("id" SERIAL NOT NULL, "submission_id" integer NOT NULL, "seq" integer NOT NULL, "code" character varying(40) NOT NULL, "severity" character varying(10) NOT NULL, "metric" character varying(80), "metrics" text, "message" text NOT NULL, "message_en" text NOT NULL, "location" character varying(80), CONSTRAINT "PK_a904dfcf401ccfbaa60bb6eec29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_finding_submission" ON "finding"  ("submission_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_finding_code" ON "finding"  ("code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_value" ("department_id" integer NOT NULL, "year" integer NOT NULL, "submission_id" integer NOT NULL, "generation" character varying(4), "statuses" character varying(255) NOT NULL, "proactive_rules_newly_made" double precision, "proactive_rules_newly_published" double precision, "proactive_rules_total_published" double precision, "proactive_normative_docs_newly_made" double precision, "proactive_normative_docs_newly_published" double precision, "proactive_normative_docs_total_published" double precision, "proactive_licensing_previous_items" double precision, "proactive_licensing_item_change" double precision, "proactive_licensing_decisions" double precision, "proactive_other_services_previous_items" double precision, "proactive_other_services_item_change" double precision, "proactive_other_services_decisions" double precision, "proactive_penalty_previous_items" double precision, "proactive_penalty_item_change" double precision, "proactive_penalty_decisions" double precision, "proactive_coercion_previous_items" double precision, "proactive_coercion_item_change" double precision, "proactive_coercion_decisions" double precision, "proactive_fees_previous_items" double precision, "proactive_fees_item_change" double precision, "proactive_procurement_projects" double precision, "proactive_procurement_amount_wan" double precision, "proactive_rules_issued" double precision, "proactive_rules_repealed" double precision, "proactive_rules_in_force" double precision, "proactive_normative_docs_issued" double precision, "proactive_normative_docs_repealed" double precision, "proactive_normative_docs_in_force" double precision, "proactive_fees_amount_wan" double precision, "applications_received_natural" double precision, "applications_received_commercial" double precision, "applications_received_research" double precision, "applications_received_social_welfare" double precision, "applications_received_legal_service" double precision, "applications_received_other_org" double precision, "applications_received_total" double precision, "applications_carried_in_natural" double precision, "applications_carried_in_commercial" double precision, "applications_carried_in_research" double precision, "applications_carried_in_social_welfare" double precision, "applications_carried_in_legal_service" double precision, "applications_carried_in_other_org" double precision, "applications_carried_in_total" double precision, "applications_granted_natural" double precision, "applications_granted_commercial" double precision, "applications_granted_research" double precision, "applications_granted_social_welfare" double precision, "applications_granted_legal_service" double precision, "applications_granted_other_org" double precision, "applications_granted_total" double precision, "applications_partly_granted_natural" double precision, "applications_partly_granted_commercial" double precision, "applications_partly_granted_research" double precision, "applications_partly_granted_social_welfare" double precision, "applications_partly_granted_legal_service" double precision, "applications_partly_granted_other_org" double precision, "applications_partly_granted_total" double precision, "applications_withheld_state_secret_natural" double precision, "applications_withheld_state_secret_commercial" double precision, "applications_withheld_state_secret_research" double precision, "applications_withheld_state_secret_social_welfare" double precision, "applications_withheld_state_secret_legal_service" double precision, "applications_withheld_state_secret_other_org" double precision, "applications_withheld_state_secret_total" double precision, "applications_withheld_by_law_natural" double precision, "applications_withheld_by_law_commercial" double precision, "applications_withheld_by_law_research" double precision, "applications_withheld_by_law_social_welfare" double precision, "applications_withheld_by_law_legal_service" double precision, "applications_withheld_by_law_other_org" double precision, "applications_withheld_by_law_total" double precision, "applications_withheld_safety_stability_natural" double precision, "applications_withheld_safety_stability_commercial" double precision, "applications_withheld_safety_stability_research" double precision, "applications_withheld_safety_stability_social_welfare" double precision, "applications_withheld_safety_stability_legal_service" double precision, "applications_withheld_safety_stability_other_org" double precision, "applications_withheld_safety_stability_total" double precision, "applications_withheld_third_party_natural" double precision, "applications_withheld_third_party_commercial" double precision, "applications_withheld_third_party_research" double precision, "applications_withheld_third_party_social_welfare" double precision, "applications_withheld_third_party_legal_service" double precision, "applications_withheld_third_party_other_org" double precision, "applications_withheld_third_party_total" double precision, "applications_withheld_internal_affairs_natural" double precision, "applications_withheld_internal_affairs_commercial" double precision, "applications_withheld_internal_affairs_research" double precision, "applications_withheld_internal_affairs_social_welfare" double precision, "applications_withheld_internal_affairs_legal_service" double precision, "applications_withheld_internal_affairs_other_org" double precision, "applications_withheld_internal_affairs_total" double precision, "applications_withheld_process_info_natural" double precision, "applications_withheld_process_info_commercial" double precision, "applications_withheld_process_info_research" double precision, "applications_withheld_process_info_social_welfare" double precision, "applications_withheld_process_info_legal_service" double precision, "applications_withheld_process_info_other_org" double precision, "applications_withheld_process_info_total" double precision, "applications_withheld_enforcement_file_natural" double precision, "applications_withheld_enforcement_file_commercial" double precision, "applications_withheld_enforcement_file_research" double precision, "applications_withheld_enforcement_file_social_welfare" double precision, "applications_withheld_enforcement_file_legal_service" double precision, "applications_withheld_enforcement_file_other_org" double precision, "applications_withheld_enforcement_file_total" double precision, "applications_withheld_admin_query_natural" double precision, "applications_withheld_admin_query_commercial" double precision, "applications_withheld_admin_query_research" double precision, "applications_withheld_admin_query_social_welfare" double precision, "applications_withheld_admin_query_legal_service" double precision, "applications_withheld_admin_query_other_org" double precision, "applications_withheld_admin_query_total" double precision, "applications_unavailable_not_held_natural" double precision, "applications_unavailable_not_held_commercial" double precision, "applications_unavailable_not_held_research" double precision, "applications_unavailable_not_held_social_welfare" double precision, "applications_unavailable_not_held_legal_service" double precision, "applications_unavailable_not_held_other_org" double precision, "applications_unavailable_not_held_total" double precision, "applications_unavailable_needs_creation_natural" double precision, "applications_unavailable_needs_creation_commercial" double precision, "applications_unavailable_needs_creation_research" double precision, "applications_unavailable_needs_creation_social_welfare" double precision, "applications_unavailable_needs_creation_legal_service" double precision, "applications_unavailable_needs_creation_other_org" double precision, "applications_unavailable_needs_creation_total" double precision, "applications_unavailable_unclear_natural" double precision, "applications_unavailable_unclear_commercial" double precision, "applications_unavailable_unclear_research" double precision, "applications_unavailable_unclear_social_welfare" double precision, "applications_unavailable_unclear_legal_service" double precision, "applications_unavailable_unclear_other_org" double precision, "applications_unavailable_unclear_total" double precision, "applications_not_processed_complaint_natural" double precision, "applications_not_processed_complaint_commercial" double precision, "applications_not_processed_complaint_research" double precision, "applications_not_processed_complaint_social_welfare" double precision, "applications_not_processed_complaint_legal_service" double precision, "applications_not_processed_complaint_other_org" double precision, "applications_not_processed_complaint_total" double precision, "applications_not_processed_repeated_natural" double precision, "applications_not_processed_repeated_commercial" double precision, "applications_not_processed_repeated_research" double precision, "applications_not_processed_repeated_social_welfare" double precision, "applications_not_processed_repeated_legal_service" double precision, "applications_not_processed_repeated_other_org" double precision, "applications_not_processed_repeated_total" double precision, "applications_not_processed_publication_natural" double precision, "applications_not_processed_publication_commercial" double precision, "applications_not_processed_publication_research" double precision, "applications_not_processed_publication_social_welfare" double precision, "applications_not_processed_publication_legal_service" double precision, "applications_not_processed_publication_other_org" double precision, "applications_not_processed_publication_total" double precision, "applications_not_processed_excessive_natural" double precision, "applications_not_processed_excessive_commercial" double precision, "applications_not_processed_excessive_research" double precision, "applications_not_processed_excessive_social_welfare" double precision, "applications_not_processed_excessive_legal_service" double precision, "applications_not_processed_excessive_other_org" double precision, "applications_not_processed_excessive_total" double precision, "applications_not_processed_confirmation_natural" double precision, "applications_not_processed_confirmation_commercial" double precision, "applications_not_processed_confirmation_research" double precision, "applications_not_processed_confirmation_social_welfare" double precision, "applications_not_processed_confirmation_legal_service" double precision, "applications_not_processed_confirmation_other_org" double precision, "applications_not_processed_confirmation_total" double precision, "applications_other_handling_natural" double precision, "applications_other_handling_commercial" double precision, "applications_other_handling_research" double precision, "applications_other_handling_social_welfare" double precision, "applications_other_handling_legal_service" double precision, "applications_other_handling_other_org" double precision, "applications_other_handling_total" double precision, "applications_other_overdue_correction_natural" double precision, "applications_other_overdue_correction_commercial" double precision, "applications_other_overdue_correction_research" double precision, "applications_other_overdue_correction_social_welfare" double precision, "applications_other_overdue_correction_legal_service" double precision, "applications_other_overdue_correction_other_org" double precision, "applications_other_overdue_correction_total" double precision, "applications_other_overdue_fee_natural" double precision, "applications_other_overdue_fee_commercial" double precision, "applications_other_overdue_fee_research" double precision, "applications_other_overdue_fee_social_welfare" double precision, "applications_other_overdue_fee_legal_service" double precision, "applications_other_overdue_fee_other_org" double precision, "applications_other_overdue_fee_total" double precision, "applications_other_misc_natural" double precision, "applications_other_misc_commercial" double precision, "applications_other_misc_research" double precision, "applications_other_misc_social_welfare" double precision, "applications_other_misc_legal_service" double precision, "applications_other_misc_other_org" double precision, "applications_other_misc_total" double precision, "applications_result_total_natural" double precision, "applications_result_total_commercial" double precision, "applications_result_total_research" double precision, "applications_result_total_social_welfare" double precision, "applications_result_total_legal_service" double precision, "applications_result_total_other_org" double precision, "applications_result_total_total" double precision, "applications_carried_forward_natural" double precision, "applications_carried_forward_commercial" double precision, "applications_carried_forward_research" double precision, "applications_carried_forward_social_welfare" double precision, "applications_carried_forward_legal_service" double precision, "applications_carried_forward_other_org" double precision, "applications_carried_forward_total" double precision, "review_upheld" double precision, "review_corrected" double precision, "review_other" double precision, "review_pending" double precision, "review_total" double precision, "litigation_direct_upheld" double precision, "litigation_direct_corrected" double precision, "litigation_direct_other" double precision, "litigation_direct_pending" double precision, "litigation_direct_total" double precision, "litigation_after_review_upheld" double precision, "litigation_after_review_corrected" double precision, "litigation_after_review_other" double precision, "litigation_after_review_pending" double precision, "litigation_after_review_total" double precision, CONSTRAINT "UQ_96f9bc443ea5538c09e4c640baf" UNIQUE ("submission_id"), CONSTRAINT "PK_35a52bca11af016d490f00233d0" PRIMARY KEY ("department_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_report_value_year" ON "report_value"  ("year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "city_total" ("year" integer NOT NULL, "metric" character varying(80) NOT NULL, "total" double precision NOT NULL, "reported" integer NOT NULL, "blank" integer NOT NULL, "not_applicable" integer NOT NULL, "unreadable" integer NOT NULL, CONSTRAINT "PK_8db8fba721028058c20c968aca9" PRIMARY KEY ("year", "metric"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "department" ADD CONSTRAINT "FK_110d56d702b0880fe9b005878e9" FOREIGN KEY ("parent_id") REFERENCES "department"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "department_succession" ADD CONSTRAINT "FK_3d2dc9a6ca26a353a1ed2ceaeaf" FOREIGN KEY ("predecessor_id") REFERENCES "department"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "department_succession" ADD CONSTRAINT "FK_b8ba6c6cc31e0acd36e05a7f75e" FOREIGN KEY ("successor_id") REFERENCES "department"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" ADD CONSTRAINT "FK_7ba439efbd23363878b2c8b9a8b" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" ADD CONSTRAINT "FK_ea58af3130b0b52cf2ec41d432f" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" ADD CONSTRAINT "FK_2acbc79ae3df5b76332feb0d81a" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD CONSTRAINT "FK_f78815219f4f9682b21a86e1b4f" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" ADD CONSTRAINT "FK_96f9bc443ea5538c09e4c640baf" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_value" DROP CONSTRAINT "FK_96f9bc443ea5538c09e4c640baf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_value" DROP CONSTRAINT "FK_f78815219f4f9682b21a86e1b4f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" DROP CONSTRAINT "FK_2acbc79ae3df5b76332feb0d81a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" DROP CONSTRAINT "FK_ea58af3130b0b52cf2ec41d432f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" DROP CONSTRAINT "FK_7ba439efbd23363878b2c8b9a8b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "department_succession" DROP CONSTRAINT "FK_b8ba6c6cc31e0acd36e05a7f75e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "department_succession" DROP CONSTRAINT "FK_3d2dc9a6ca26a353a1ed2ceaeaf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "department" DROP CONSTRAINT "FK_110d56d702b0880fe9b005878e9"`,
    );
    await queryRunner.query(`DROP TABLE "city_total"`);
    await queryRunner.query(`DROP INDEX "public"."idx_report_value_year"`);
    await queryRunner.query(`DROP TABLE "report_value"`);
    await queryRunner.query(`DROP INDEX "public"."idx_finding_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_finding_submission"`);
    await queryRunner.query(`DROP TABLE "finding"`);
    await queryRunner.query(`DROP INDEX "public"."idx_submission_document"`);
    await queryRunner.query(
      `DROP INDEX "public"."idx_submission_year_counted"`,
    );
    await queryRunner.query(`DROP TABLE "submission"`);
    await queryRunner.query(`DROP TABLE "document"`);
    await queryRunner.query(`DROP TABLE "reporting_cycle"`);
    await queryRunner.query(`DROP INDEX "public"."idx_succession_successor"`);
    await queryRunner.query(`DROP TABLE "department_succession"`);
    await queryRunner.query(`DROP INDEX "public"."idx_department_name"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP TABLE "app_meta"`);
  }
}
