/** Every error code the API answers with. Clients may switch on these; never rename one. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedJson = 'MALFORMED_JSON',
  RouteNotFound = 'ROUTE_NOT_FOUND',
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  AccessNotDeclared = 'ACCESS_NOT_DECLARED',
  ReferentialNotFound = 'REFERENTIAL_NOT_FOUND',
  InvalidCode = 'INVALID_CODE',
  InvalidAnswers = 'INVALID_ANSWERS',
  ScenarioNotFound = 'SCENARIO_NOT_FOUND',
  UnknownIdentifierType = 'UNKNOWN_IDENTIFIER_TYPE',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  InternalError = 'INTERNAL_ERROR',
}

/** The HTTP status of each code: one exhaustive switch, so a new code cannot be forgotten. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.MalformedJson:
    case ErrorCode.InvalidCode:
    case ErrorCode.InvalidAnswers:
    case ErrorCode.UnknownIdentifierType:
      return 400;
    case ErrorCode.AccessNotDeclared:
      return 403;
    case ErrorCode.RouteNotFound:
    case ErrorCode.ReferentialNotFound:
    case ErrorCode.ScenarioNotFound:
      return 404;
    case ErrorCode.MethodNotAllowed:
      return 405;
    case ErrorCode.PayloadTooLarge:
      return 413;
    case ErrorCode.UnsupportedMediaType:
      return 415;
    case ErrorCode.DatabaseUnavailable:
      return 503;
    case ErrorCode.InternalError:
      return 500;
    default: {
      const exhaustive: never = code;
      return exhaustive;
    }
  }
}
