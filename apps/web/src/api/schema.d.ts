export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health: the migrations ran and the database answers (kept for existing probes; see /health/ready) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (no dependency checked; restart the instance when it fails) */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and the blob store answers and has room for one more large upload (send no traffic while it fails) */
        get: operations["getReadiness"];
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
        post: operations["login"];
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
        post: operations["refreshSession"];
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
        post: operations["logout"];
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
        post: operations["enrollTotp"];
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
        post: operations["activateTotp"];
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
        get: operations["getMe"];
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
        get: operations["listOrganizations"];
        put?: never;
        /** Creates a vendor or authority organisation (platform admin) */
        post: operations["createOrganization"];
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
        get: operations["getOrganization"];
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
        get: operations["listUsers"];
        put?: never;
        /** Adds a user to an organisation (platform admin, or that organisation's admin) */
        post: operations["createUser"];
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
        get: operations["listApiTokens"];
        put?: never;
        /** Creates an API token for integrations; the token is shown once */
        post: operations["createApiToken"];
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
        delete: operations["revokeApiToken"];
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
        get: operations["listProducts"];
        put?: never;
        /** Declares a product (vendor) */
        post: operations["createProduct"];
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
        get: operations["getProduct"];
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
        /**
         * Dossiers, newest first: a vendor its own; reviewers every dossier submitted at least once
         * @description The ETag changes whenever the answer does: If-None-Match answers 304 while the client has the latest. Gzipped when accepted.
         */
        get: operations["listDossiers"];
        put?: never;
        /** Opens a draft dossier for a product against a référentiel version */
        post: operations["createDossier"];
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
         * @description The ETag changes whenever the answer does: If-None-Match answers 304 while the client has the latest. Gzipped when accepted.
         */
        get: operations["getDossier"];
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
        put: operations["saveAnswers"];
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
        get: operations["getCompleteness"];
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
        post: operations["submitDossier"];
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
        get: operations["listSubmissions"];
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
        get: operations["listDossierAudit"];
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
        get: operations["getDeclarationStatement"];
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
        get: operations["listDeclarations"];
        put?: never;
        /**
         * Signs a sworn declaration that a scenario does not apply (déclaration sur l’honneur)
         * @description Never edited: a new declaration for the same scenario supersedes the previous one, and both are kept.
         */
        post: operations["createDeclaration"];
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
        get: operations["getDeclaration"];
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
        post: operations["createDeclarationPdfLink"];
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
        get: operations["downloadDeclarationPdf"];
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
        get: operations["listEvidence"];
        put?: never;
        /**
         * Uploads evidence for a proof (streamed; a new upload to the same proof is version n+1)
         * @description multipart/form-data with `proof`, `file` and optionally `description`; send `proof` before `file` to be refused early. The real type is sniffed from the bytes and must suit the proof.
         */
        post: operations["uploadEvidence"];
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
        get: operations["getEvidence"];
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
        post: operations["createEvidenceLink"];
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
        get: operations["downloadEvidence"];
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
        /**
         * The reviewer queue: submitted dossiers of every vendor, longest waiting first, filtered
         * @description The ETag changes whenever the answer does: If-None-Match answers 304 while the client has the latest. Gzipped when accepted.
         */
        get: operations["getReviewQueue"];
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
        get: operations["getReviewItem"];
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
        get: operations["getReviewProgress"];
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
        get: operations["listReviewVendors"];
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
        get: operations["getReviewStats"];
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
        post: operations["assignDossier"];
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
        post: operations["startReview"];
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
        put: operations["setVerdict"];
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
        post: operations["decideDossier"];
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
        get: operations["getRoundDiff"];
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
        get: operations["listComments"];
        put?: never;
        /** Posts a message in a scenario’s thread */
        post: operations["postComment"];
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
        put: operations["editComment"];
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
        get: operations["validateIdentifier"];
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
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Registers a webhook endpoint for the organisation's events; the signing secret is shown once
         * @description A vendor's endpoints receive the events of its dossiers; the authority's, those of every submitted dossier. Each event is POSTed as JSON `{ id, type, occurredAt, dossierId, organizationId, data }` with the headers `Preuve-Event`, `Preuve-Delivery` and `Preuve-Signature`; a 2xx within 10 s delivers it, anything else is retried with exponential backoff (up to 12 attempts). A dossier's events arrive in order, at least once.
         */
        post: operations["createWebhook"];
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
        delete: operations["disableWebhook"];
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
        get: operations["listWebhookDeliveries"];
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
        get: operations["verifyAuditChain"];
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
        /** The référentiels, optionally filtered (e.g. ?programme=SEGUR&dispositif=LGC&vague=2) */
        get: operations["listReferentials"];
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
        get: operations["getReferential"];
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
        get: operations["getScenario"];
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
        post: operations["assessApplicability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referentials/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imports the « Exigences » grid (XLSX or CSV) as a new draft version
         * @description Columns are found by their header whatever the order, case or accents; extra columns are ignored. A grid with any bad row is refused whole (422 GRID_INVALID, `details.rows` names every bad row and column as `{ row, column, code, params, message }`: `code` a GRID_* problem code, `message` its English text). OVERLAY_INVALID gives `details.problems` (texts) and `details.overlayProblems` (`{ code, params, message }`). Authority and platform admins only.
         */
        post: operations["importGrid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referentials/{id}/overlay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Attaches a YAML overlay (applicability rules, questionnaire) to a draft, replacing the previous one */
        put: operations["attachOverlay"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referentials/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publishes a draft: from then on it is immutable and dossiers may use it */
        post: operations["publishReferential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referentials/{id}/diff/{otherId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the second version adds, removes and changes relative to the first, at each level */
        get: operations["diffReferentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Moves an open dossier to a newer published version of its référentiel (audited)
         * @description Evidence and declarations follow where their proof or scenario code still exists; the rest is listed in `needsAttention`, with answers the new questionnaire no longer accepts and scenarios that are new or changed.
         */
        post: operations["moveDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/move/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a move to that version would carry and leave needing attention, without moving */
        post: operations["previewDossierMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/administrative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ségur phase 1: the administrative dossier (candidature, charter, eligibility, obsolete versions) */
        get: operations["getAdministrative"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/administrative/candidature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Records the candidature: legal entity (SIREN and SIRET checked by their keys), solution, contact */
        put: operations["saveCandidature"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/administrative/charter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accepts the Charte de référencement (vendor administrators only; a member gets 403)
         * @description Keeps the signatory, role, time and the SHA-256 of the charter text version accepted. A new acceptance adds a row.
         */
        post: operations["acceptCharter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/administrative/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Records the eligibility form (validated against the référentiel’s eligibility questions) */
        put: operations["saveEligibility"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/administrative/obsolete-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Records the declaration of obsolete versions (each with its end dates, or none with a justification) */
        put: operations["saveObsoleteVersions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/administrative/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submits the administrative dossier for review */
        post: operations["submitAdministrative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/administrative/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reviewers: accepts the administrative dossier (phase 2 opens) or sends it back with a comment */
        post: operations["decideAdministrative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referencements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public list of referenced Ségur solutions, newest first (no sign-in), e.g. ?dispositif=LGC */
        get: operations["listReferencements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/referencement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ségur phase 3: the référencement of an approved dossier */
        get: operations["getReferencement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/referencement/attestation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The PDF attestation of référencement (it prints the approved manifest’s SHA-256)
         * @description Content-Digest carries the SHA-256 of the PDF, the same as attestationSha256.
         */
        get: operations["downloadAttestation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referentials/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign dates (jalons) of a Ségur référentiel in force */
        get: operations["getMilestones"];
        /** Sets the campaign dates of a Ségur référentiel (platform admin or review lead); the previous set is kept */
        put: operations["setMilestones"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review lead: extends one milestone for one Ségur dossier (audited) */
        post: operations["grantExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/homologations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every homologation the référentiel asks for: missing, granted or in progress, and whether it holds today */
        get: operations["listHomologations"];
        put?: never;
        /** Records a homologation: granted (number, date, attestation) or in progress (pre-examination attestation or screenshot) */
        post: operations["recordHomologation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referentials/{id}/errata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The errata of a référentiel (FAQ answers amending it), oldest first */
        get: operations["listErrata"];
        put?: never;
        /**
         * Authority: records a dated erratum (reference replaced, requirement withdrawn, alternative proof, clarification)
         * @description Never edited. From effectiveFrom it applies to every dossier not yet decided: a withdrawn requirement needs nothing, an alternative proof is offered.
         */
        post: operations["createErratum"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/hosting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The product's current HDS hosting and its state today (expiring, expired, missing) */
        get: operations["getHosting"];
        /**
         * Declares the product's HDS hosting (vendor): hosts, activities, certificates, or an exemption
         * @description Append-only: each change is a new declaration, the previous ones stay in the history. The same declaration sent again records nothing.
         */
        put: operations["saveHosting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/hosting/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every HDS hosting declaration of the product, newest first */
        get: operations["listHostingHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/hosting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The HDS hosting of the dossier's product, and whether the dossier's référentiel requires it */
        get: operations["getDossierHosting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/grid.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dossier as the ANS « Exigences » grid (XLSX), one row per scenario, the vendor columns filled
         * @description Applicable, status or verdict, justification, and for each proof the file last uploaded with its SHA-256.
         */
        get: operations["exportGrid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/grid.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same grid as CSV: UTF-8 with a byte-order mark, semicolon-separated, one row per scenario
         * @description Cells a spreadsheet would read as a formula start with an apostrophe.
         */
        get: operations["exportGridCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/rounds/{round}/archive.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A submitted round as a verifiable ZIP, streamed
         * @description manifest.json (every file with its SHA-256, and the frozen submission manifest), verify.mjs (run `node verify.mjs` in the unzipped folder: exit 0 when intact, else the first differing file is named), index.html (an offline report), evidence/<scenario>/<proof>/v<n>-<file>, declarations/<scenario>/declaration-<id>.pdf|json.
         */
        get: operations["downloadRoundArchive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identity providers one can sign in with (for the sign-in page) */
        get: operations["listSignInProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts a sign-in with an identity provider (authorization code with PKCE)
         * @description Answers the URL to send the browser to and binds the request to the browser in an HttpOnly cookie; the provider sends the browser back to /connexion/oidc, whose page calls POST /auth/oidc/callback.
         */
        post: operations["startOidcSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts linking an identity provider account to the signed-in user */
        post: operations["startOidcLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Completes a sign-in (or a link) with what the provider sent back: state and code
         * @description The first sign-in of a provider account joins the organisation that invited its e-mail, or that registered its domain. TOTP is asked after the provider only when the user has it active and the provider's authentication was not strong.
         */
        post: operations["completeOidcSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The TOTP step after a provider's sign-in that was not strong (one try) */
        post: operations["completeOidcTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Closes the browser session and answers the provider's logout URL when the session came from one that has it */
        post: operations["oidcLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oidc-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every identity provider, disabled ones included (platform admin) */
        get: operations["listOidcProviders"];
        put?: never;
        /** Configures an OpenID Connect identity provider (platform admin) */
        post: operations["createOidcProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oidc-providers/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disables an identity provider (its links and sign-ins stay on record) */
        delete: operations["disableOidcProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identity provider accounts linked to the signed-in user */
        get: operations["listMyIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/email-domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's e-mail domains (platform admin, or that organisation's admin) */
        get: operations["listEmailDomains"];
        put?: never;
        /** Links an e-mail domain to an organisation: its people join it at their first sign-in with a provider */
        post: operations["addEmailDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's invitations (platform admin, or that organisation's admin) */
        get: operations["listInvitations"];
        put?: never;
        /** Invites an e-mail to join an organisation at its first sign-in with a provider (platform admin, or that organisation's admin) */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user’s notifications, newest first, with the unread count */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many notifications the signed-in user has not read */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks notifications read (those named, or all); others’ ids change nothing */
        post: operations["markNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the signed-in user receives, per kind: by e-mail, in the app */
        get: operations["getNotificationPreferences"];
        /** Changes what the signed-in user receives (the kinds sent; the others stay) */
        put: operations["saveNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Runs the scheduled notifications now: today’s reviewer digest and the deadline reminders due (platform admin; they also run by themselves every 10 minutes). Nothing is written twice. */
        post: operations["runNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/scenarios/{code}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sets the working status of a scenario (with its conformity text or waiver justification)
         * @description Append-only: each change is a new record and the history stays (GET /dossiers/{id}/assessments). The status the evidence suggests is shown beside it, never applied by itself. « a_confirmer » needs a reasonCode.
         */
        put: operations["saveAssessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every working status recorded on the dossier, oldest first (the history) */
        get: operations["listAssessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/remediation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The remediation plan: every action with its current state, overdue ones flagged */
        get: operations["listRemediation"];
        put?: never;
        /** Adds an action to the remediation plan (a past target date is accepted and shows as overdue) */
        post: operations["createRemediation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/remediation/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Moves a remediation action to a new state (recorded as a new state change) */
        patch: operations["updateRemediation"];
        trace?: never;
    };
    "/api/v1/dossiers/{id}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: working statuses per family, what blocks submission, overdue remediation actions */
        get: operations["getReadinessReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/readiness.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The readiness report as a PDF */
        get: operations["downloadReadinessPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/readiness.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The readiness report as a workbook: statuses, blockers, remediation plan */
        get: operations["downloadReadinessXlsx"];
        put?: never;
        post?: never;
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
        ErrorCode: "VALIDATION_FAILED" | "MALFORMED_JSON" | "INVALID_CODE" | "INVALID_ANSWERS" | "INVALID_CURSOR" | "UNKNOWN_IDENTIFIER_TYPE" | "WEAK_PASSWORD" | "ROLE_NOT_ALLOWED" | "SCOPE_NOT_ALLOWED" | "INVALID_TOTP_CODE" | "UPLOAD_INTERRUPTED" | "INVALID_WEBHOOK_URL" | "INPUT_TOO_DEEP" | "INVALID_CHARACTERS" | "INVALID_COMPANY_NUMBER" | "CERTIFICATE_DATES_INVALID" | "HOSTING_INVALID" | "AUTHENTICATION_REQUIRED" | "INVALID_TOKEN" | "INVALID_CREDENTIALS" | "TOTP_REQUIRED" | "INVALID_SESSION" | "INVALID_LINK" | "ACCESS_NOT_DECLARED" | "FORBIDDEN" | "INSUFFICIENT_SCOPE" | "TOTP_ENROLLMENT_REQUIRED" | "CSRF_CHECK_FAILED" | "ROUTE_NOT_FOUND" | "REFERENTIAL_NOT_FOUND" | "SCENARIO_NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "API_TOKEN_NOT_FOUND" | "PRODUCT_NOT_FOUND" | "DOSSIER_NOT_FOUND" | "EVIDENCE_NOT_FOUND" | "DECLARATION_NOT_FOUND" | "PROOF_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "COMMENT_NOT_FOUND" | "ROUND_NOT_FOUND" | "REFERENCEMENT_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "EMAIL_TAKEN" | "TOTP_ALREADY_ACTIVE" | "TOTP_NOT_ENROLLED" | "DOSSIER_LOCKED" | "ALREADY_SUBMITTED" | "SCENARIO_FROZEN" | "VERSION_CONFLICT" | "TRANSITION_REFUSED" | "PHASE_NOT_OPEN" | "DEADLINE_PASSED" | "NOT_SEGUR_DOSSIER" | "NOT_SEGUR_REFERENTIAL" | "PAYLOAD_TOO_LARGE" | "DECLARATION_NOT_REQUIRED" | "PROOF_NOT_APPLICABLE" | "DOSSIER_INCOMPLETE" | "VERDICT_NOT_APPLICABLE" | "DECISION_NOT_ALLOWED" | "ADMINISTRATIVE_INCOMPLETE" | "UNKNOWN_HOMOLOGATION" | "UNKNOWN_MILESTONE" | "UNKNOWN_ERRATUM_TARGET" | "HOSTING_NOT_COMPLIANT" | "RANGE_NOT_SATISFIABLE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "DATABASE_UNAVAILABLE" | "STORAGE_FULL" | "BLOB_STORE_UNAVAILABLE" | "INTERNAL_ERROR" | "GRID_INVALID" | "GRID_TOO_LARGE" | "GRID_UNREADABLE" | "GRID_COMPRESSION_SUSPICIOUS" | "GRID_MIXED_ENCODING" | "OVERLAY_INVALID" | "REFERENTIAL_PUBLISHED" | "REFERENTIAL_VERSION_EXISTS" | "MOVE_REFUSED" | "INVALID_OIDC_PROVIDER" | "INVALID_EMAIL_DOMAIN" | "OIDC_STATE_INVALID" | "OIDC_CODE_REJECTED" | "OIDC_PENDING_INVALID" | "OIDC_ID_TOKEN_INVALID" | "OIDC_DOMAIN_UNKNOWN" | "OIDC_EMAIL_UNVERIFIED" | "OIDC_PROVIDER_NOT_FOUND" | "INVITATION_NOT_FOUND" | "OIDC_ACCOUNT_NOT_LINKED" | "OIDC_IDENTITY_TAKEN" | "EMAIL_DOMAIN_TAKEN" | "OIDC_PROVIDER_UNAVAILABLE" | "UNKNOWN_WORKING_STATUS" | "UNKNOWN_REASON_CODE" | "REASON_CODE_REQUIRED" | "UNKNOWN_REMEDIATION_STATE" | "REMEDIATION_NOT_FOUND";
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
        ReadinessResponse: {
            /** @enum {string} */
            status: "ok";
            /**
             * @description The database answers.
             * @enum {string}
             */
            database: "ok";
            /**
             * @description The blob store answers (BLOB_STORE=s3: the bucket is reachable).
             * @enum {string}
             */
            blobStore: "ok";
            /** @description Free bytes on the file system of the blob store (DATA_DIR); absent for an S3-compatible store. */
            blobStoreFreeBytes?: number;
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
            /**
             * @description The product version the dossier is for; defaults to the product's version.
             * @example 3.2.0
             */
            productVersion?: string;
        };
        QuestionStateDto: {
            key: string;
            /** @description Follow-up questions are asked only when their parent answer makes them relevant. */
            asked: boolean;
            answered: boolean;
            /** @description Whether to show it: false when, for the declared profiles, its answer changes nothing (an answer is still accepted). */
            shown: boolean;
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
            /** @description Automated pre-check findings, informative and never blocking: the Annuaire Santé FHIR API log analysis, or for a flow an HL7 v2 message, IHE XDM archive or CDA document (`check`: `hl7v2`, `xdm`, `cda`) with its patient identifiers and the INS rule. `notes` are codes with parameters (`{ code, params }`). */
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
        ScenarioErratumDto: {
            /**
             * Format: uuid
             * @description Null for a built-in clarification.
             */
            id: string | null;
            /** @enum {string} */
            kind: "reference_replaced" | "requirement_withdrawn" | "alternative_proof" | "clarification";
            /** @example MSS/va2.2.1 */
            target: string;
            /** @description From when it applies. */
            effectiveFrom: string | null;
            /** @example FAQ ANS */
            source: string;
            text: string;
            /** @description A clarification the référentiel itself carries (e.g. the DMN FAQ’s). */
            builtIn: boolean;
            replaced?: string;
            replacement?: string;
        };
        StatusSuggestionDto: {
            /** @enum {string} */
            status: "conforme" | "conforme_a_etayer" | "partiel" | "non_conforme" | "non_applicable" | "a_confirmer";
            /** @enum {string|null} */
            reasonCode: "document_not_provided" | "evidence_ambiguous" | "module_out_of_scope" | "decision_pending" | null;
            /** @description French: why the evidence suggests it. */
            reason: string;
        };
        ScenarioWorkingStatusDto: {
            /** @example ANN 3.1 */
            scenario: string;
            /**
             * @description The vendor’s status (null: none yet).
             * @enum {string|null}
             */
            status: "conforme" | "conforme_a_etayer" | "partiel" | "non_conforme" | "non_applicable" | "a_confirmer" | null;
            /** @enum {string|null} */
            reasonCode: "document_not_provided" | "evidence_ambiguous" | "module_out_of_scope" | "decision_pending" | null;
            conformityText: string | null;
            justification: string | null;
            /** Format: date-time */
            setAt: string | null;
            /** @description How many statuses were recorded (the history: GET …/assessments). */
            changes: number;
            /** @description What the evidence suggests, when it differs from the vendor’s status; never applied by itself. */
            suggestion: components["schemas"]["StatusSuggestionDto"] | null;
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
            /** @description Not applicable because of an answer (not of the declared profiles). */
            waivedByAnswer: boolean;
            /** @description Waived by an answer with no sworn declaration asked: a written justification (PUT …/assessment) is required. */
            justificationRequired: boolean;
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
            /** @description Errata in force and built-in clarifications that concern the scenario, with their source. */
            errata?: components["schemas"]["ScenarioErratumDto"][];
            /** @enum {string|null} */
            verdict: "accepted" | "changes_requested" | "rejected" | null;
            /** @description The comment of the current verdict. */
            verdictComment?: string | null;
            /** @description The round the current verdict was given in. */
            verdictRound?: number | null;
            /** @description Changes whenever the scenario’s content or verdict does (send it as expectedVersion). */
            version: number;
            /** @description The vendor’s working status, conformity text and justification, with what the evidence suggests. */
            assessment: components["schemas"]["ScenarioWorkingStatusDto"];
        };
        DeadlineDto: {
            /** @example proofs_due */
            key: string;
            label: string;
            /**
             * Format: date-time
             * @description When it falls due for this dossier (null: not pending).
             */
            dueAt: string | null;
            /**
             * Format: date-time
             * @description An extension granted by the review lead.
             */
            extendedUntil: string | null;
            /** @description What it guards is done. */
            met: boolean;
            /** @description Not met, and its date (or extension) has passed. */
            late: boolean;
        };
        HomologationDto: {
            /** @example cnda_insi */
            kind: string;
            label: string;
            requirementCodes: string[];
            /** @enum {string} */
            status: "missing" | "granted" | "in_progress";
            number?: string | null;
            grantedOn?: string | null;
            /** Format: uuid */
            evidenceId?: string | null;
            /**
             * Format: date-time
             * @description Until when « in progress » stands in.
             */
            inProgressUntil?: string | null;
            /** @description One of the requirements naming it applies to this dossier. */
            needed: boolean;
            /** @description Whether it holds today. */
            satisfied: boolean;
            /** @description Why not (French). */
            problem?: string | null;
        };
        DossierDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
            /** @enum {string} */
            programme: "DMN" | "SEGUR";
            /**
             * @description Ségur: administrative (phase 1), proofs (phase 2), referenced (phase 3); DMN: proofs.
             * @enum {string}
             */
            phase: "administrative" | "proofs" | "referenced";
            /** @description The product version the dossier is for. */
            productVersion: string | null;
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
            /** @description Ségur: the campaign milestones applied to this dossier (due, met, late, extended). */
            deadlines?: components["schemas"]["DeadlineDto"][];
            /** @description Ségur: the prerequisite homologations and whether each holds today. */
            homologations?: components["schemas"]["HomologationDto"][];
        };
        DossierListItemDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
            /** @enum {string} */
            programme: "DMN" | "SEGUR";
            /**
             * @description Ségur: administrative (phase 1), proofs (phase 2), referenced (phase 3); DMN: proofs.
             * @enum {string}
             */
            phase: "administrative" | "proofs" | "referenced";
            /** @description The product version the dossier is for. */
            productVersion: string | null;
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
            /** @description The référentiel asks for a conformity text on this applicable scenario. */
            conformityText?: boolean;
            /** @description An answer waives this scenario: a written justification is required. */
            justification?: boolean;
            /** @description Partiel or non conforme: a remediation action is required. */
            remediation?: boolean;
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
            /** @description Automated pre-check findings, informative and never blocking: the Annuaire Santé FHIR API log analysis, or for a flow an HL7 v2 message, IHE XDM archive or CDA document (`check`: `hl7v2`, `xdm`, `cda`) with its patient identifiers and the INS rule. `notes` are codes with parameters (`{ code, params }`). */
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
            /** @enum {string} */
            programme: "DMN" | "SEGUR";
            /**
             * @description Ségur: administrative, proofs, referenced; DMN: proofs.
             * @enum {string}
             */
            phase: "administrative" | "proofs" | "referenced";
            /** @example LGC */
            dispositif?: string | null;
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
            /** @enum {string} */
            programme: "DMN" | "SEGUR";
            /**
             * @description Ségur: administrative, proofs, referenced; DMN: proofs.
             * @enum {string}
             */
            phase: "administrative" | "proofs" | "referenced";
            /** @example LGC */
            dispositif?: string | null;
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
            /**
             * @description A published version never changes. Drafts (imported grids not yet published) are listed to authority and platform admins only.
             * @enum {string}
             */
            status: "draft" | "published";
            /** Format: date-time */
            publishedAt?: string | null;
            /**
             * @description Ségur: the couloir.
             * @example MDV
             */
            couloir?: string | null;
            /**
             * @description Ségur: the dispositif.
             * @example LGC
             */
            dispositif?: string | null;
            /**
             * @description Ségur: the vague (wave).
             * @example 2
             */
            vague?: string | null;
        };
        ReferentialDocumentDto: {
            /** @enum {string} */
            kind: "DSR" | "REM" | "AF";
            name: string;
            /** @example 1.1 */
            version: string;
            /** @example 2024-03-15 */
            publishedOn?: string;
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
        CharterDto: {
            /** @example 2024-03 */
            version: string;
            /** @description The text a signatory accepts; its SHA-256 is kept with each acceptance. */
            text: string;
        };
        MilestoneDto: {
            /** @example proofs_due */
            key: string;
            label: string;
            /** @example 2027-06-30T21:59:00Z */
            dueAt?: string;
            /**
             * @description Due this many days after the event it follows.
             * @example 15
             */
            dueAfterDays?: number;
        };
        HomologationRequirementDto: {
            /** @example cnda_insi */
            kind: string;
            label: string;
            /**
             * @example [
             *       "INS/va2.1"
             *     ]
             */
            requirementCodes: string[];
            /**
             * @description Until this milestone, « in progress » stands in.
             * @example proofs_due
             */
            inProgressUntil?: string;
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
            /**
             * @description A published version never changes. Drafts (imported grids not yet published) are listed to authority and platform admins only.
             * @enum {string}
             */
            status: "draft" | "published";
            /** Format: date-time */
            publishedAt?: string | null;
            /**
             * @description Ségur: the couloir.
             * @example MDV
             */
            couloir?: string | null;
            /**
             * @description Ségur: the dispositif.
             * @example LGC
             */
            dispositif?: string | null;
            /**
             * @description Ségur: the vague (wave).
             * @example 2
             */
            vague?: string | null;
            /** @description Ségur: the DSR, REM and AF. */
            documents?: components["schemas"]["ReferentialDocumentDto"][];
            /** @description Ségur: the eligibility form of phase 1. */
            eligibility?: components["schemas"]["QuestionDto"][];
            charter?: components["schemas"]["CharterDto"];
            /** @description As published; GET …/milestones gives those in force. */
            milestones?: components["schemas"]["MilestoneDto"][];
            homologations?: components["schemas"]["HomologationRequirementDto"][];
            /** @example 2023-02-22 */
            publishedOn?: string;
            /** @description E.g. that the tree is a working copy until the official grid is imported. */
            notice?: string;
            families: components["schemas"]["FamilyDto"][];
            profiles: components["schemas"]["ProfileDto"][];
            questions: components["schemas"]["QuestionDto"][];
            requirements: components["schemas"]["RequirementDto"][];
            /** @description Imported versions: what the import read (counts, warnings). */
            importReport?: {
                [key: string]: unknown;
            };
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
            /** @description Not applicable because of an answer (not of the profiles): the waiver needs a written justification. */
            waivedByAnswer: boolean;
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
        ImportGridRequestDto: {
            /**
             * Format: binary
             * @description The grid: XLSX, or CSV (UTF-8 or Windows-1252, comma or semicolon)
             */
            file: string;
            /** @enum {string} */
            programme: "DMN" | "SEGUR";
            /** @example DMN */
            code: string;
            /** @example 1.3.0 */
            version: string;
            /** @example Référentiel DMN 1.3.0 (grille officielle) */
            title: string;
            /** @example médecin de ville */
            couloir?: string;
            /** @example LGC */
            dispositif?: string;
            /** @example 2 */
            vague?: string;
            /** @description YAML overlay: questions, and per scenario or proof code the applicability rules (text, or a file part) */
            overlay?: string;
        };
        ImportReportDto: {
            /** @enum {string} */
            format: "xlsx" | "csv";
            /** @enum {string} */
            encoding?: "utf-8" | "windows-1252";
            /** @enum {string} */
            delimiter?: "," | ";";
            /** @description XLSX: the worksheet read */
            sheet?: string;
            /** @description Data rows read */
            rows: number;
            requirements: number;
            scenarios: number;
            proofs: number;
            /** @description Profile codes found */
            profiles: string[];
            warnings: string[];
        };
        ImportGridResponseDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft";
            report: components["schemas"]["ImportReportDto"];
        };
        OverlayRequestDto: {
            /** @description The YAML overlay; it replaces the one attached before */
            overlay: string;
        };
        ReferentialVersionDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            programme: "DMN" | "SEGUR";
            code: string;
            version: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "published";
            contentHash: string;
            /** Format: date-time */
            publishedAt: string | null;
            report: components["schemas"]["ImportReportDto"] | null;
        };
        LevelCodesDto: {
            /**
             * @example [
             *       "ANN 6"
             *     ]
             */
            requirements: string[];
            /**
             * @example [
             *       "ANN 6.1"
             *     ]
             */
            scenarios: string[];
            /**
             * @example [
             *       "ANN 6.1.1"
             *     ]
             */
            proofs: string[];
        };
        FieldChangeDto: {
            /** @enum {string} */
            level: "requirements" | "scenarios" | "proofs";
            /** @example ANN 2.1 */
            code: string;
            /**
             * @example [
             *       "profiles",
             *       "title"
             *     ]
             */
            fields: string[];
        };
        ReferentialDiffDto: {
            /** Format: uuid */
            from: string;
            /** Format: uuid */
            to: string;
            added: components["schemas"]["LevelCodesDto"];
            removed: components["schemas"]["LevelCodesDto"];
            changed: components["schemas"]["LevelCodesDto"];
            changes: components["schemas"]["FieldChangeDto"][];
        };
        MoveDossierRequestDto: {
            /**
             * Format: uuid
             * @description A newer published version of the same référentiel
             */
            referentialId: string;
        };
        CarriedDto: {
            /** @description Proof codes whose evidence follows */
            evidence: string[];
            /** @description Scenario codes whose declaration follows */
            declarations: string[];
        };
        AttentionItemDto: {
            /** @enum {string} */
            kind: "evidence" | "declaration" | "answer" | "new_scenario" | "changed_scenario";
            /** @example ANN 2.1.2 */
            code: string;
            /** @description French sentence for the vendor */
            reason: string;
        };
        MoveOutcomeDto: {
            /** Format: uuid */
            dossierId: string;
            /** Format: uuid */
            from: string;
            /** Format: uuid */
            to: string;
            carried: components["schemas"]["CarriedDto"];
            needsAttention: components["schemas"]["AttentionItemDto"][];
        };
        AdministrativeGapDto: {
            /** @example charter */
            section: string;
            reason: string;
        };
        AdministrativeDto: {
            /** Format: uuid */
            dossierId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "accepted" | "changes_requested";
            /** @description Administrative rounds submitted so far. */
            round: number;
            /** @description The latest candidature. */
            candidature: Record<string, never> | null;
            /** @description The latest charter acceptance. */
            charter: Record<string, never> | null;
            /** @description The latest eligibility answers. */
            eligibility: Record<string, never> | null;
            /** @description The latest declaration of obsolete versions. */
            obsoleteVersions: Record<string, never> | null;
            /** @description The latest decision, with its comment. */
            decision: Record<string, never> | null;
            /** @description What keeps it from being submitted. */
            missing: components["schemas"]["AdministrativeGapDto"][];
        };
        CandidatureDto: {
            /**
             * @description The legal entity applying.
             * @example Cabinet Logiciels SAS
             */
            legalName: string;
            /**
             * @description SIREN, 9 digits; its Luhn key is checked.
             * @example 732829320
             */
            siren: string;
            /**
             * @description SIRET of the applying establishment; its key is checked.
             * @example 73282932000074
             */
            siret: string;
            /** @example MédiCabinet */
            solutionName: string;
            /** @example 7.4.1 */
            solutionVersion: string;
            /** @example referencement@editeur.example */
            contactEmail: string;
            /** @example Claire Martin */
            contactName?: string;
        };
        CharterAcceptanceDto: {
            /**
             * @description The person empowered to commit the vendor.
             * @example Claire Martin
             */
            signatoryName: string;
            /** @example Présidente */
            signatoryRole: string;
        };
        CharterAcceptedDto: {
            /** Format: date-time */
            acceptedAt: string;
            /** @example 2024-03 */
            charterVersion: string;
            /** @description SHA-256 (hex) of the charter text accepted. */
            charterSha256: string;
            signatoryName: string;
            signatoryRole: string;
        };
        EligibilityDto: {
            /**
             * @description Answers to the référentiel’s eligibility form, by key.
             * @example {
             *       "targetUsers": [
             *         "general_practitioners"
             *       ],
             *       "installedBase": "over_1000",
             *       "referencedInWave1": true
             *     }
             */
            answers: {
                [key: string]: unknown;
            };
        };
        ObsoleteVersionDto: {
            /** @example 6.2 */
            version: string;
            /** @example 2024-12-31 */
            endOfMaintenance?: string;
            /** @example 2024-06-30 */
            endOfSale?: string;
        };
        ObsoleteVersionsDto: {
            /**
             * @description true: no version is obsolete (then say why in justification).
             * @example false
             */
            none: boolean;
            /** @example Une seule version est commercialisée et maintenue depuis 2023. */
            justification?: string;
            /**
             * @example [
             *       {
             *         "version": "6.2",
             *         "endOfMaintenance": "2024-12-31"
             *       }
             *     ]
             */
            versions?: components["schemas"]["ObsoleteVersionDto"][];
        };
        AdministrativeDecisionDto: {
            /**
             * @example accepted
             * @enum {string}
             */
            decision: "accepted" | "changes_requested";
            /** @example Dossier administratif complet. */
            comment?: string;
        };
        ReferencementDto: {
            /** @example SEGUR-LGC-V2-000001 */
            number: string;
            /** Format: date-time */
            grantedAt: string;
            /** Format: uuid */
            referentialId: string;
            /** @example 2.0 */
            referentialVersion: string;
            /** @example MDV */
            couloir: string;
            /** @example LGC */
            dispositif: string;
            /** @example 2 */
            vague: string;
            /** @example Cabinet Logiciels SAS */
            legalName: string;
            /** @example 732829320 */
            siren: string;
            /** @example MédiCabinet */
            solutionName: string;
            /** @example 7.4.1 */
            solutionVersion: string;
            /** @description SHA-256 (hex) of the PDF attestation. */
            attestationSha256: string;
        };
        DossierReferencementDto: {
            /** @example SEGUR-LGC-V2-000001 */
            number: string;
            /** Format: date-time */
            grantedAt: string;
            /** Format: uuid */
            referentialId: string;
            /** @example 2.0 */
            referentialVersion: string;
            /** @example MDV */
            couloir: string;
            /** @example LGC */
            dispositif: string;
            /** @example 2 */
            vague: string;
            /** @example Cabinet Logiciels SAS */
            legalName: string;
            /** @example 732829320 */
            siren: string;
            /** @example MédiCabinet */
            solutionName: string;
            /** @example 7.4.1 */
            solutionVersion: string;
            /** @description SHA-256 (hex) of the PDF attestation. */
            attestationSha256: string;
            /** Format: uuid */
            dossierId: string;
        };
        MilestoneViewDto: {
            /** @example proofs_due */
            key: string;
            label: string;
            dueAt?: string;
            dueAfterDays?: number;
        };
        MilestoneInputDto: {
            /** @example proofs_due */
            key: string;
            /** @example Dépôt du dossier de preuves complet */
            label: string;
            /** @example 2027-06-30T21:59:00Z */
            dueAt?: string;
            /** @example 15 */
            dueAfterDays?: number;
        };
        ExtensionRequestDto: {
            /** @example proofs_due */
            milestone: string;
            /** @example 2027-07-15T21:59:00Z */
            until: string;
            /** @example Homologation CNDA retardée par le centre de test. */
            reason: string;
        };
        ExtensionDto: {
            /** Format: uuid */
            id: string;
            milestone: string;
            /** Format: date-time */
            until: string;
            reason: string;
            /** Format: date-time */
            grantedAt: string;
        };
        HomologationRequestDto: {
            /** @example cnda_insi */
            kind: string;
            /**
             * @example granted
             * @enum {string}
             */
            status: "granted" | "in_progress";
            /**
             * @description Required when granted.
             * @example CNDA-2024-0412
             */
            number?: string;
            /**
             * @description Required when granted.
             * @example 2024-09-12
             */
            grantedOn?: string;
            /**
             * Format: uuid
             * @description Evidence of this dossier: the attestation when granted; the pre-examination attestation or a screenshot of the homologation space when in progress (required then).
             */
            evidenceId?: string;
        };
        AlternativeProofDto: {
            /** @example Archive IHE XDM du document envoyé */
            title: string;
            /**
             * @example [
             *       "flow"
             *     ]
             */
            kinds: ("video" | "screenshot" | "document" | "logs" | "flow")[];
        };
        ErratumDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            referentialId: string;
            /** @enum {string} */
            kind: "reference_replaced" | "requirement_withdrawn" | "alternative_proof" | "clarification";
            target: string;
            /** Format: date-time */
            effectiveFrom: string;
            source: string;
            text: string;
            replaced?: string;
            replacement?: string;
            proof?: components["schemas"]["AlternativeProofDto"];
            /** @description alternative_proof: the code the new proof takes in each scenario it concerns. */
            proofCodes?: string[];
            /** Format: date-time */
            createdAt: string;
        };
        ErratumRequestDto: {
            /**
             * @example requirement_withdrawn
             * @enum {string}
             */
            kind: "reference_replaced" | "requirement_withdrawn" | "alternative_proof" | "clarification";
            /**
             * @description A code of the référentiel, written any accepted way.
             * @example INS/va2.7
             */
            target: string;
            /**
             * @description From when it applies to undecided dossiers.
             * @example 2025-03-12T00:00:00Z
             */
            effectiveFrom: string;
            /** @example FAQ ANS, question 42 */
            source: string;
            /** @example Cette exigence n’est plus exigée pour la vague 2. */
            text: string;
            /**
             * @description reference_replaced: the old reference.
             * @example Guide d’intégration INSi 3.1
             */
            replaced?: string;
            /**
             * @description reference_replaced: the new one.
             * @example Guide d’intégration INSi 3.2
             */
            replacement?: string;
            /** @description alternative_proof: the proof now also accepted. */
            proof?: components["schemas"]["AlternativeProofDto"];
        };
        HdsCertificateDto: {
            /**
             * @description `physical_infrastructure` (hébergeur d’infrastructure physique, activities 1–2) or `managed_services` (hébergeur infogéreur, activities 3–6).
             * @enum {string}
             */
            type: "physical_infrastructure" | "managed_services";
            /** @example HDS-2024-0117 */
            number: string;
            /**
             * @description The certifying body.
             * @example Organisme certificateur accrédité
             */
            body: string;
            /**
             * @description First day of validity, YYYY-MM-DD.
             * @example 2024-03-01
             */
            validFrom: string;
            /**
             * @description Last day of validity, YYYY-MM-DD; not before validFrom.
             * @example 2027-02-28
             */
            validTo: string;
        };
        HdsHostDto: {
            /** @example Hébergeur Santé Nord */
            name: string;
            /**
             * @description The HDS activities this host performs for the product: 1 physical sites, 2 hardware, 3 virtual infrastructure, 4 application hosting platform, 5 administration and operation, 6 backup.
             * @example [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5,
             *       6
             *     ]
             */
            activities: (1 | 2 | 3 | 4 | 5 | 6)[];
            certificates: components["schemas"]["HdsCertificateDto"][];
        };
        HdsExemptionDto: {
            /**
             * @description ght_co_responsible (co-responsible establishment of a GHT, with the amendment), health_insurer_reimbursement, research_not_for_care, disabled_sport_association.
             * @enum {string}
             */
            case: "ght_co_responsible" | "health_insurer_reimbursement" | "research_not_for_care" | "disabled_sport_association";
            /** @example Données collectées pour une étude observationnelle, sans finalité de soin. */
            justification: string;
        };
        PutHostingDto: {
            /** @description Empty when an exemption applies. */
            hosts: components["schemas"]["HdsHostDto"][];
            /** @description The exemption from an HDS host that applies, if any. */
            exemption?: components["schemas"]["HdsExemptionDto"];
        };
        HostingRecordDto: {
            /** Format: uuid */
            id: string;
            hosts: components["schemas"]["HdsHostDto"][];
            exemption: components["schemas"]["HdsExemptionDto"] | null;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
        };
        ActivityCoverageDto: {
            host: string;
            /** @enum {number} */
            activity: 1 | 2 | 3 | 4 | 5 | 6;
            /** @enum {string} */
            requiredType: "physical_infrastructure" | "managed_services";
            certificateNumber: string | null;
            /** @enum {string} */
            state: "valid" | "expiring" | "expired" | "not_yet_valid" | "missing";
        };
        HostingIssueDto: {
            /** @enum {string} */
            kind: "certificate_expired" | "certificate_missing" | "certificate_not_yet_valid" | "certificate_expiring";
            host: string;
            /** @enum {number} */
            activity: 1 | 2 | 3 | 4 | 5 | 6;
            certificateNumber: string | null;
            validTo: string | null;
            /** @description Whether it blocks the submission of a dossier needing HDS hosting. */
            blocking: boolean;
            /** @description In French, for people. */
            message: string;
        };
        HostingDto: {
            /** Format: uuid */
            productId: string;
            /**
             * @description As of now: warning when a certificate ends within 90 days; blocking when one is expired or missing.
             * @enum {string}
             */
            state: "undeclared" | "exempt" | "compliant" | "warning" | "blocking";
            /** @description The current declaration (the latest). */
            current: components["schemas"]["HostingRecordDto"] | null;
            coverage: components["schemas"]["ActivityCoverageDto"][];
            issues: components["schemas"]["HostingIssueDto"][];
        };
        HostingHistoryDto: {
            /** @description Every declaration, newest first. */
            items: components["schemas"]["HostingRecordDto"][];
        };
        DossierHostingDto: {
            /** Format: uuid */
            productId: string;
            /**
             * @description As of now: warning when a certificate ends within 90 days; blocking when one is expired or missing.
             * @enum {string}
             */
            state: "undeclared" | "exempt" | "compliant" | "warning" | "blocking";
            /** @description The current declaration (the latest). */
            current: components["schemas"]["HostingRecordDto"] | null;
            coverage: components["schemas"]["ActivityCoverageDto"][];
            issues: components["schemas"]["HostingIssueDto"][];
            /** Format: uuid */
            dossierId: string;
            /** @description Whether the dossier's référentiel requires HDS hosting for its answers (then blocking issues stop the submission). */
            required: boolean;
            /** @description The requirements that call for it, as the référentiel names them. */
            requirementCodes: string[];
        };
        PublicOidcProviderDto: {
            /** Format: uuid */
            id: string;
            /** @example Pro Santé Connect */
            name: string;
        };
        StartOidcDto: {
            /** Format: uuid */
            providerId: string;
        };
        AuthorizationUrlDto: {
            /** @description Where to send the browser (the provider’s authorization endpoint, with state, nonce and PKCE challenge). */
            authorizationUrl: string;
        };
        OidcCallbackDto: {
            /** @description The `state` the provider sent back. */
            state: string;
            /** @description The authorization code. */
            code?: string;
            /** @description The `iss` parameter of the response (RFC 9207), when the provider sends one. */
            iss?: string;
            /** @description The provider’s error, when it refused (e.g. access_denied). */
            error?: string;
            errorDescription?: string;
        };
        OidcCallbackResponseDto: {
            /**
             * @description `signed_in`: `session` holds the session (as POST /auth/login); `totp_required`: send the code with `pendingToken` to POST /auth/oidc/totp; `linked`: the provider account is now linked to the signed-in user.
             * @enum {string}
             */
            status: "signed_in" | "totp_required" | "linked";
            session?: components["schemas"]["LoginResponseDto"];
            /** @description For the TOTP step; good once, for 5 minutes. */
            pendingToken?: string;
            /** @description The provider’s `acr`. */
            acr?: string | null;
            /** @description The provider’s `amr`. */
            amr: string[];
            /** @description Whether the provider’s authentication counts as strong (TOTP not asked). */
            strong: boolean;
        };
        OidcTotpDto: {
            pendingToken: string;
            /**
             * @description The 6-digit code, or a recovery code.
             * @example 123456
             */
            totp: string;
        };
        OidcLogoutDto: {
            /** @description Where to send the browser to end the provider's session too (RP-initiated logout), when the session came from a provider that supports it. */
            endSessionUrl?: string | null;
        };
        CreateOidcProviderDto: {
            /** @example Pro Santé Connect */
            name: string;
            /**
             * @description The issuer; its discovery document is read at the first sign-in. https, or http on a loopback address.
             * @example https://auth.esw.esante.gouv.fr/auth/realms/esante-wallet
             */
            issuer: string;
            /** @example preuve-client */
            clientId: string;
            /** @description Kept sealed; never shown again. */
            clientSecret: string;
            /**
             * @description Default: openid email profile.
             * @example [
             *       "openid",
             *       "email",
             *       "profile"
             *     ]
             */
            scopes?: string[];
            /**
             * @description Sent as acr_values.
             * @example [
             *       "eidas1"
             *     ]
             */
            acrValues?: string[];
            /**
             * @description acr values that mean strong authentication at this provider: the app's TOTP is then not asked.
             * @example [
             *       "eidas2",
             *       "eidas3"
             *     ]
             */
            strongAcrValues?: string[];
        };
        OidcProviderDto: {
            /** Format: uuid */
            id: string;
            name: string;
            issuer: string;
            clientId: string;
            scopes: string[];
            acrValues: string[];
            strongAcrValues: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            disabledAt?: string | null;
        };
        LinkedIdentityDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            providerId: string;
            providerName: string;
            email?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateEmailDomainDto: {
            /** @example editeur.example */
            domain: string;
            /**
             * @example vendor_member
             * @enum {string}
             */
            role: "platform_admin" | "vendor_admin" | "vendor_member" | "reviewer" | "review_lead";
        };
        EmailDomainDto: {
            /** Format: uuid */
            id: string;
            domain: string;
            /** @enum {string} */
            role: "platform_admin" | "vendor_admin" | "vendor_member" | "reviewer" | "review_lead";
            /** Format: date-time */
            createdAt: string;
        };
        CreateInvitationDto: {
            /** @example camille@editeur.example */
            email: string;
            /**
             * @example vendor_member
             * @enum {string}
             */
            role: "platform_admin" | "vendor_admin" | "vendor_member" | "reviewer" | "review_lead";
        };
        InvitationDto: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "platform_admin" | "vendor_admin" | "vendor_member" | "reviewer" | "review_lead";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            acceptedAt?: string | null;
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "dossier_queued" | "changes_requested" | "decision" | "deadline" | "digest";
            /** Format: uuid */
            dossierId?: string | null;
            /** @description French, one line. */
            title: string;
            /** @description French plain text. */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt?: string | null;
            /** @enum {string} */
            emailStatus: "pending" | "sent" | "skipped" | "failed" | "refused";
        };
        NotificationListDto: {
            items: components["schemas"]["NotificationDto"][];
            /** @description Unread notifications in all. */
            unreadCount: number;
        };
        UnreadCountDto: {
            unreadCount: number;
        };
        MarkReadDto: {
            /** @description The notifications to mark read; absent: all of them. */
            ids?: string[];
        };
        NotificationPreferenceDto: {
            /** @enum {string} */
            kind: "dossier_queued" | "changes_requested" | "decision" | "deadline" | "digest";
            /** @description Receive it by e-mail. */
            email: boolean;
            /** @description Show it in the app. */
            inApp: boolean;
        };
        NotificationPreferencesDto: {
            preferences: components["schemas"]["NotificationPreferenceDto"][];
        };
        ScheduledRunDto: {
            /** @description Digests written (one per reviewer and day at most). */
            digests: number;
            /** @description Deadline reminders written (one per user, deadline and reminder at most). */
            reminders: number;
        };
        PutAssessmentDto: {
            /**
             * @description The working status (an unknown one is 400 UNKNOWN_WORKING_STATUS).
             * @enum {string}
             */
            status: "conforme" | "conforme_a_etayer" | "partiel" | "non_conforme" | "non_applicable" | "a_confirmer";
            /**
             * @description Required with « a_confirmer », refused otherwise (400 UNKNOWN_REASON_CODE / REASON_CODE_REQUIRED).
             * @enum {string|null}
             */
            reasonCode?: "document_not_provided" | "evidence_ambiguous" | "module_out_of_scope" | "decision_pending" | null;
            /** @description How the product meets the scenario, in the vendor’s words. */
            conformityText?: string | null;
            /** @description Why a waived scenario does not apply (required at submission for a scenario an answer waives). */
            justification?: string | null;
        };
        AssessmentRecordDto: {
            /** Format: uuid */
            id: string;
            /** @example ANN 3.1 */
            scenario: string;
            round: number;
            /** @enum {string} */
            status: "conforme" | "conforme_a_etayer" | "partiel" | "non_conforme" | "non_applicable" | "a_confirmer";
            reasonCode: string | null;
            conformityText: string | null;
            justification: string | null;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateRemediationDto: {
            /** @example Ajouter la recherche de correspondants dans l’annuaire */
            title: string;
            /**
             * @description The scenarios the action concerns.
             * @example [
             *       "ANN 3.1"
             *     ]
             */
            scenarios: string[];
            /**
             * @description Estimated effort, in person-days.
             * @example 5
             */
            effort: number;
            /** @example Camille Martin */
            owner: string;
            /**
             * @description YYYY-MM-DD; a past date is accepted and shows as overdue.
             * @example 2027-03-31
             */
            targetDate: string;
        };
        RemediationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dossierId: string;
            title: string;
            scenarios: string[];
            /** @description Person-days. */
            effort: number;
            owner: string;
            /** @example 2027-03-31 */
            targetDate: string;
            /** @enum {string} */
            state: "planned" | "in_progress" | "done" | "cancelled";
            /** @description Open (planned or in progress) and its target date has passed. */
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            stateChangedAt: string;
        };
        PatchRemediationDto: {
            /**
             * @description An unknown state is 400 UNKNOWN_REMEDIATION_STATE.
             * @enum {string}
             */
            state: "planned" | "in_progress" | "done" | "cancelled";
        };
        StatusCountsDto: {
            conforme: number;
            conforme_a_etayer: number;
            partiel: number;
            non_conforme: number;
            non_applicable: number;
            a_confirmer: number;
            /** @description Applicable scenarios without a working status yet. */
            unset: number;
        };
        FamilyReadinessDto: {
            /** @example ANN */
            family: string;
            title: string;
            byStatus: components["schemas"]["StatusCountsDto"];
        };
        BlockingItemDto: {
            /** @example ANN 3.1 */
            scenario: string;
            /** @enum {string} */
            kind: "proof" | "declaration" | "conformityText" | "justification" | "remediation";
            /** @example ANN 3.1.2 */
            proof?: string;
            /** @description French: what to do. */
            message: string;
        };
        OverdueActionDto: {
            /** Format: uuid */
            id: string;
            title: string;
            owner: string;
            targetDate: string;
            scenarios: string[];
            daysLate: number;
        };
        ReadinessDto: {
            /** Format: uuid */
            dossierId: string;
            /** @description Nothing blocks submission. */
            ready: boolean;
            byStatus: components["schemas"]["StatusCountsDto"];
            byFamily: components["schemas"]["FamilyReadinessDto"][];
            /** @description What blocks submission, in référentiel order. */
            blocking: components["schemas"]["BlockingItemDto"][];
            overdue: components["schemas"]["OverdueActionDto"][];
            /** @description Applicable scenarios still « à confirmer » or without a status. */
            unsettled: number;
            /** @description Effort of the open actions, in person-days. */
            openEffort: number;
            /** @example 2026-12-05 */
            asOf: string;
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
    getHealth: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
    getLiveness: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReadiness: {
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
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE, BLOB_STORE_UNAVAILABLE or STORAGE_FULL */
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
    login: {
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
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    refreshSession: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
    logout: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    enrollTotp: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    activateTotp: {
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
            /** @description INVALID_TOTP_CODE or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getMe: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listOrganizations: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createOrganization: {
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
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getOrganization: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listUsers: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createUser: {
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
            /** @description WEAK_PASSWORD, ROLE_NOT_ALLOWED or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listApiTokens: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createApiToken: {
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
            /** @description SCOPE_NOT_ALLOWED or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    revokeApiToken: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listProducts: {
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
            /** @description INVALID_CURSOR or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createProduct: {
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
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getProduct: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listDossiers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                status?: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
                programme?: "DMN" | "SEGUR";
                /** @description Ségur: where the procedure stands. */
                phase?: "administrative" | "proofs" | "referenced";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Validator of this version of the answer. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierPageDto"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_CURSOR or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createDossier: {
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
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getDossier: {
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
                    /** @description Validator of this version of the answer. */
                    ETag?: string;
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    saveAnswers: {
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
            /** @description INVALID_ANSWERS (details.answers names each key) or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getCompleteness: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    submitDossier: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listSubmissions: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listDossierAudit: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getDeclarationStatement: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listDeclarations: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createDeclaration: {
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
            /** @description VALIDATION_FAILED or INVALID_CODE; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getDeclaration: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createDeclarationPdfLink: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    downloadDeclarationPdf: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
    listEvidence: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    uploadEvidence: {
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
            /** @description VALIDATION_FAILED (no proof, no file, an empty file, two files) or INVALID_CODE (not a proof code); also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getEvidence: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createEvidenceLink: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    downloadEvidence: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
    getReviewQueue: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                status?: "draft" | "submitted" | "in_review" | "changes_requested" | "approved" | "rejected";
                referentialId?: string;
                /** @description The vendor organisation. */
                vendorId?: string;
                programme?: "DMN" | "SEGUR";
                /** @description Ségur: where the procedure stands. */
                phase?: "administrative" | "proofs" | "referenced";
                /** @description Ségur: the dispositif of the référentiel. */
                dispositif?: string;
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
                    /** @description Validator of this version of the answer. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuePageDto"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_CURSOR or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getReviewItem: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getReviewProgress: {
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
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listReviewVendors: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getReviewStats: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    assignDossier: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    startReview: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    setVerdict: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    decideDossier: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getRoundDiff: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listComments: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    postComment: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    editComment: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    validateIdentifier: {
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
            /** @description UNKNOWN_IDENTIFIER_TYPE or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listWebhooks: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createWebhook: {
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
            /** @description INVALID_WEBHOOK_URL or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    disableWebhook: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listWebhookDeliveries: {
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
            /** @description INVALID_CURSOR or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    verifyAuditChain: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listReferentials: {
        parameters: {
            query?: {
                programme?: "DMN" | "SEGUR";
                couloir?: string;
                dispositif?: string;
                vague?: string;
                status?: "draft" | "published";
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
                    "application/json": components["schemas"]["ReferentialSummaryDto"][];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getReferential: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getScenario: {
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
            /** @description INVALID_CODE; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    assessApplicability: {
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
            /** @description INVALID_ANSWERS, VALIDATION_FAILED or MALFORMED_JSON; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    importGrid: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportGridRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportGridResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (missing or bad fields); also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description Allowed — roles: platform_admin, review_lead; no API token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description REFERENTIAL_VERSION_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GRID_TOO_LARGE (MAX_GRID_BYTES, 10 MiB by default) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: not multipart */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GRID_INVALID, GRID_UNREADABLE, GRID_COMPRESSION_SUSPICIOUS (a ZIP bomb), GRID_MIXED_ENCODING or OVERLAY_INVALID */
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
    attachOverlay: {
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
                "application/json": components["schemas"]["OverlayRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferentialVersionDto"];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description Allowed — roles: platform_admin, review_lead; no API token */
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
            /** @description REFERENTIAL_PUBLISHED: a published version never changes */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OVERLAY_INVALID, with every problem: `details.problems` (texts), `details.overlayProblems` (`{ code, params, message }`) */
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
    publishReferential: {
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
                    "application/json": components["schemas"]["ReferentialVersionDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description Allowed — roles: platform_admin, review_lead; no API token */
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
            /** @description REFERENTIAL_PUBLISHED: already published */
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
    diffReferentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The version compared from */
                id: string;
                /** @description The version compared to */
                otherId: string;
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
                    "application/json": components["schemas"]["ReferentialDiffDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description REFERENTIAL_NOT_FOUND (drafts too, except for admins) */
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
    moveDossier: {
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
                "application/json": components["schemas"]["MoveDossierRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveOutcomeDto"];
                };
            };
            /** @description VALIDATION_FAILED or MALFORMED_JSON; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description DOSSIER_NOT_FOUND or REFERENTIAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_LOCKED (not open), MOVE_REFUSED (another référentiel, or not a newer version) */
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
    previewDossierMove: {
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
                "application/json": components["schemas"]["MoveDossierRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveOutcomeDto"];
                };
            };
            /** @description VALIDATION_FAILED or MALFORMED_JSON; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description DOSSIER_NOT_FOUND or REFERENTIAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_LOCKED or MOVE_REFUSED */
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
    getAdministrative: {
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
                    "application/json": components["schemas"]["AdministrativeDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_SEGUR_DOSSIER */
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
    saveCandidature: {
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
                "application/json": components["schemas"]["CandidatureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdministrativeDto"];
                };
            };
            /** @description INVALID_COMPANY_NUMBER (details.field is siren or siret) or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description NOT_SEGUR_DOSSIER (a DMN dossier), DOSSIER_LOCKED (submitted or accepted) */
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
    acceptCharter: {
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
                "application/json": components["schemas"]["CharterAcceptanceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterAcceptedDto"];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description Allowed — roles: vendor_admin; no API token */
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
            /** @description NOT_SEGUR_DOSSIER (a DMN dossier), DOSSIER_LOCKED (submitted or accepted) */
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
    saveEligibility: {
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
                "application/json": components["schemas"]["EligibilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdministrativeDto"];
                };
            };
            /** @description INVALID_ANSWERS (details.answers names each key); also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description NOT_SEGUR_DOSSIER (a DMN dossier), DOSSIER_LOCKED (submitted or accepted) */
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
    saveObsoleteVersions: {
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
                "application/json": components["schemas"]["ObsoleteVersionsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdministrativeDto"];
                };
            };
            /** @description VALIDATION_FAILED (details.problems); also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description NOT_SEGUR_DOSSIER (a DMN dossier), DOSSIER_LOCKED (submitted or accepted) */
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
    submitAdministrative: {
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
                    "application/json": components["schemas"]["AdministrativeDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description NOT_SEGUR_DOSSIER (a DMN dossier), DOSSIER_LOCKED (submitted or accepted), DEADLINE_PASSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ADMINISTRATIVE_INCOMPLETE (details.missing) */
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
    decideAdministrative: {
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
                "application/json": components["schemas"]["AdministrativeDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdministrativeDto"];
                };
            };
            /** @description VALIDATION_FAILED (a change request needs a comment); also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description NOT_SEGUR_DOSSIER, TRANSITION_REFUSED (not submitted) */
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
    listReferencements: {
        parameters: {
            query?: {
                dispositif?: string;
                vague?: string;
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
                    "application/json": components["schemas"]["ReferencementDto"][];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReferencement: {
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
                    "application/json": components["schemas"]["DossierReferencementDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description DOSSIER_NOT_FOUND or REFERENCEMENT_NOT_FOUND */
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
    downloadAttestation: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description DOSSIER_NOT_FOUND or REFERENCEMENT_NOT_FOUND */
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
    getMilestones: {
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
                    "application/json": components["schemas"]["MilestoneViewDto"][];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description NOT_SEGUR_REFERENTIAL */
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
    setMilestones: {
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
                "application/json": components["schemas"]["MilestoneInputDto"][];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneViewDto"][];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description Allowed — roles: platform_admin, review_lead; no API token */
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
            /** @description NOT_SEGUR_REFERENTIAL */
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
    grantExtension: {
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
                "application/json": components["schemas"]["ExtensionRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionDto"];
                };
            };
            /** @description VALIDATION_FAILED (until in the past…); also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description Allowed — roles: review_lead; no API token */
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
            /** @description NOT_SEGUR_DOSSIER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNKNOWN_MILESTONE */
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
    listHomologations: {
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
                    "application/json": components["schemas"]["HomologationDto"][];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_SEGUR_DOSSIER */
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
    recordHomologation: {
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
                "application/json": components["schemas"]["HomologationRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomologationDto"];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description DOSSIER_NOT_FOUND or EVIDENCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_SEGUR_DOSSIER, PHASE_NOT_OPEN, DOSSIER_LOCKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNKNOWN_HOMOLOGATION */
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
    listErrata: {
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
                    "application/json": components["schemas"]["ErratumDto"][];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createErratum: {
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
                "application/json": components["schemas"]["ErratumRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErratumDto"];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description Allowed — roles: platform_admin, reviewer, review_lead; API tokens: scope review:write */
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
            /** @description UNKNOWN_ERRATUM_TARGET */
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
    getHosting: {
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
                    "application/json": components["schemas"]["HostingDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    saveHosting: {
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
                "application/json": components["schemas"]["PutHostingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostingDto"];
                };
            };
            /** @description VALIDATION_FAILED, CERTIFICATE_DATES_INVALID (a certificate ends before it starts) or HOSTING_INVALID; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listHostingHistory: {
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
                    "application/json": components["schemas"]["HostingHistoryDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    getDossierHosting: {
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
                    "application/json": components["schemas"]["DossierHostingDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    exportGrid: {
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
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportGridCsv: {
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
            /** @description The grid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    downloadRoundArchive: {
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
            /** @description The archive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description VALIDATION_FAILED (round is not a round number); also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description AUTHENTICATION_REQUIRED or INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND or ROUND_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSignInProviders: {
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
                    "application/json": components["schemas"]["PublicOidcProviderDto"][];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    startOidcSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartOidcDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationUrlDto"];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OIDC_PROVIDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OIDC_PROVIDER_UNAVAILABLE */
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
    startOidcLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartOidcDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationUrlDto"];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description OIDC_PROVIDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OIDC_PROVIDER_UNAVAILABLE */
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
    completeOidcSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcCallbackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcCallbackResponseDto"];
                };
            };
            /** @description OIDC_STATE_INVALID (forged, replayed, expired or from another browser), OIDC_CODE_REJECTED, VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OIDC_ID_TOKEN_INVALID (signature by an unknown key, wrong nonce, issuer, audience, expiry) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OIDC_DOMAIN_UNKNOWN or OIDC_EMAIL_UNVERIFIED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OIDC_ACCOUNT_NOT_LINKED or OIDC_IDENTITY_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description OIDC_PROVIDER_UNAVAILABLE */
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
    completeOidcTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcTotpDto"];
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
            /** @description OIDC_PENDING_INVALID or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INVALID_CREDENTIALS */
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
    oidcLogout: {
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
                    "application/json": components["schemas"]["OidcLogoutDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listOidcProviders: {
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
                    "application/json": components["schemas"]["OidcProviderDto"][];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createOidcProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOidcProviderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcProviderDto"];
                };
            };
            /** @description INVALID_OIDC_PROVIDER or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    disableOidcProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description OIDC_PROVIDER_NOT_FOUND */
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
    listMyIdentities: {
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
                    "application/json": components["schemas"]["LinkedIdentityDto"][];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
        };
    };
    listEmailDomains: {
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
                    "application/json": components["schemas"]["EmailDomainDto"][];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    addEmailDomain: {
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
                "application/json": components["schemas"]["CreateEmailDomainDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDomainDto"];
                };
            };
            /** @description INVALID_EMAIL_DOMAIN, ROLE_NOT_ALLOWED or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description ORGANIZATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description EMAIL_DOMAIN_TAKEN */
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
    listInvitations: {
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
                    "application/json": components["schemas"]["InvitationDto"][];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    inviteUser: {
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
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listNotifications: {
        parameters: {
            query?: {
                limit?: number;
                /** @description true: only the unread ones. */
                unread?: string;
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
                    "application/json": components["schemas"]["NotificationListDto"];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
        };
    };
    countUnreadNotifications: {
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
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
        };
    };
    markNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkReadDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
        };
    };
    getNotificationPreferences: {
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
                    "application/json": components["schemas"]["NotificationPreferenceDto"][];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
        };
    };
    saveNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferenceDto"][];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
        };
    };
    runNotifications: {
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
                    "application/json": components["schemas"]["ScheduledRunDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    saveAssessment: {
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
                "application/json": components["schemas"]["PutAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioWorkingStatusDto"];
                };
            };
            /** @description UNKNOWN_WORKING_STATUS, UNKNOWN_REASON_CODE, REASON_CODE_REQUIRED, VALIDATION_FAILED or INVALID_CODE; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description DOSSIER_LOCKED or SCENARIO_FROZEN */
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
    listAssessments: {
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
                    "application/json": components["schemas"]["AssessmentRecordDto"][];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    listRemediation: {
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
                    "application/json": components["schemas"]["RemediationDto"][];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    createRemediation: {
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
                "application/json": components["schemas"]["CreateRemediationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationDto"];
                };
            };
            /** @description VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
        };
    };
    updateRemediation: {
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
                "application/json": components["schemas"]["PatchRemediationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationDto"];
                };
            };
            /** @description UNKNOWN_REMEDIATION_STATE or VALIDATION_FAILED; also INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description REMEDIATION_NOT_FOUND */
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
    getReadinessReport: {
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
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
    downloadReadinessPdf: {
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
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
            /** @description DOSSIER_NOT_FOUND */
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
    downloadReadinessXlsx: {
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
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), INPUT_TOO_DEEP or MALFORMED_JSON */
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed — roles: vendor_admin, vendor_member, reviewer, review_lead; API tokens: scope dossiers:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
