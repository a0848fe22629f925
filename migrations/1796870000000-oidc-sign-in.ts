import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in through OpenID Connect providers: providers, e-mail domains, invitations, linked identities, authorization requests, sign-ins. */
export class OidcSignIn1796870000000 implements MigrationInterface {
  name = 'OidcSignIn1796870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "oidc_provider" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "issuer" text NOT NULL, "client_id" text NOT NULL, "client_secret_sealed" text NOT NULL, "scopes" text array NOT NULL, "acr_values" text array NOT NULL, "strong_acr_values" text array NOT NULL, "created_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "disabled_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_b6b27369299cdf812f5001686e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_email_domain" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "domain" text NOT NULL, "role" character varying(32) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_abd5b68c1536742a162e30369fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_organization_email_domain_domain" ON "organization_email_domain"  ("domain") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" text NOT NULL, "role" character varying(32) NOT NULL, "invited_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP(3) WITH TIME ZONE, "accepted_user_id" uuid, CONSTRAINT "PK_cc1ac752952740b92ead1ee9249" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_organization_invitation_organization" ON "organization_invitation"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "IX_organization_invitation_email" ON "organization_invitation"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "oidc_identity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "subject" text NOT NULL, "user_id" uuid NOT NULL, "email" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca0beb3424fdbfed4fb4e765ecc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_oidc_identity_user" ON "oidc_identity"  ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_oidc_identity_subject" ON "oidc_identity"  ("provider_id", "subject") `,
    );
    await queryRunner.query(
      `CREATE TABLE "oidc_authorization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "state_hash" character(64) NOT NULL, "provider_id" uuid NOT NULL, "nonce" text NOT NULL, "code_verifier" text NOT NULL, "link_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_877a9969c212b6ef14b5c5c5ce8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_oidc_authorization_state" ON "oidc_authorization"  ("state_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "oidc_sign_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "user_id" uuid NOT NULL, "subject" text NOT NULL, "acr" text, "amr" text array NOT NULL, "strong" boolean NOT NULL, "id_token_sealed" text NOT NULL, "session_id" uuid, "pending_hash" character(64), "pending_expires_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dc1684b2003586e23fd3281d9d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_oidc_sign_in_pending" ON "oidc_sign_in"  ("pending_hash") `);
    await queryRunner.query(`CREATE INDEX "IX_oidc_sign_in_session" ON "oidc_sign_in"  ("session_id") `);
    await queryRunner.query(
      `ALTER TABLE "organization_email_domain" ADD CONSTRAINT "FK_organization_email_domain_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_invitation" ADD CONSTRAINT "FK_organization_invitation_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oidc_identity" ADD CONSTRAINT "FK_oidc_identity_provider" FOREIGN KEY ("provider_id") REFERENCES "oidc_provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oidc_identity" ADD CONSTRAINT "FK_oidc_identity_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oidc_authorization" ADD CONSTRAINT "FK_oidc_authorization_provider" FOREIGN KEY ("provider_id") REFERENCES "oidc_provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oidc_sign_in" ADD CONSTRAINT "FK_oidc_sign_in_provider" FOREIGN KEY ("provider_id") REFERENCES "oidc_provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oidc_sign_in" ADD CONSTRAINT "FK_oidc_sign_in_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "oidc_sign_in" DROP CONSTRAINT "FK_oidc_sign_in_user"`);
    await queryRunner.query(`ALTER TABLE "oidc_sign_in" DROP CONSTRAINT "FK_oidc_sign_in_provider"`);
    await queryRunner.query(`ALTER TABLE "oidc_authorization" DROP CONSTRAINT "FK_oidc_authorization_provider"`);
    await queryRunner.query(`ALTER TABLE "oidc_identity" DROP CONSTRAINT "FK_oidc_identity_user"`);
    await queryRunner.query(`ALTER TABLE "oidc_identity" DROP CONSTRAINT "FK_oidc_identity_provider"`);
    await queryRunner.query(
      `ALTER TABLE "organization_invitation" DROP CONSTRAINT "FK_organization_invitation_organization"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_email_domain" DROP CONSTRAINT "FK_organization_email_domain_organization"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IX_oidc_sign_in_session"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_oidc_sign_in_pending"`);
    await queryRunner.query(`DROP TABLE "oidc_sign_in"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_oidc_authorization_state"`);
    await queryRunner.query(`DROP TABLE "oidc_authorization"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_oidc_identity_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IX_oidc_identity_user"`);
    await queryRunner.query(`DROP TABLE "oidc_identity"`);
    await queryRunner.query(`DROP INDEX "public"."IX_organization_invitation_email"`);
    await queryRunner.query(`DROP INDEX "public"."IX_organization_invitation_organization"`);
    await queryRunner.query(`DROP TABLE "organization_invitation"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_organization_email_domain_domain"`);
    await queryRunner.query(`DROP TABLE "organization_email_domain"`);
    await queryRunner.query(`DROP TABLE "oidc_provider"`);
  }
}
