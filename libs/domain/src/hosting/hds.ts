/**
 * HDS (hébergement de données de santé): who hosts a product's health data, for which of the six
 * activities, under which certificates, or which exemption from an HDS host applies. Pure rules:
 * input problems, the state of each certificate at a date, and what blocks a submission.
 */

/** The six hosting activities: 1 physical sites … 6 backup. */
export const HDS_ACTIVITIES = [1, 2, 3, 4, 5, 6] as const;
export type HdsActivity = (typeof HDS_ACTIVITIES)[number];

/**
 * The two certificates: « hébergeur d'infrastructure physique » covers activities 1–2,
 * « hébergeur infogéreur » activities 3–6.
 */
export const HDS_CERTIFICATE_TYPES = ['physical_infrastructure', 'managed_services'] as const;
export type HdsCertificateType = (typeof HDS_CERTIFICATE_TYPES)[number];

/** The cases exempt from using an HDS-certified host. */
export const HDS_EXEMPTION_CASES = [
  'ght_co_responsible',
  'health_insurer_reimbursement',
  'research_not_for_care',
  'disabled_sport_association',
] as const;
export type HdsExemptionCase = (typeof HDS_EXEMPTION_CASES)[number];

/** How many days before its end a certificate is flagged. */
export const HDS_EXPIRY_WARNING_DAYS = 90;

export interface HdsCertificate {
  type: HdsCertificateType;
  number: string;
  body: string;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  /** YYYY-MM-DD, inclusive. */
  validTo: string;
}

export interface HdsHost {
  name: string;
  activities: HdsActivity[];
  certificates: HdsCertificate[];
}

export interface HdsExemption {
  case: HdsExemptionCase;
  justification: string;
}

export interface HostingDeclaration {
  hosts: HdsHost[];
  exemption: HdsExemption | null;
}

/** The certificate type an activity needs. */
export function certificateTypeFor(activity: HdsActivity): HdsCertificateType {
  return activity <= 2 ? 'physical_infrastructure' : 'managed_services';
}

export type HostingInputProblem =
  | { kind: 'certificate_dates'; host: number; certificate: number; validFrom: string; validTo: string }
  | { kind: 'exemption_with_hosts' }
  | { kind: 'nothing_declared' }
  | { kind: 'duplicate_activity'; host: number; activity: number }
  | { kind: 'certificate_type_unused'; host: number; certificate: number; type: HdsCertificateType };

/** Whether a YYYY-MM-DD string names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * What is wrong with a declaration as written, in the order a person would fix it. The dates are
 * compared as calendar days (valid to the same day as valid from is a one-day certificate).
 */
export function hostingInputProblems(declaration: HostingDeclaration): HostingInputProblem[] {
  const problems: HostingInputProblem[] = [];
  if (declaration.exemption && declaration.hosts.length > 0) problems.push({ kind: 'exemption_with_hosts' });
  if (!declaration.exemption && declaration.hosts.length === 0) problems.push({ kind: 'nothing_declared' });
  declaration.hosts.forEach((host, hostIndex) => {
    const seen = new Set<number>();
    for (const activity of host.activities) {
      if (seen.has(activity)) problems.push({ kind: 'duplicate_activity', host: hostIndex, activity });
      seen.add(activity);
    }
    host.certificates.forEach((certificate, certificateIndex) => {
      if (certificate.validTo < certificate.validFrom)
        problems.push({
          kind: 'certificate_dates',
          host: hostIndex,
          certificate: certificateIndex,
          validFrom: certificate.validFrom,
          validTo: certificate.validTo,
        });
      if (!host.activities.some((activity) => certificateTypeFor(activity) === certificate.type))
        problems.push({
          kind: 'certificate_type_unused',
          host: hostIndex,
          certificate: certificateIndex,
          type: certificate.type,
        });
    });
  });
  return problems;
}

export type CertificateState = 'valid' | 'expiring' | 'expired' | 'not_yet_valid';

/** Today's date (UTC) as YYYY-MM-DD. */
export function calendarDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return calendarDay(date);
}

/** A certificate's state on a day: valid, expiring within 90 days, expired, or not yet valid. */
export function certificateState(
  certificate: Pick<HdsCertificate, 'validFrom' | 'validTo'>,
  now: Date,
): CertificateState {
  const today = calendarDay(now);
  if (certificate.validTo < today) return 'expired';
  if (certificate.validFrom > today) return 'not_yet_valid';
  return certificate.validTo <= addDays(today, HDS_EXPIRY_WARNING_DAYS) ? 'expiring' : 'valid';
}

/** How one activity of one host stands: the certificate that covers it, if any, and its state. */
export interface ActivityCoverage {
  host: string;
  activity: HdsActivity;
  requiredType: HdsCertificateType;
  /** The best certificate of the right type (the one valid the longest), or null. */
  certificateNumber: string | null;
  state: CertificateState | 'missing';
}

export type HostingIssueKind = 'certificate_expired' | 'certificate_missing' | 'certificate_not_yet_valid';

export interface HostingIssue {
  kind: HostingIssueKind | 'certificate_expiring';
  host: string;
  activity: HdsActivity;
  certificateNumber: string | null;
  validTo: string | null;
  /** Whether it blocks the submission of a dossier whose référentiel requires HDS. */
  blocking: boolean;
  /** In French, for the vendor and the reviewer. */
  message: string;
}

export interface HostingStatus {
  /** `exempt`: an exemption applies; `compliant`: every activity is covered today. */
  state: 'undeclared' | 'exempt' | 'compliant' | 'warning' | 'blocking';
  coverage: ActivityCoverage[];
  issues: HostingIssue[];
}

const STATE_RANK: Record<CertificateState, number> = { valid: 0, expiring: 1, not_yet_valid: 2, expired: 3 };

const ACTIVITY_LABELS: Record<HdsActivity, string> = {
  1: 'sites physiques',
  2: 'infrastructure matérielle',
  3: 'infrastructure virtuelle',
  4: "plateforme d'hébergement applicatif",
  5: 'administration et exploitation du système d’information',
  6: 'sauvegarde',
};

export function activityLabel(activity: HdsActivity): string {
  return ACTIVITY_LABELS[activity];
}

function issueOf(coverage: ActivityCoverage, validTo: string | null): HostingIssue | null {
  const what = `${coverage.host}, activité ${coverage.activity} (${ACTIVITY_LABELS[coverage.activity]})`;
  const certificate = coverage.certificateNumber ? `le certificat ${coverage.certificateNumber}` : '';
  switch (coverage.state) {
    case 'valid':
      return null;
    case 'expiring':
      return { ...base('certificate_expiring', false), message: `${what} : ${certificate} expire le ${validTo}.` };
    case 'expired':
      return { ...base('certificate_expired', true), message: `${what} : ${certificate} a expiré le ${validTo}.` };
    case 'not_yet_valid':
      return {
        ...base('certificate_not_yet_valid', true),
        message: `${what} : ${certificate} n'est pas encore en vigueur.`,
      };
    case 'missing': {
      const type =
        coverage.requiredType === 'physical_infrastructure'
          ? "d'hébergeur d'infrastructure physique"
          : "d'hébergeur infogéreur";
      return { ...base('certificate_missing', true), message: `${what} : aucun certificat ${type} déclaré.` };
    }
  }
  function base(kind: HostingIssue['kind'], blocking: boolean) {
    return {
      kind,
      host: coverage.host,
      activity: coverage.activity,
      certificateNumber: coverage.certificateNumber,
      validTo,
      blocking,
    };
  }
}

/**
 * The state of a declaration on a day. Each activity a host declares needs a certificate of the
 * matching type; among several, the one valid the longest counts. Expired, missing or not yet
 * valid certificates block; one ending within 90 days warns.
 */
export function hostingStatus(declaration: HostingDeclaration | null, now: Date): HostingStatus {
  if (!declaration) return { state: 'undeclared', coverage: [], issues: [] };
  if (declaration.exemption) return { state: 'exempt', coverage: [], issues: [] };
  const coverage: ActivityCoverage[] = [];
  const issues: HostingIssue[] = [];
  for (const host of declaration.hosts) {
    for (const activity of [...new Set(host.activities)].sort((a, b) => a - b)) {
      const requiredType = certificateTypeFor(activity);
      const best = host.certificates
        .filter((certificate) => certificate.type === requiredType)
        .map((certificate) => ({ certificate, state: certificateState(certificate, now) }))
        .sort(
          (a, b) =>
            STATE_RANK[a.state] - STATE_RANK[b.state] || b.certificate.validTo.localeCompare(a.certificate.validTo),
        )[0];
      const entry: ActivityCoverage = {
        host: host.name,
        activity,
        requiredType,
        certificateNumber: best?.certificate.number ?? null,
        state: best?.state ?? 'missing',
      };
      coverage.push(entry);
      const issue = issueOf(entry, best?.certificate.validTo ?? null);
      if (issue) issues.push(issue);
    }
  }
  const state = issues.some((issue) => issue.blocking) ? 'blocking' : issues.length > 0 ? 'warning' : 'compliant';
  return { state, coverage, issues };
}

/**
 * Whether a dossier needs HDS hosting: its référentiel names the requirements that call for it,
 * and one of them applies to the dossier's answers.
 */
export function hostingRequired(
  requirement: { requirementCodes: readonly string[] } | undefined,
  applicableRequirementCodes: ReadonlySet<string>,
): boolean {
  return requirement?.requirementCodes.some((code) => applicableRequirementCodes.has(code)) ?? false;
}

/**
 * What stops the submission of a dossier needing HDS hosting, in French: the hosting not declared,
 * or a blocking issue (expired, missing or not yet valid certificate). Warnings never block.
 */
export function hostingBlockers(status: HostingStatus): string[] {
  if (status.state === 'undeclared')
    return ["L'hébergement des données de santé du produit n'est pas déclaré (hébergeurs HDS ou exemption)."];
  return status.issues.filter((issue) => issue.blocking).map((issue) => issue.message);
}
