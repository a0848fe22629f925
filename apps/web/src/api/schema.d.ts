export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and readiness: the migrations ran and the database answers */
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password (and the TOTP code once two-factor authentication is active)
         * @description Returns a short-lived bearer access token. Browsers also get an HttpOnly session cookie for POST /auth/refresh. After 5 failures the account is locked for 15 minutes; the answer stays INVALID_CREDENTIALS.
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new access token for the browser session (session cookie and X-CSRF-Token header) */
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Closes the browser session (session cookie and X-CSRF-Token header) */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts two-factor enrolment: a new secret (for a QR code) and recovery codes, shown once */
        post: operations["Auth_enroll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activates two-factor authentication with a first code from the app */
        post: operations["Auth_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user or API token, with its organisation and role */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every organisation (platform admin) */
        get: operations["Organizations_list"];
        put?: never;
        /** Creates a vendor or authority organisation (platform admin) */
        post: operations["Organizations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation: your own, or any for the platform admin */
        get: operations["Organizations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's users (its members, or the platform admin) */
        get: operations["Organizations_listUsers"];
        put?: never;
        /** Adds a user to an organisation (platform admin, or that organisation's admin) */
        post: operations["Organizations_createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's API tokens, without their secrets */
        get: operations["Organizations_listTokens"];
        put?: never;
        /** Creates an API token for integrations; the token is shown once */
        post: operations["Organizations_createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revokes an API token, with immediate effect */
        delete: operations["Organizations_revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products, newest first: a vendor its own, reviewers those of submitted dossiers */
        get: operations["Products_list"];
        put?: never;
        /** Declares a product (vendor) */
        post: operations["Products_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product */
        get: operations["Products_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dossiers, newest first: a vendor its own; reviewers every dossier submitted at least once */
        get: operations["Dossiers_list"];
        put?: never;
        /** Opens a draft dossier for a product against a référentiel version */
        post: operations["Dossiers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A dossier with its scenario tree: applicability, reasons, expected proofs, completeness
         * @description The ETag changes whenever the dossier does: If-None-Match answers 304 while the client has the latest. Gzipped when accepted.
         */
        get: operations["Dossiers_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replaces the questionnaire answers and recomputes which scenarios apply */
        put: operations["Dossiers_putAnswers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the dossier still lacks, in référentiel order (proofs without evidence, declarations not signed) */
        get: operations["Dossiers_completeness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submits the dossier: freezes round N as a manifest with its SHA-256
         * @description An incomplete dossier is refused with 422 DOSSIER_INCOMPLETE and details.missing. Afterwards the content is locked.
         */
        post: operations["Dossiers_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The submissions of a dossier, one per round, with their frozen manifests */
        get: operations["Dossiers_submissionsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dossier's audit events, oldest first */
        get: operations["Dossiers_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/declarations/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sworn statement a declarant accepts, its version, the roles and the justification bounds */
        get: operations["Declarations_statement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every declaration of a dossier, oldest first, superseded ones marked */
        get: operations["Declarations_list"];
        put?: never;
        /**
         * Signs a sworn declaration that a scenario does not apply (déclaration sur l’honneur)
         * @description Never edited: a new declaration for the same scenario supersedes the previous one, and both are kept.
         */
        post: operations["Declarations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/declarations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A declaration, with the statement text it was signed with */
        get: operations["Declarations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/declarations/{id}/pdf-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A short-lived signed link to the declaration PDF, for a preview in an <iframe> (no Authorization needed)
         * @description Like POST /evidence/{id}/link: the link opens GET /declarations/{id}/pdf for this declaration only, until expiresAt. `disposition` (body or query): `inline` to show it in the page, `attachment` (default) to download it.
         */
        post: operations["Declarations_pdfLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/declarations/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The declaration as a PDF, carrying its SHA-256
         * @description With Authorization (as an attachment), or with a signed link (`?access=`, from POST /declarations/{id}/pdf-link) and no Authorization, as the link says.
         */
        get: operations["Declarations_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every evidence version of a dossier */
        get: operations["Evidence_list"];
        put?: never;
        /**
         * Uploads evidence for a proof (streamed; a new upload to the same proof is version n+1)
         * @description multipart/form-data with `proof`, `file` and optionally `description`; send `proof` before `file` to be refused early. The real type is sniffed from the bytes and must suit the proof.
         */
        post: operations["Evidence_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One evidence version, with its pre-check findings */
        get: operations["Evidence_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A short-lived signed link to the content, for <video>, <img> and PDF previews (no Authorization needed)
         * @description Who may read the content may ask for a link. The link opens GET /evidence/{id}/content for this evidence only, Range requests included, until expiresAt (30 minutes by default), and stops working when the issuer's session ends or its API token is revoked. `disposition` (body or query): `inline` to show the file in the page, `attachment` (default) to download it.
         */
        post: operations["Evidence_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The exact bytes, streamed, with Content-Digest (RFC 9530); Range requests are served (206)
         * @description With Authorization, or with a signed link (`?access=`, from POST /evidence/{id}/link) and no Authorization. Images, videos and PDFs are served inline, other files as attachments; through a link, as the link says.
         */
        get: operations["Evidence_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reviewer queue: submitted dossiers of every vendor, longest waiting first, filtered */
        get: operations["Review_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dossier as the queue shows it: vendor, product, référentiel, assignee, waiting time, progress */
        get: operations["Review_item"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Review progress of some dossiers (the queue rows on screen): scenarios accepted of those to judge
         * @description Apart from the queue so that the queue stays one index walk; ids you cannot see are left out.
         */
        get: operations["Review_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendors with dossiers under review (submitted at least once), by name (the vendor filter of the queue) */
        get: operations["Review_vendors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review figures: dossiers by status, median time in review and in the queue, progress by family */
        get: operations["Review_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assigns the dossier to a reviewer (yourself, or anyone for a review lead) */
        post: operations["Review_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/review/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts the review of a submitted dossier (in_review) */
        post: operations["Review_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/scenarios/{code}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * A verdict on a scenario, or on its sworn declaration, for the current round
         * @description The first verdict on a submitted dossier starts its review. Send expectedVersion to be told if the scenario moved.
         */
        put: operations["Review_verdict"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decides a round: changes_requested (reopens round N+1), approved or rejected (review lead) */
        post: operations["Review_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/rounds/{round}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed in a round since the previous one: answers, applicability, evidence, declarations */
        get: operations["Review_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/scenarios/{code}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scenario's comment thread between reviewers and the vendor, oldest first */
        get: operations["Review_comments"];
        put?: never;
        /** Posts a message in a scenario’s thread */
        post: operations["Review_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/scenarios/{code}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edits one of your messages: a new revision, the old text kept and the message shown as edited */
        put: operations["Review_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identifiers/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Checks an RPPS, IDNPS, FINESS, AM number or NIR: format and check key
         * @description An invalid identifier is a 200 with valid: false and the reason; only an unknown type is a 400.
         */
        get: operations["Identifiers_validate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's webhook endpoints, deleted ones included, without their secrets */
        get: operations["Webhooks_list"];
        put?: never;
        /**
         * Registers a webhook endpoint for the organisation's events; the signing secret is shown once
         * @description A vendor's endpoints receive the events of its dossiers; the authority's, those of every submitted dossier. Each event is POSTed as JSON `{ id, type, occurredAt, dossierId, organizationId, data }` with the headers `Preuve-Event`, `Preuve-Delivery` and `Preuve-Signature`; a 2xx within 10 s delivers it, anything else is retried with exponential backoff (up to 12 attempts). A dossier's events arrive in order, at least once.
         */
        post: operations["Webhooks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Deletes a webhook endpoint: nothing more is sent to it (pending deliveries are cancelled); its log stays */
        delete: operations["Webhooks_disable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint's delivery log, newest first: attempts, outcome, next attempt */
        get: operations["Webhooks_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verifies the hash chain of the whole audit log and names the first broken link (platform admin)
         * @description Links any audit event still pending into the chain, then recomputes the hash of every event in seq order and checks that each one carries the hash of the one before it. A changed event is reported as hash_mismatch, a removed one as prev_hash_mismatch at the next event.
         */
        get: operations["Audit_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published référentiels */
        get: operations["Referentials_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referentials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A référentiel with its whole tree: questionnaire, requirements, scenarios, proofs
         * @description Immutable: the ETag is the content hash, so If-None-Match answers 304 once the client has it.
         */
        get: operations["Referentials_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referentials/{id}/scenarios/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One scenario by code; « ANN 2.1 », « ANN.2.1 », « ann%202.1 » are the same code */
        get: operations["Referentials_scenario"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referentials/{id}/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which scenarios apply to a product with these answers, and why
         * @description Nothing is stored. Answers are validated against the questionnaire; errors name the key.
         */
        post: operations["Referentials_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HealthResponse: {
            /** @enum {string} */
            status: "ok";
        };
        /** @enum {string} */
        ErrorCode: "VALIDATION_FAILED" | "MALFORMED_JSON" | "INVALID_CODE" | "INVALID_ANSWERS" | "INVALID_CURSOR" | "UNKNOWN_IDENTIFIER_TYPE" | "WEAK_PASSWORD" | "ROLE_NOT_ALLOWED" | "SCOPE_NOT_ALLOWED" | "INVALID_TOTP_CODE" | "UPLOAD_INTERRUPTED" | "INVALID_WEBHOOK_URL" | "AUTHENTICATION_REQUIRED" | "INVALID_TOKEN" | "INVALID_CREDENTIALS" | "TOTP_REQUIRED" | "INVALID_SESSION" | "INVALID_LINK" | "ACCESS_NOT_DECLARED" | "FORBIDDEN" | "INSUFFICIENT_SCOPE" | "TOTP_ENROLLMENT_REQUIRED" | "CSRF_CHECK_FAILED" | "ROUTE_NOT_FOUND" | "REFERENTIAL_NOT_FOUND" | "SCENARIO_NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "API_TOKEN_NOT_FOUND" | "PRODUCT_NOT_FOUND" | "DOSSIER_NOT_FOUND" | "EVIDENCE_NOT_FOUND" | "DECLARATION_NOT_FOUND" | "PROOF_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "COMMENT_NOT_FOUND" | "ROUND_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "EMAIL_TAKEN" | "TOTP_ALREADY_ACTIVE" | "TOTP_NOT_ENROLLED" | "DOSSIER_LOCKED" | "ALREADY_SUBMITTED" | "SCENARIO_FROZEN" | "VERSION_CONFLICT" | "TRANSITION_REFUSED" | "PAYLOAD_TOO_LARGE" | "DECLARATION_NOT_REQUIRED" | "PROOF_NOT_APPLICABLE" | "DOSSIER_INCOMPLETE" | "VERDICT_NOT_APPLICABLE" | "DECISION_NOT_ALLOWED" | "RANGE_NOT_SATISFIABLE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "DATABASE_UNAVAILABLE" | "INTERNAL_ERROR";
        ErrorResponse: {
            /** @example 404 */
            statusCode: number;
            /** @example REFERENTIAL_NOT_FOUND */
            code: components["schemas"]["ErrorCode"];
            /** @example No référentiel has the id 3f0c… */
            message: string;
            /** @description Structured details, e.g. the fields that failed validation. */
            details?: Record<string, never>;
            /** @description Quote it when reporting a problem; it is also in the x-correlation-id header. */
            correlationId: string;
        };
        LoginDto: {
            /** @example camille@editeur.example */
            email: string;
            /** @example une phrase de passe assez longue */
            password: string;
            /**
             * @description The 6-digit code of the authenticator app, or a recovery code (xxxx-xxxx).
             * @example 123456
             */
            totp?: string;
        };
        LoginUserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            role: "platform_admin" | "vendor_admin" | "vendor_member" | "reviewer" | "review_lead";
            /** @description Whether two-factor authentication is active. */
            totpActive: boolean;
            /** @description True for authority users who must activate two-factor authentication before anything else. */
            totpEnrollmentRequired: boolean;
        };
        LoginResponseDto: {
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            user: components["schemas"]["LoginUserDto"];
            /** @description For browsers: send it back in the X-CSRF-Token header of POST /auth/refresh and /auth/logout (the session itself is in an HttpOnly cookie). */
            csrfToken: string;
        };
        TotpEnrollmentDto: {
            /** @description Base32 secret, for manual entry. */
            secret: string;
            /** @example otpauth://totp/Preuve:camille%40ans.example?secret=…&issuer=Preuve */
            otpauthUrl: string;
            /** @description Single-use recovery codes, shown this once; valid once TOTP is activated. */
            recoveryCodes: string[];
        };
        TotpActivateDto: {
            /** @example 123456 */
            code: string;
        };
        OrganizationSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "vendor" | "authority" | "platform";
        };
        MeDto: {
            /** @enum {string} */
            kind: "user" | "token";
            /** Format: uuid */
            id: string;
            email?: string;
            displayName?: string;
            /** @enum {string} */
            role?: "platform_admin" | "vendor_admin" | "vendor_member" | "reviewer" | "review_lead";
            totpActive?: boolean;
            /** @description API token name */
            name?: string;
            scopes?: ("dossiers:read" | "dossiers:write" | "evidence:write" | "review:write")[];
            organization: components["schemas"]["OrganizationSummaryDto"];
        };
        CreateOrganizationDto: {
            /** @example Télésuivi Santé SAS */
            name: string;
            /** @enum {string} */
            kind: "vendor" | "authority";
        };
        OrganizationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "vendor" | "authority" | "platform";
            /** Format: date-time */
            createdAt: string;
        };
        CreateUserDto: {
            /** @example camille@editeur.example */
            email: string;
            /** @description At least 50 bits by length × log2(alphabet): e.g. 9 characters of three kinds, 11 lower-case letters, or a passphrase. */
            password: string;
            /** @example Camille Martin */
            displayName: string;
            /**
             * @description vendor_admin or vendor_member in a vendor; reviewer or review_lead in the authority.
             * @enum {string}
             */
            role: "platform_admin" | "vendor_admin" | "vendor_member" | "reviewer" | "review_lead";
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            /** @enum {string} */
            role: "platform_admin" | "vendor_admin" | "vendor_member" | "reviewer" | "review_lead";
            /** Format: uuid */
            organizationId: string;
            totpActive: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        CreateApiTokenDto: {
            /** @example CI — dépôt des preuves */
            name: string;
            /**
             * @example [
             *       "dossiers:read",
             *       "evidence:write"
             *     ]
             */
            scopes: ("dossiers:read" | "dossiers:write" | "evidence:write" | "review:write")[];
        };
        CreatedApiTokenDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description The first characters of the token, to recognise it.
             * @example prv_Xk3e
             */
            prefix: string;
            scopes: ("dossiers:read" | "dossiers:write" | "evidence:write" | "review:write")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt?: string | null;
            /** Format: date-time */
            revokedAt?: string | null;
            /**
             * @description The token itself, shown this once: store it in your secrets manager.
             * @example prv_…
             */
            token: string;
        };
        ApiTokenDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description The first characters of the token, to recognise it.
             * @example prv_Xk3e
             */
            prefix: string;
            scopes: ("dossiers:read" | "dossiers:write" | "evidence:write" | "review:write")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt?: string | null;
            /** Format: date-time */
            revokedAt?: string | null;
        };
        CreateProductDto: {
            /** @example CardioSuivi */
            name: string;
            /** @example 3.2.0 */
            version: string;
            /** @example Télésurveillance des insuffisants cardiaques */
            description?: string;
        };
        ProductDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            name: string;
            version: string;
            description?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ProductPageDto: {
            items: components["schemas"]["ProductDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        CreateDossierDto: {
            /** Format: uuid */
            productId: string;
            /**
             * Format: uuid
             * @description The référentiel version the dossier pins (GET /referentials).
             */
            referentialId: string;
        };
        QuestionStateDto: {
            key: string;
            /** @description Follow-up questions are asked only when their parent answer makes them relevant. */
            asked: boolean;
            answered: boolean;
        };
        CompletenessDto: {
            /** @description Scenarios that apply. */
            applicable: number;
            /** @description Scenarios that ask for something (proofs or a declaration) and have it. */
            satisfied: number;
            /** @description Scenarios that ask for something still missing. */
            missing: number;
        };
        EvidenceSummaryDto: {
            /** Format: uuid */
            id: string;
            version: number;
            sha256: string;
            size: number;
            mediaType: string;
            fileName: string;
            description?: string | null;
            /** Format: date-time */
            uploadedAt: string;
            /** @description Automated pre-check findings (e.g. the FHIR API log analysis); informative, never blocking. */
            findings?: {
                [key: string]: unknown;
            } | null;
        };
        DossierProofDto: {
            /** @example ANN 2.1.2 */
            code: string;
            title: string;
            required: boolean;
            /** @description Why it is (not) required, when an answer or a case decides. */
            reason?: string;
            kinds: ("video" | "screenshot" | "document" | "logs" | "flow")[];
            /** @description Keys of the scenario cases this proof belongs to. */
            cases?: string[];
            evidence: components["schemas"]["EvidenceSummaryDto"][];
        };
        DossierScenarioDto: {
            /** @example IEU 2.1 */
            code: string;
            /** @example IEU 2 */
            requirementCode: string;
            title: string;
            applicable: boolean;
            reasons: string[];
            /** @description Unanswered questions this scenario depends on. */
            pendingQuestions: string[];
            declarationRequired: boolean;
            /** @description The current sworn declaration, if any. */
            declaration: {
                [key: string]: unknown;
            } | null;
            proofs: components["schemas"]["DossierProofDto"][];
            satisfied: boolean;
            /** @description Proof codes still without evidence. */
            missingProofs: string[];
            /** @description A sworn declaration is required and not signed yet. */
            missingDeclaration: boolean;
            /** @enum {string|null} */
            verdict: "accepted" | "changes_requested" | "rejected" | null;
            /** @description The comment of the current verdict. */
            verdictComment?: string | null;
            /** @description The round the current verdict was given in. */
            verdictRound?: number | null;
            /** @description Changes whenever the scenario’s content or verdict does (send it as expectedVersion). */
            version: number;
        };
        DossierDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
            round: number;
            /** Format: uuid */
            organizationId: string;
            /** Format: uuid */
            productId: string;
            /** Format: uuid */
            referentialId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            firstSubmittedAt: string | null;
            /** @description Optimistic-locking version of the dossier. */
            version: number;
            answers: {
                [key: string]: unknown;
            };
            /** @description Which questions are asked (follow-ups only when relevant) and answered. */
            questions: components["schemas"]["QuestionStateDto"][];
            completeness: components["schemas"]["CompletenessDto"];
            scenarios: components["schemas"]["DossierScenarioDto"][];
        };
        DossierListItemDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
            round: number;
            /** Format: uuid */
            organizationId: string;
            /** Format: uuid */
            productId: string;
            /** Format: uuid */
            referentialId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            firstSubmittedAt: string | null;
            /** @description Optimistic-locking version of the dossier. */
            version: number;
            /** @example CardioSuivi */
            productName: string;
            /** @example 3.2.0 */
            productVersion: string;
            /** @description As in GET /dossiers/{id}. */
            completeness: components["schemas"]["CompletenessDto"];
        };
        DossierPageDto: {
            items: components["schemas"]["DossierListItemDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        PutAnswersDto: {
            /**
             * @description Every answer, by question key (the whole set: keys left out are cleared).
             * @example {
             *       "profiles": [
             *         "general",
             *         "patient_access"
             *       ],
             *       "identityRole": "slave",
             *       "insApplicable": false,
             *       "directorySource": "fhir_api",
             *       "patientAccess": "account",
             *       "storesReferringDoctor": true
             *     }
             */
            answers: {
                [key: string]: unknown;
            };
        };
        MissingItemDto: {
            /** @example ANN 2.1 */
            scenario: string;
            /**
             * @description A proof without evidence.
             * @example ANN 2.1.2
             */
            proof?: string;
            /** @description A sworn declaration is required and not signed. */
            declaration?: boolean;
        };
        CompletenessReportDto: {
            /** Format: uuid */
            dossierId: string;
            complete: boolean;
            applicable: number;
            satisfied: number;
            missingScenarios: number;
            /** @description What is missing, in référentiel order. */
            missing: components["schemas"]["MissingItemDto"][];
        };
        SubmissionResultDto: {
            /** @enum {string} */
            status: "submitted";
            round: number;
            /** @description SHA-256 of the canonical JSON of the frozen manifest. */
            manifestSha256: string;
            /** Format: uuid */
            submissionId: string;
            /** Format: date-time */
            submittedAt: string;
        };
        SubmissionDto: {
            /** Format: uuid */
            id: string;
            round: number;
            manifestSha256: string;
            /** Format: date-time */
            submittedAt: string;
            /** @description The frozen manifest itself. */
            manifest: {
                [key: string]: unknown;
            };
        };
        AuditEventDto: {
            /** @description Position in the audit log. */
            seq: string;
            /** Format: date-time */
            occurredAt: string;
            /** @example dossier.answers_changed */
            action: string;
            actorUserId: string | null;
            actorTokenId: string | null;
            data: {
                [key: string]: unknown;
            };
        };
        StatementDto: {
            version: string;
            /** @description The statement, with {placeholders} filled at signing. */
            template: string;
            roles: {
                value?: string;
                label?: string;
            }[];
            justificationMinLength: number;
            justificationMaxLength: number;
        };
        CreateDeclarationDto: {
            /**
             * @description The scenario code (« IEU 7.1 » or « IEU.7.1 »).
             * @example IEU 7.1
             */
            scenario: string;
            /** @example Camille Martin */
            declarantName: string;
            /**
             * @description The legal representative, or a delegate of theirs.
             * @enum {string}
             */
            declarantRole: "legal_representative" | "delegate";
            /** @description Why the scenario does not apply, in full sentences. */
            justification: string;
            /**
             * @description Signing means accepting the statement (GET /declarations/statement); false is refused.
             * @default true
             */
            acceptStatement: boolean;
        };
        DeclarationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dossierId: string;
            /** @example IEU 7.1 */
            scenarioCode: string;
            round: number;
            declarantName: string;
            /** @enum {string} */
            declarantRole: "legal_representative" | "delegate";
            justification: string;
            statementVersion: string;
            /** @description The full statement accepted, as it was shown. */
            statementText: string;
            /** Format: date-time */
            signedAt: string;
            /** @description SHA-256 of the canonical JSON of the declaration (also printed on its PDF). */
            sha256: string;
            /** @description Whether a later declaration for the same scenario supersedes this one. */
            superseded: boolean;
        };
        SignedLinkOptionsDto: {
            /**
             * @description `inline` to show the file in the page (<img>, <video>, a PDF in an <iframe>), `attachment` to download it.
             * @default attachment
             * @enum {string}
             */
            disposition: "inline" | "attachment";
        };
        SignedLinkDto: {
            /**
             * @description Relative to the API origin; opens the file without Authorization until expiresAt. A bearer of the URL can read the file: do not log it or share it.
             * @example /api/v1/evidence/0b6e6c1e-5d0a-4d47-9a57-3c1f2b7a9e10/content?access=1.1767225600.i.u.…
             */
            url: string;
            /**
             * Format: date-time
             * @description When the link stops working; ask for a new one after.
             */
            expiresAt: string;
        };
        EvidenceUploadDto: {
            /**
             * @description The proof code (« ANN 2.1.2 » or « ANN.2.1.2 »).
             * @example ANN 2.1.2
             */
            proof: string;
            /**
             * Format: binary
             * @description The file; its real type is sniffed from its bytes.
             */
            file: string;
            description?: string;
        };
        EvidenceDto: {
            /** Format: uuid */
            id: string;
            version: number;
            sha256: string;
            size: number;
            mediaType: string;
            fileName: string;
            description?: string | null;
            /** Format: date-time */
            uploadedAt: string;
            /** @description Automated pre-check findings (e.g. the FHIR API log analysis); informative, never blocking. */
            findings?: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            dossierId: string;
            /** @example ANN 2.1.2 */
            proofCode: string;
            /** @example ANN 2.1 */
            scenarioCode: string;
            /** @description The dossier round it was uploaded in. */
            round: number;
        };
        QueueVendorDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        QueueProductDto: {
            /** Format: uuid */
            id: string;
            name: string;
            version: string;
        };
        QueueReferentialDto: {
            /** Format: uuid */
            id: string;
            /** @example DMN */
            code: string;
            /** @example 1.2.2 */
            version: string;
        };
        QueueItemDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
            round: number;
            vendor: components["schemas"]["QueueVendorDto"];
            product: components["schemas"]["QueueProductDto"];
            referential: components["schemas"]["QueueReferentialDto"];
            assignedTo?: string | null;
            /** Format: date-time */
            lastSubmittedAt: string;
            /** Format: date-time */
            firstSubmittedAt: string;
            /** @description Seconds since the last submission. */
            waitingSeconds: number;
        };
        QueuePageDto: {
            items: components["schemas"]["QueueItemDto"][];
            nextCursor: string | null;
        };
        QueueProgressDto: {
            /** @description Scenarios to judge in the latest submitted round (applicable, or waived by a declaration). */
            applicable: number;
            /** @description Of those, the ones whose current verdict is an acceptance. */
            accepted: number;
        };
        ReviewSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
            round: number;
            vendor: components["schemas"]["QueueVendorDto"];
            product: components["schemas"]["QueueProductDto"];
            referential: components["schemas"]["QueueReferentialDto"];
            assignedTo?: string | null;
            /** Format: date-time */
            lastSubmittedAt: string;
            /** Format: date-time */
            firstSubmittedAt: string;
            /** @description Seconds since the last submission. */
            waitingSeconds: number;
            /** @description Null before a submission is recorded. */
            progress: components["schemas"]["QueueProgressDto"] | null;
        };
        DossierProgressDto: {
            /** @description Scenarios to judge in the latest submitted round (applicable, or waived by a declaration). */
            applicable: number;
            /** @description Of those, the ones whose current verdict is an acceptance. */
            accepted: number;
            /** Format: uuid */
            dossierId: string;
        };
        ReviewVendorDto: {
            /** Format: uuid */
            id: string;
            /** @example Démo Santé SAS */
            name: string;
            /** @description Its dossiers submitted at least once (whatever their status now). */
            submittedDossiers: number;
        };
        StatusCountDto: {
            /** @enum {string} */
            status: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
            count: number;
        };
        MedianDto: {
            /** @description Median in seconds; null when there is nothing to measure. */
            medianSeconds: number | null;
            /** @description How many durations the median is taken over. */
            count: number;
        };
        FamilyProgressDto: {
            /**
             * @description The family code (the letters of the scenario codes).
             * @example IEU
             */
            family: string;
            /** @description Scenarios to judge, over the latest round of every dossier. */
            total: number;
            /** @description Of those, the ones with a current verdict. */
            judged: number;
            /** @description Of those, the ones accepted. */
            accepted: number;
        };
        ReviewStatsDto: {
            /** @description Dossiers submitted at least once, by status. */
            byStatus: components["schemas"]["StatusCountDto"][];
            /** @description From a round’s submission to its decision, over decided rounds. */
            timeInReview: components["schemas"]["MedianDto"];
            /** @description How long the dossiers now waiting for a reviewer have waited. */
            waiting: components["schemas"]["MedianDto"];
            byFamily: components["schemas"]["FamilyProgressDto"][];
            /** Format: date-time */
            computedAt: string;
        };
        AssignRequestDto: {
            /**
             * Format: uuid
             * @description A reviewer of the authority; null to unassign. Absent: yourself.
             */
            reviewerId?: Record<string, never> | null;
        };
        VerdictRequestDto: {
            /** @enum {string} */
            verdict: "accepted" | "changes_requested" | "rejected";
            comment?: string;
            /** @description The scenario version you looked at (GET /dossiers/{id}); 409 VERSION_CONFLICT when it moved. */
            expectedVersion?: number;
        };
        VerdictDto: {
            /** Format: uuid */
            id: string;
            scenarioCode: string;
            round: number;
            /** @enum {string} */
            verdict: "accepted" | "changes_requested" | "rejected";
            /** @enum {string} */
            subject: "proofs" | "declaration";
            comment?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The scenario version after this verdict. */
            version: number;
            /** @description The dossier status after this verdict. */
            dossierStatus: string;
        };
        DecisionRequestDto: {
            /** @enum {string} */
            decision: "approved" | "changes_requested" | "rejected";
            /** @description Required for a rejection. */
            comment?: string;
        };
        DecisionDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            decision: "approved" | "changes_requested" | "rejected";
            /** @description The round decided on. */
            round: number;
            /** @description The manifest SHA-256 of that round. */
            manifestSha256: string;
            comment?: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
            /** @description The dossier round after the decision (N+1 after a change request). */
            dossierRound: number;
            /** Format: date-time */
            createdAt: string;
        };
        RoundDiffAnswerDto: {
            key: string;
            /** @description Any JSON value. */
            before?: Record<string, never> | null;
            /** @description Any JSON value. */
            after?: Record<string, never> | null;
        };
        RoundDiffApplicabilityDto: {
            scenario: string;
            before?: boolean | null;
            after: boolean;
        };
        RoundDiffEvidenceDto: {
            /** Format: uuid */
            id: string;
            scenarioCode: string;
            proofCode: string;
            version: number;
            sha256: string;
        };
        RoundDiffDeclarationDto: {
            /** Format: uuid */
            id: string;
            scenarioCode: string;
            sha256: string;
        };
        RoundDiffDto: {
            round: number;
            previousRound?: number | null;
            /** @description Answers that changed: key, before, after. */
            answers: components["schemas"]["RoundDiffAnswerDto"][];
            /** @description Scenarios whose applicability changed. */
            applicability: components["schemas"]["RoundDiffApplicabilityDto"][];
            /** @description Evidence versions new in this round. */
            newEvidence: components["schemas"]["RoundDiffEvidenceDto"][];
            /** @description Declarations new in this round. */
            newDeclarations: components["schemas"]["RoundDiffDeclarationDto"][];
            /** @description Scenarios that moved (new evidence, declaration or applicability). */
            changedScenarios: string[];
        };
        CommentDto: {
            /**
             * Format: uuid
             * @description The message id (its first revision).
             */
            id: string;
            scenarioCode: string;
            round: number;
            /** @enum {string} */
            authorSide: "vendor" | "authority";
            authorId?: string | null;
            /** @description The latest revision of the text. */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the latest revision was written.
             */
            updatedAt: string;
            edited: boolean;
            /** @description Earlier texts, oldest first. */
            previousBodies: string[];
        };
        CommentRequestDto: {
            body: string;
        };
        IdentifierCheckDto: {
            /** @enum {string} */
            type: "rpps" | "idnps" | "finess" | "am" | "nir";
            /** @description The value as given. */
            value: string;
            valid: boolean;
            /** @description The canonical form, when valid. */
            normalized?: string;
            /** @description Why it is invalid (French), or a note. */
            reason?: string;
        };
        CreateWebhookDto: {
            /**
             * @description Where events are POSTed: an absolute http(s) URL without credentials, at most 2,000 characters, not this server.
             * @example https://integration.editeur.example/preuve/webhooks
             */
            url: string;
            /**
             * @example [
             *       "dossier.submitted",
             *       "dossier.approved"
             *     ]
             */
            events: ("dossier.submitted" | "dossier.review_started" | "scenario.verdict_given" | "dossier.changes_requested" | "dossier.approved" | "dossier.rejected" | "evidence.uploaded")[];
            /** @example Synchronisation avec notre outil qualité */
            description?: string;
        };
        CreatedWebhookDto: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("dossier.submitted" | "dossier.review_started" | "scenario.verdict_given" | "dossier.changes_requested" | "dossier.approved" | "dossier.rejected" | "evidence.uploaded")[];
            description?: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Set once the endpoint is deleted: it receives nothing more; its log stays.
             */
            disabledAt?: string | null;
            /** @description The signing secret, shown this once. Each delivery carries `Preuve-Signature: t=<unix seconds>,v1=<hex>`, where v1 is HMAC-SHA256 keyed with this secret (its UTF-8 bytes) over `<t>.<raw body>`. */
            secret: string;
        };
        WebhookDto: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("dossier.submitted" | "dossier.review_started" | "scenario.verdict_given" | "dossier.changes_requested" | "dossier.approved" | "dossier.rejected" | "evidence.uploaded")[];
            description?: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Set once the endpoint is deleted: it receives nothing more; its log stays.
             */
            disabledAt?: string | null;
        };
        WebhookDeliveryDto: {
            /**
             * Format: uuid
             * @description Sent as the `Preuve-Delivery` header.
             */
            id: string;
            /**
             * Format: uuid
             * @description The event's id (`id` in the body), the same for every endpoint.
             */
            eventId: string;
            /** @enum {string} */
            eventType: "dossier.submitted" | "dossier.review_started" | "scenario.verdict_given" | "dossier.changes_requested" | "dossier.approved" | "dossier.rejected" | "evidence.uploaded";
            /** Format: uuid */
            dossierId: string;
            /** @description The event's position among the dossier's events: they are delivered in this order. */
            sequence: number;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed" | "cancelled";
            /** @description Attempts made so far. */
            attempts: number;
            /** @description HTTP status of the last attempt. */
            lastStatusCode?: number | null;
            /** @description Why the last attempt failed. */
            lastError?: string | null;
            /** Format: date-time */
            lastAttemptAt?: string | null;
            /** Format: date-time */
            deliveredAt?: string | null;
            /**
             * Format: date-time
             * @description While pending: when the next attempt is due.
             */
            nextAttemptAt?: string | null;
            /** Format: date-time */
            occurredAt: string;
        };
        WebhookDeliveryPageDto: {
            items: components["schemas"]["WebhookDeliveryDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        AuditChainBreakDto: {
            /**
             * @description The seq of the first event where the chain does not hold.
             * @example 1042
             */
            seq: string;
            /**
             * @description hash_mismatch: the event was changed after it was written; prev_hash_mismatch: an event before it was removed or inserted; missing_hash: it was written around the chain.
             * @enum {string}
             */
            reason: "hash_mismatch" | "prev_hash_mismatch" | "missing_hash";
            /**
             * @description The hash (or prev_hash) the chain calls for.
             * @example e3b0c442…
             */
            expected: string;
            /** @description The one stored; null when missing. */
            found: string | null;
        };
        AuditVerificationDto: {
            /** @description Every event is linked to the one before it and hashes to its stored hash. */
            ok: boolean;
            /** @description Events checked: all of them when ok, up to and including the broken one otherwise. */
            checked: number;
            /** @description The first broken link, when not ok. */
            firstBroken?: components["schemas"]["AuditChainBreakDto"];
            /** @description When ok and the log is not empty: the hash of the last event. Kept elsewhere, it also reveals a log rewritten to its end. */
            lastHash?: string;
        };
        ReferentialSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            programme: "DMN" | "SEGUR";
            /** @example DMN */
            code: string;
            /** @example 1.2.2 */
            version: string;
            title: string;
            /** @description SHA-256 (hex) of the canonical JSON of the tree; also the ETag of GET /referentials/{id}. */
            contentHash: string;
        };
        FamilyDto: {
            /** @example ANN */
            code: string;
            title: string;
        };
        ProfileDto: {
            /** @example patient_access */
            code: string;
            /** @example Accès Usager */
            label: string;
        };
        QuestionOptionDto: {
            value: string;
            label: string;
        };
        QuestionDto: {
            /** @example identityRole */
            key: string;
            label: string;
            help?: string;
            /** @enum {string} */
            type: "boolean" | "choice" | "multi_choice";
            options?: components["schemas"]["QuestionOptionDto"][];
            /** @description Asked only when this holds. A JSON Logic expression (jsonlogic.com) over the questionnaire answers. */
            askedWhen?: {
                [key: string]: unknown;
            };
        };
        ConditionDto: {
            /** @description A JSON Logic expression (jsonlogic.com) over the questionnaire answers. */
            rule: {
                [key: string]: unknown;
            };
            notApplicableReason: string;
            applicableReason?: string;
            /** @example FAQ ANS */
            source?: string;
        };
        ScenarioCaseDto: {
            key: string;
            title: string;
            description?: string;
            proofCodes: string[];
        };
        ClarificationDto: {
            text: string;
            /** @example FAQ ANS */
            source: string;
        };
        ProofDto: {
            /** @example ANN 2.1.2 */
            code: string;
            title: string;
            description?: string;
            kinds: ("video" | "screenshot" | "document" | "logs" | "flow")[];
            /** @description Required only when this holds. A JSON Logic expression (jsonlogic.com) over the questionnaire answers. */
            requiredWhen?: {
                [key: string]: unknown;
            };
            requiredReason?: string;
            mediaTypes?: string[];
        };
        ScenarioDto: {
            /** @example ANN 2.1 */
            code: string;
            title: string;
            description?: string;
            /**
             * @example [
             *       "general",
             *       "professional_access"
             *     ]
             */
            profiles: string[];
            conditions?: components["schemas"]["ConditionDto"][];
            declarationRequiredWhenNotApplicable: boolean;
            cases?: components["schemas"]["ScenarioCaseDto"][];
            clarifications?: components["schemas"]["ClarificationDto"][];
            proofs: components["schemas"]["ProofDto"][];
        };
        RequirementDto: {
            /** @example ANN 2 */
            code: string;
            /** @example ANN */
            family: string;
            section: string;
            title: string;
            statement: string;
            /** @enum {string} */
            nature: "DOIT" | "DEVRAIT";
            scenarios: components["schemas"]["ScenarioDto"][];
        };
        ReferentialDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            programme: "DMN" | "SEGUR";
            /** @example DMN */
            code: string;
            /** @example 1.2.2 */
            version: string;
            title: string;
            /** @description SHA-256 (hex) of the canonical JSON of the tree; also the ETag of GET /referentials/{id}. */
            contentHash: string;
            /** @example 2023-02-22 */
            publishedOn?: string;
            /** @description E.g. that the tree is a working copy until the official grid is imported. */
            notice?: string;
            families: components["schemas"]["FamilyDto"][];
            profiles: components["schemas"]["ProfileDto"][];
            questions: components["schemas"]["QuestionDto"][];
            requirements: components["schemas"]["RequirementDto"][];
        };
        ScenarioLookupDto: {
            /** @example ANN 2.1 */
            code: string;
            title: string;
            description?: string;
            /**
             * @example [
             *       "general",
             *       "professional_access"
             *     ]
             */
            profiles: string[];
            conditions?: components["schemas"]["ConditionDto"][];
            declarationRequiredWhenNotApplicable: boolean;
            cases?: components["schemas"]["ScenarioCaseDto"][];
            clarifications?: components["schemas"]["ClarificationDto"][];
            proofs: components["schemas"]["ProofDto"][];
            /** @example ANN 2 */
            requirementCode: string;
            /** Format: uuid */
            referentialId: string;
        };
        AssessRequestDto: {
            /**
             * @description Answers to the questionnaire, by question key.
             * @example {
             *       "profiles": [
             *         "general",
             *         "patient_access"
             *       ],
             *       "identityRole": "slave",
             *       "insApplicable": false,
             *       "patientAccess": "account"
             *     }
             */
            answers: {
                [key: string]: unknown;
            };
        };
        AssessmentCountsDto: {
            scenarios: number;
            applicable: number;
            notApplicable: number;
            declarationsRequired: number;
            pending: number;
        };
        ProofAssessmentDto: {
            code: string;
            title: string;
            kinds: ("video" | "screenshot" | "document" | "logs" | "flow")[];
            required: boolean;
            reason?: string;
        };
        ScenarioAssessmentDto: {
            /** @example IEU 2.1 */
            code: string;
            /** @example IEU 2 */
            requirementCode: string;
            applicable: boolean;
            /**
             * @example [
             *       "Non applicable : la solution est esclave de l'identité (réponse « Rôle vis-à-vis de l'identité » : Esclave)."
             *     ]
             */
            reasons: string[];
            declarationRequired: boolean;
            /** @description Unanswered questions this scenario depends on. */
            pendingQuestions: string[];
            proofs: components["schemas"]["ProofAssessmentDto"][];
        };
        AssessmentResponseDto: {
            /** Format: uuid */
            referentialId: string;
            /** @description The answers taken into account. */
            answers: {
                [key: string]: unknown;
            };
            /** @description Answers dropped because their question is not asked. */
            ignoredAnswers: string[];
            questions: components["schemas"]["QuestionStateDto"][];
            counts: components["schemas"]["AssessmentCountsDto"];
            scenarios: components["schemas"]["ScenarioAssessmentDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INVALID_CREDENTIALS or TOTP_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description INVALID_SESSION */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_enroll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrollmentDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, vendor_member, reviewer, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TOTP_ALREADY_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_activate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpActivateDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_TOTP_CODE or VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, vendor_member, reviewer, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TOTP_ALREADY_ACTIVE or TOTP_NOT_ENROLLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, vendor_member, reviewer, review_lead; API tokens: any scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"][];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, vendor_member, reviewer, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ORGANIZATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"][];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, vendor_member, reviewer, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ORGANIZATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_createUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description WEAK_PASSWORD, ROLE_NOT_ALLOWED or VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ORGANIZATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenDto"][];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ORGANIZATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_createToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiTokenDto"];
                };
            };
            /** @description SCOPE_NOT_ALLOWED or VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ORGANIZATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ORGANIZATION_NOT_FOUND or API_TOKEN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Products_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPageDto"];
                };
            };
            /** @description INVALID_CURSOR or VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Products_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member; API tokens: scope dossiers:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Products_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PRODUCT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Dossiers_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                status?: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierPageDto"];
                };
            };
            /** @description INVALID_CURSOR or VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Dossiers_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDossierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member; API tokens: scope dossiers:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PRODUCT_NOT_FOUND or REFERENTIAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Dossiers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Validator of this version of the view. */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierDto"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Dossiers_putAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutAnswersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierDto"];
                };
            };
            /** @description INVALID_ANSWERS (details.answers names each key) or VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member; API tokens: scope dossiers:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_LOCKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Dossiers_completeness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletenessReportDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Dossiers_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionResultDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member; API tokens: scope dossiers:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_LOCKED (already submitted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_INCOMPLETE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Dossiers_submissionsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDto"][];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Dossiers_audit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventDto"][];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Declarations_statement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, vendor_member, reviewer, review_lead; API tokens: any scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Declarations_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationDto"][];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Declarations_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDeclarationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationDto"];
                };
            };
            /** @description VALIDATION_FAILED or INVALID_CODE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member; API tokens: scope dossiers:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_LOCKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DECLARATION_NOT_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Declarations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DECLARATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Declarations_pdfLink: {
        parameters: {
            query?: {
                /** @description `inline` to show the file in the page (<img>, <video>, a PDF in an <iframe>), `attachment` to download it. */
                disposition?: "inline" | "attachment";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SignedLinkOptionsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedLinkDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DECLARATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Declarations_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description AUTHENTICATION_REQUIRED, INVALID_TOKEN, or INVALID_LINK (a signed link expired, altered, for another file, or whose session ended) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DECLARATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Evidence_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDto"][];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Evidence_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EvidenceUploadDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member; API tokens: scope evidence:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND or PROOF_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_LOCKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE (MAX_UPLOAD_BYTES) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the real content type does not suit the proof */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROOF_NOT_APPLICABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Evidence_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description EVIDENCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Evidence_link: {
        parameters: {
            query?: {
                /** @description `inline` to show the file in the page (<img>, <video>, a PDF in an <iframe>), `attachment` to download it. */
                disposition?: "inline" | "attachment";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SignedLinkOptionsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedLinkDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description EVIDENCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Evidence_content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description AUTHENTICATION_REQUIRED, INVALID_TOKEN, or INVALID_LINK (a signed link expired, altered, for another file, or whose session ended) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description EVIDENCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_queue: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                status?: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
                referentialId?: string;
                /** @description The vendor organisation. */
                vendorId?: string;
                /** @description Last submitted at or after (ISO 8601). */
                submittedFrom?: string;
                /** @description Last submitted before (ISO 8601). */
                submittedTo?: string;
                /** @description A reviewer id, `me`, or `none` for unassigned dossiers. */
                assignee?: string;
                /** @description Only dossiers waiting for the vendor after a change request (true), or the others (false). */
                openChangeRequests?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuePageDto"];
                };
            };
            /** @description VALIDATION_FAILED or INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_item: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewSummaryDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_progress: {
        parameters: {
            query: {
                /** @description Dossier ids, comma-separated (at most 100): those on screen. Ids you cannot see are left out. */
                ids: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierProgressDto"][];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_vendors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewVendorDto"][];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewStatsDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequestDto"];
            };
        };
        responses: {
            /** @description { assignedTo } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: reviewer, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND or USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { status, round } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: reviewer, review_lead; API tokens: scope review:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TRANSITION_REFUSED (names the current state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_verdict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerdictRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerdictDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: reviewer, review_lead; API tokens: scope review:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VERSION_CONFLICT or TRANSITION_REFUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VERDICT_NOT_APPLICABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: reviewer, review_lead; API tokens: scope review:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TRANSITION_REFUSED (names the current state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DECISION_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_diff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                round: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDiffDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND or ROUND_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_comments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"][];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Review_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND, SCENARIO_NOT_FOUND or COMMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Identifiers_validate: {
        parameters: {
            query: {
                type: "rpps" | "idnps" | "finess" | "am" | "nir";
                value: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentifierCheckDto"];
                };
            };
            /** @description UNKNOWN_IDENTIFIER_TYPE or VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, vendor_member, reviewer, review_lead; API tokens: any scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Webhooks_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"][];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ORGANIZATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Webhooks_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookDto"];
                };
            };
            /** @description INVALID_WEBHOOK_URL or VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ORGANIZATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Webhooks_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ORGANIZATION_NOT_FOUND or WEBHOOK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Webhooks_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                orgId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description INVALID_CURSOR or VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ORGANIZATION_NOT_FOUND or WEBHOOK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Audit_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Referentials_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferentialSummaryDto"][];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, vendor_member, reviewer, review_lead; API tokens: any scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Referentials_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferentialDto"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, vendor_member, reviewer, review_lead; API tokens: any scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REFERENTIAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Referentials_scenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioLookupDto"];
                };
            };
            /** @description INVALID_CODE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, vendor_member, reviewer, review_lead; API tokens: any scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REFERENTIAL_NOT_FOUND or SCENARIO_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Referentials_assess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponseDto"];
                };
            };
            /** @description INVALID_ANSWERS, VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: platform_admin, vendor_admin, vendor_member, reviewer, review_lead; API tokens: any scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REFERENTIAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
