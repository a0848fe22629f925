/** Every error code the API answers with. Clients may switch on these; never rename one. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedJson = 'MALFORMED_JSON',
  InvalidCode = 'INVALID_CODE',
  InvalidAnswers = 'INVALID_ANSWERS',
  InvalidCursor = 'INVALID_CURSOR',
  UnknownIdentifierType = 'UNKNOWN_IDENTIFIER_TYPE',
  WeakPassword = 'WEAK_PASSWORD',
  RoleNotAllowed = 'ROLE_NOT_ALLOWED',
  ScopeNotAllowed = 'SCOPE_NOT_ALLOWED',
  InvalidTotpCode = 'INVALID_TOTP_CODE',
  UploadInterrupted = 'UPLOAD_INTERRUPTED',
  InvalidWebhookUrl = 'INVALID_WEBHOOK_URL',
  InputTooDeep = 'INPUT_TOO_DEEP',
  InvalidCharacters = 'INVALID_CHARACTERS',
  InvalidCompanyNumber = 'INVALID_COMPANY_NUMBER',
  CertificateDatesInvalid = 'CERTIFICATE_DATES_INVALID',
  HostingInvalid = 'HOSTING_INVALID',
  AuthenticationRequired = 'AUTHENTICATION_REQUIRED',
  InvalidToken = 'INVALID_TOKEN',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TotpRequired = 'TOTP_REQUIRED',
  InvalidSession = 'INVALID_SESSION',
  InvalidLink = 'INVALID_LINK',
  AccessNotDeclared = 'ACCESS_NOT_DECLARED',
  Forbidden = 'FORBIDDEN',
  InsufficientScope = 'INSUFFICIENT_SCOPE',
  TotpEnrollmentRequired = 'TOTP_ENROLLMENT_REQUIRED',
  CsrfCheckFailed = 'CSRF_CHECK_FAILED',
  RouteNotFound = 'ROUTE_NOT_FOUND',
  ReferentialNotFound = 'REFERENTIAL_NOT_FOUND',
  ScenarioNotFound = 'SCENARIO_NOT_FOUND',
  OrganizationNotFound = 'ORGANIZATION_NOT_FOUND',
  UserNotFound = 'USER_NOT_FOUND',
  ApiTokenNotFound = 'API_TOKEN_NOT_FOUND',
  ProductNotFound = 'PRODUCT_NOT_FOUND',
  DossierNotFound = 'DOSSIER_NOT_FOUND',
  EvidenceNotFound = 'EVIDENCE_NOT_FOUND',
  DeclarationNotFound = 'DECLARATION_NOT_FOUND',
  ProofNotFound = 'PROOF_NOT_FOUND',
  WebhookNotFound = 'WEBHOOK_NOT_FOUND',
  CommentNotFound = 'COMMENT_NOT_FOUND',
  RoundNotFound = 'ROUND_NOT_FOUND',
  ReferencementNotFound = 'REFERENCEMENT_NOT_FOUND',
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  EmailTaken = 'EMAIL_TAKEN',
  TotpAlreadyActive = 'TOTP_ALREADY_ACTIVE',
  TotpNotEnrolled = 'TOTP_NOT_ENROLLED',
  DossierLocked = 'DOSSIER_LOCKED',
  AlreadySubmitted = 'ALREADY_SUBMITTED',
  ScenarioFrozen = 'SCENARIO_FROZEN',
  VersionConflict = 'VERSION_CONFLICT',
  TransitionRefused = 'TRANSITION_REFUSED',
  PhaseNotOpen = 'PHASE_NOT_OPEN',
  DeadlinePassed = 'DEADLINE_PASSED',
  NotSegurDossier = 'NOT_SEGUR_DOSSIER',
  NotSegurReferential = 'NOT_SEGUR_REFERENTIAL',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  DeclarationNotRequired = 'DECLARATION_NOT_REQUIRED',
  ProofNotApplicable = 'PROOF_NOT_APPLICABLE',
  DossierIncomplete = 'DOSSIER_INCOMPLETE',
  VerdictNotApplicable = 'VERDICT_NOT_APPLICABLE',
  DecisionNotAllowed = 'DECISION_NOT_ALLOWED',
  AdministrativeIncomplete = 'ADMINISTRATIVE_INCOMPLETE',
  UnknownHomologation = 'UNKNOWN_HOMOLOGATION',
  UnknownMilestone = 'UNKNOWN_MILESTONE',
  UnknownErratumTarget = 'UNKNOWN_ERRATUM_TARGET',
  HostingNotCompliant = 'HOSTING_NOT_COMPLIANT',
  RangeNotSatisfiable = 'RANGE_NOT_SATISFIABLE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  RateLimited = 'RATE_LIMITED',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  StorageFull = 'STORAGE_FULL',
  BlobStoreUnavailable = 'BLOB_STORE_UNAVAILABLE',
  InternalError = 'INTERNAL_ERROR',
  GridInvalid = 'GRID_INVALID',
  GridTooLarge = 'GRID_TOO_LARGE',
  GridUnreadable = 'GRID_UNREADABLE',
  GridCompressionSuspicious = 'GRID_COMPRESSION_SUSPICIOUS',
  GridMixedEncoding = 'GRID_MIXED_ENCODING',
  OverlayInvalid = 'OVERLAY_INVALID',
  ReferentialPublished = 'REFERENTIAL_PUBLISHED',
  ReferentialVersionExists = 'REFERENTIAL_VERSION_EXISTS',
  MoveRefused = 'MOVE_REFUSED',
  InvalidOidcProvider = 'INVALID_OIDC_PROVIDER',
  InvalidEmailDomain = 'INVALID_EMAIL_DOMAIN',
  OidcStateInvalid = 'OIDC_STATE_INVALID',
  OidcCodeRejected = 'OIDC_CODE_REJECTED',
  OidcPendingInvalid = 'OIDC_PENDING_INVALID',
  OidcIdTokenInvalid = 'OIDC_ID_TOKEN_INVALID',
  OidcDomainUnknown = 'OIDC_DOMAIN_UNKNOWN',
  OidcEmailUnverified = 'OIDC_EMAIL_UNVERIFIED',
  OidcProviderNotFound = 'OIDC_PROVIDER_NOT_FOUND',
  InvitationNotFound = 'INVITATION_NOT_FOUND',
  OidcAccountNotLinked = 'OIDC_ACCOUNT_NOT_LINKED',
  OidcIdentityTaken = 'OIDC_IDENTITY_TAKEN',
  EmailDomainTaken = 'EMAIL_DOMAIN_TAKEN',
  OidcProviderUnavailable = 'OIDC_PROVIDER_UNAVAILABLE',
  UnknownWorkingStatus = 'UNKNOWN_WORKING_STATUS',
  UnknownReasonCode = 'UNKNOWN_REASON_CODE',
  ReasonCodeRequired = 'REASON_CODE_REQUIRED',
  UnknownRemediationState = 'UNKNOWN_REMEDIATION_STATE',
  RemediationNotFound = 'REMEDIATION_NOT_FOUND',
}

/** The HTTP status of each code: one exhaustive switch, so a new code cannot be forgotten. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.MalformedJson:
    case ErrorCode.InvalidCode:
    case ErrorCode.InvalidAnswers:
    case ErrorCode.InvalidCursor:
    case ErrorCode.UnknownIdentifierType:
    case ErrorCode.WeakPassword:
    case ErrorCode.RoleNotAllowed:
    case ErrorCode.ScopeNotAllowed:
    case ErrorCode.InvalidTotpCode:
    case ErrorCode.UploadInterrupted:
    case ErrorCode.InvalidWebhookUrl:
    case ErrorCode.InputTooDeep:
    case ErrorCode.InvalidCharacters:
    case ErrorCode.InvalidCompanyNumber:
    case ErrorCode.CertificateDatesInvalid:
    case ErrorCode.HostingInvalid:
    case ErrorCode.InvalidOidcProvider:
    case ErrorCode.InvalidEmailDomain:
    case ErrorCode.OidcStateInvalid:
    case ErrorCode.OidcCodeRejected:
    case ErrorCode.OidcPendingInvalid:
    case ErrorCode.UnknownWorkingStatus:
    case ErrorCode.UnknownReasonCode:
    case ErrorCode.ReasonCodeRequired:
    case ErrorCode.UnknownRemediationState:
      return 400;
    case ErrorCode.AuthenticationRequired:
    case ErrorCode.InvalidToken:
    case ErrorCode.InvalidCredentials:
    case ErrorCode.TotpRequired:
    case ErrorCode.InvalidSession:
    case ErrorCode.InvalidLink:
    case ErrorCode.OidcIdTokenInvalid:
      return 401;
    case ErrorCode.AccessNotDeclared:
    case ErrorCode.Forbidden:
    case ErrorCode.InsufficientScope:
    case ErrorCode.TotpEnrollmentRequired:
    case ErrorCode.CsrfCheckFailed:
    case ErrorCode.OidcDomainUnknown:
    case ErrorCode.OidcEmailUnverified:
      return 403;
    case ErrorCode.RouteNotFound:
    case ErrorCode.ReferentialNotFound:
    case ErrorCode.ScenarioNotFound:
    case ErrorCode.OrganizationNotFound:
    case ErrorCode.UserNotFound:
    case ErrorCode.ApiTokenNotFound:
    case ErrorCode.ProductNotFound:
    case ErrorCode.DossierNotFound:
    case ErrorCode.EvidenceNotFound:
    case ErrorCode.DeclarationNotFound:
    case ErrorCode.ProofNotFound:
    case ErrorCode.WebhookNotFound:
    case ErrorCode.CommentNotFound:
    case ErrorCode.RoundNotFound:
    case ErrorCode.ReferencementNotFound:
    case ErrorCode.OidcProviderNotFound:
    case ErrorCode.InvitationNotFound:
    case ErrorCode.RemediationNotFound:
      return 404;
    case ErrorCode.MethodNotAllowed:
      return 405;
    case ErrorCode.EmailTaken:
    case ErrorCode.TotpAlreadyActive:
    case ErrorCode.TotpNotEnrolled:
    case ErrorCode.DossierLocked:
    case ErrorCode.AlreadySubmitted:
    case ErrorCode.ScenarioFrozen:
    case ErrorCode.VersionConflict:
    case ErrorCode.TransitionRefused:
    case ErrorCode.ReferentialPublished:
    case ErrorCode.ReferentialVersionExists:
    case ErrorCode.MoveRefused:
    case ErrorCode.PhaseNotOpen:
    case ErrorCode.DeadlinePassed:
    case ErrorCode.NotSegurDossier:
    case ErrorCode.NotSegurReferential:
    case ErrorCode.OidcAccountNotLinked:
    case ErrorCode.OidcIdentityTaken:
    case ErrorCode.EmailDomainTaken:
      return 409;
    case ErrorCode.PayloadTooLarge:
    case ErrorCode.GridTooLarge:
      return 413;
    case ErrorCode.RangeNotSatisfiable:
      return 416;
    case ErrorCode.DeclarationNotRequired:
    case ErrorCode.ProofNotApplicable:
    case ErrorCode.DossierIncomplete:
    case ErrorCode.VerdictNotApplicable:
    case ErrorCode.DecisionNotAllowed:
    case ErrorCode.GridInvalid:
    case ErrorCode.GridUnreadable:
    case ErrorCode.GridCompressionSuspicious:
    case ErrorCode.GridMixedEncoding:
    case ErrorCode.OverlayInvalid:
    case ErrorCode.AdministrativeIncomplete:
    case ErrorCode.UnknownHomologation:
    case ErrorCode.UnknownMilestone:
    case ErrorCode.UnknownErratumTarget:
    case ErrorCode.HostingNotCompliant:
      return 422;
    case ErrorCode.UnsupportedMediaType:
      return 415;
    case ErrorCode.RateLimited:
      return 429;
    case ErrorCode.DatabaseUnavailable:
    case ErrorCode.StorageFull:
    case ErrorCode.BlobStoreUnavailable:
    case ErrorCode.OidcProviderUnavailable:
      return 503;
    case ErrorCode.InternalError:
      return 500;
    default: {
      const exhaustive: never = code;
      return exhaustive;
    }
  }
}
