/**
 * The sworn statement a declarant accepts when a scenario does not apply. Versioned: a declaration
 * keeps the version and the full text it was signed with; a new wording is a new version.
 */
export const DECLARANT_ROLES = ['legal_representative', 'delegate'] as const;
export type DeclarantRole = (typeof DECLARANT_ROLES)[number];

export const DECLARANT_ROLE_LABELS: Record<DeclarantRole, string> = {
  legal_representative: 'Représentant légal',
  delegate: 'Délégataire du représentant légal',
};

export const STATEMENT_VERSION = '2026-11-v1';

/** Length bounds of a justification: a real explanation, not a word. */
export const JUSTIFICATION_MIN = 80;
export const JUSTIFICATION_MAX = 5000;

export const STATEMENT_TEMPLATE =
  'Je soussigné(e), {declarant}, agissant en qualité de {role} de {organization}, déclare sur ' +
  "l'honneur que le scénario de conformité {scenario} du référentiel {referential} ne s'applique pas " +
  'au produit {product}, pour les raisons indiquées et selon la justification ci-jointe. ' +
  "J'atteste que ces informations sont exactes et complètes à la date de ma signature. Je m'engage à " +
  "informer sans délai l'Agence du Numérique en Santé de tout changement qui rendrait ce scénario " +
  "applicable, et je reconnais qu'une déclaration inexacte peut entraîner le refus ou le retrait de la " +
  'conformité.';

export interface StatementParts {
  declarant: string;
  role: DeclarantRole;
  organization: string;
  scenario: string;
  referential: string;
  product: string;
}

export function statementText(parts: StatementParts): string {
  const values: Record<string, string> = { ...parts, role: DECLARANT_ROLE_LABELS[parts.role].toLowerCase() };
  return STATEMENT_TEMPLATE.replace(/\{(\w+)\}/g, (_match, key: string) => values[key] ?? `{${key}}`);
}
