/**
 * Automated pre-check of HL7 v2 messages (IHE PAM identity feeds, ADT) attached as a Ségur
 * proof: the messages and their types, the patient identifiers of PID-3 with their assigning
 * authority, and the INS rule: a matricule with an INS OID only for an identity whose status
 * (PID-32, French PAM extension: PROV, VALI, RECUP, QUAL) is « QUAL ». Informative, never
 * blocking; pure and total (never throws, work capped).
 *
 * Read as ER7: segments end with CR (LF and CRLF accepted), MLLP framing bytes are ignored, a
 * file may hold several messages (each starts at its MSH segment). The separators are the ones
 * each MSH declares.
 */
import type { Hl7Note, InsNote } from './notes.js';
import { dedupe, insNotes, isIns, patientIdentifier, type PatientIdentifier } from './patient-identifiers.js';

export const HL7_LIMITS = {
  maxMessages: 10_000,
  maxChars: 50_000_000,
} as const;

export interface Hl7Message {
  /** 1 for the first message of the file. */
  index: number;
  /** MSH-9, e.g. `ADT^A28^ADT_A05`. */
  type: string | null;
  /** MSH-10. */
  controlId: string | null;
  /** PID-32 codes, e.g. `["QUAL"]`; empty when the message gives none. */
  identityStatus: string[];
}

export interface Hl7Findings {
  check: 'hl7v2';
  messages: Hl7Message[];
  identifiers: PatientIdentifier[];
  /** INS matricules sent with an identity known not to be qualified. */
  insUnqualified: number;
  notes: (Hl7Note | InsNote)[];
}

/** Whether a text looks like HL7 v2 (ER7): its first segment is an MSH. */
export function looksLikeHl7v2(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- MLLP framing starts with a vertical tab
  return /^[\uFEFF\s\x0b]*MSH(.)[^\r\n]{1,4}\1/.test(text.slice(0, 64));
}

interface Separators {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

export function analyseHl7v2(input: string): Hl7Findings {
  try {
    return analyse(typeof input === 'string' ? input : '');
  } catch {
    return { check: 'hl7v2', messages: [], identifiers: [], insUnqualified: 0, notes: [{ code: 'hl7.not_hl7' }] };
  }
}

function analyse(input: string): Hl7Findings {
  // eslint-disable-next-line no-control-regex -- MLLP framing bytes (VT, FS) end segments too
  const text = input.slice(0, HL7_LIMITS.maxChars).replace(/[\x0b\x1c]/g, '\r');
  const segments = text
    .split(/\r\n|\r|\n/)
    .map((segment) => segment.replace(/^\uFEFF/, '').trim())
    .filter((segment) => segment !== '');
  const messages: Hl7Message[] = [];
  const identifiers: PatientIdentifier[] = [];
  const statuses = new Map<string, string[]>();
  const notes: (Hl7Note | InsNote)[] = [];
  let capped = false;
  let separators: Separators | null = null;
  let current: Hl7Message | null = null;
  let hasPid = false;

  const close = (): void => {
    if (current !== null && !hasPid) notes.push({ code: 'hl7.no_pid', params: { message: current.index } });
  };

  for (const segment of segments) {
    if (segment.startsWith('MSH') && segment.length > 8) {
      close();
      if (messages.length >= HL7_LIMITS.maxMessages) {
        capped = true;
        current = null;
        break;
      }
      separators = separatorsOf(segment);
      const fields = segment.split(separators.field);
      // MSH-1 is the field separator itself: MSH-n is fields[n - 1].
      current = {
        index: messages.length + 1,
        type: nonEmpty(fields[8]),
        controlId: nonEmpty(fields[9]),
        identityStatus: [],
      };
      messages.push(current);
      hasPid = false;
      continue;
    }
    if (current === null || separators === null || !segment.startsWith(`PID${separators.field}`)) continue;
    hasPid = true;
    const fields = segment.split(separators.field);
    const where = `message ${current.index}, PID-3`;
    const status = repetitions(fields[32], separators)
      .map((repetition) => unescape(repetition.split(separators!.component)[0], separators!).trim().toUpperCase())
      .filter((code) => code !== '');
    current.identityStatus.push(...status);
    statuses.set(where, current.identityStatus);
    const qualified = status.length === 0 ? null : status.includes('QUAL');
    for (const repetition of repetitions(fields[3], separators)) {
      const identifier = cx(repetition, separators, where, qualified);
      if (identifier !== null) identifiers.push(identifier);
    }
  }
  close();

  if (messages.length === 0) {
    return { check: 'hl7v2', messages, identifiers: [], insUnqualified: 0, notes: [{ code: 'hl7.not_hl7' }] };
  }
  const unique = dedupe(identifiers);
  const types = [...new Set(messages.map((message) => message.type).filter((type): type is string => type !== null))];
  const summary: Hl7Note[] = [{ code: 'hl7.messages', params: { count: messages.length, types } }];
  if (capped) summary.push({ code: 'hl7.messages_capped', params: { max: HL7_LIMITS.maxMessages } });
  summary.push({
    code: 'hl7.identifiers',
    params: { count: unique.length, ins: unique.filter(isIns).length },
  });
  return {
    check: 'hl7v2',
    messages,
    identifiers: unique,
    insUnqualified: unique.filter((identifier) => isIns(identifier) && identifier.qualified === false).length,
    notes: [...summary, ...notes, ...insNotes(unique, (where) => statuses.get(where) ?? [])],
  };
}

function separatorsOf(msh: string): Separators {
  const field = msh[3];
  const encoding = msh.slice(4, msh.indexOf(field, 4));
  return {
    field,
    component: encoding[0] ?? '^',
    repetition: encoding[1] ?? '~',
    escape: encoding[2] ?? '\\',
    subcomponent: encoding[3] ?? '&',
  };
}

function repetitions(field: string | undefined, separators: Separators): string[] {
  return field === undefined || field === '' ? [] : field.split(separators.repetition);
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? null : trimmed;
}

/** The HL7 escapes of separators (\F\ \S\ \T\ \R\ \E\); others are left as written. */
function unescape(value: string, separators: Separators): string {
  const e = separators.escape;
  if (e === '' || !value.includes(e)) return value;
  const table: Record<string, string> = {
    F: separators.field,
    S: separators.component,
    T: separators.subcomponent,
    R: separators.repetition,
    E: e,
  };
  const pattern = new RegExp(`${escapeRegExp(e)}([FSTRE])${escapeRegExp(e)}`, 'g');
  return value.replace(pattern, (_match, letter: string) => table[letter]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A CX: ID ^ check digit ^ scheme ^ assigning authority (HD: namespace & OID & type) ^ type code. */
function cx(
  repetition: string,
  separators: Separators,
  where: string,
  qualified: boolean | null,
): PatientIdentifier | null {
  const components = repetition.split(separators.component);
  const value = unescape(components[0] ?? '', separators).trim();
  if (value === '') return null;
  const hd = (components[3] ?? '').split(separators.subcomponent);
  return patientIdentifier({
    value,
    oid: nonEmpty(unescape(hd[1] ?? '', separators)),
    authority: nonEmpty(unescape(hd[0] ?? '', separators)),
    typeCode: nonEmpty(unescape(components[4] ?? '', separators)),
    where,
    qualified,
  });
}
