import { describe, expect, it } from '@jest/globals';
import {
  certificateState,
  hostingBlockers,
  hostingInputProblems,
  hostingRequired,
  hostingStatus,
  isCalendarDate,
  type HdsCertificate,
  type HostingDeclaration,
} from './hds.js';

const NOW = new Date('2026-12-05T10:00:00Z');

function certificate(type: HdsCertificate['type'], validFrom: string, validTo: string, number = 'C-1'): HdsCertificate {
  return { type, number, body: 'Organisme certificateur', validFrom, validTo };
}

describe('certificateState', () => {
  it.each([
    ['2025-01-01', '2028-01-01', 'valid'],
    ['2025-01-01', '2027-03-05', 'expiring'], // 90 days ahead, inclusive
    ['2025-01-01', '2027-03-06', 'valid'], // 91 days ahead
    ['2025-01-01', '2026-12-05', 'expiring'], // last day today
    ['2025-01-01', '2026-12-04', 'expired'],
    ['2026-12-06', '2029-12-06', 'not_yet_valid'],
    ['2026-12-05', '2029-12-05', 'valid'], // first day today
  ] as const)('%s → %s is %s on 2026-12-05', (validFrom, validTo, expected) => {
    expect(certificateState({ validFrom, validTo }, NOW)).toBe(expected);
  });
});

describe('hostingInputProblems', () => {
  const host = {
    name: 'Hébergeur A',
    activities: [1, 2] as HostingDeclaration['hosts'][number]['activities'],
    certificates: [certificate('physical_infrastructure', '2025-01-01', '2028-01-01')],
  };
  it.each<[string, HostingDeclaration, string[]]>([
    ['a host with its certificate', { hosts: [host], exemption: null }, []],
    ['an exemption alone', { hosts: [], exemption: { case: 'research_not_for_care', justification: 'Recherche' } }, []],
    ['nothing at all', { hosts: [], exemption: null }, ['nothing_declared']],
    [
      'an exemption and hosts',
      { hosts: [host], exemption: { case: 'ght_co_responsible', justification: 'GHT' } },
      ['exemption_with_hosts'],
    ],
    [
      'a certificate ending before it starts',
      {
        hosts: [{ ...host, certificates: [certificate('physical_infrastructure', '2026-01-02', '2026-01-01')] }],
        exemption: null,
      },
      ['certificate_dates'],
    ],
    ['an activity twice', { hosts: [{ ...host, activities: [1, 2, 1] }], exemption: null }, ['duplicate_activity']],
    [
      'an infogéreur certificate for physical activities only',
      {
        hosts: [
          {
            ...host,
            certificates: [...host.certificates, certificate('managed_services', '2025-01-01', '2028-01-01')],
          },
        ],
        exemption: null,
      },
      ['certificate_type_unused'],
    ],
  ])('%s', (_label, declaration, expected) => {
    expect(hostingInputProblems(declaration).map((problem) => problem.kind)).toEqual(expected);
  });
});

describe('hostingStatus', () => {
  it('is undeclared without a declaration and exempt with an exemption', () => {
    expect(hostingStatus(null, NOW).state).toBe('undeclared');
    expect(
      hostingStatus({ hosts: [], exemption: { case: 'health_insurer_reimbursement', justification: 'x' } }, NOW).state,
    ).toBe('exempt');
  });

  it('checks each activity against the certificate type it needs, the best certificate counting', () => {
    const status = hostingStatus(
      {
        hosts: [
          {
            name: 'Hébergeur A',
            activities: [1, 2, 3, 6],
            certificates: [
              certificate('physical_infrastructure', '2020-01-01', '2023-01-01', 'OLD'),
              certificate('physical_infrastructure', '2023-01-01', '2029-01-01', 'NEW'),
              certificate('managed_services', '2024-01-01', '2027-01-31', 'INFO'),
            ],
          },
        ],
        exemption: null,
      },
      NOW,
    );
    expect(status.coverage.map((entry) => [entry.activity, entry.certificateNumber, entry.state])).toEqual([
      [1, 'NEW', 'valid'],
      [2, 'NEW', 'valid'],
      [3, 'INFO', 'expiring'],
      [6, 'INFO', 'expiring'],
    ]);
    expect(status.state).toBe('warning');
    expect(hostingBlockers(status)).toEqual([]);
  });

  it('blocks on an expired certificate, a missing one, or one not yet in force', () => {
    const status = hostingStatus(
      {
        hosts: [
          {
            name: 'Hébergeur B',
            activities: [2, 4, 5],
            certificates: [
              certificate('physical_infrastructure', '2020-01-01', '2026-11-30', 'EXP'),
              certificate('managed_services', '2027-01-01', '2030-01-01', 'FUT'),
            ],
          },
          { name: 'Sauvegarde C', activities: [6], certificates: [] },
        ],
        exemption: null,
      },
      NOW,
    );
    expect(status.state).toBe('blocking');
    expect(status.issues.map((issue) => [issue.host, issue.activity, issue.kind, issue.blocking])).toEqual([
      ['Hébergeur B', 2, 'certificate_expired', true],
      ['Hébergeur B', 4, 'certificate_not_yet_valid', true],
      ['Hébergeur B', 5, 'certificate_not_yet_valid', true],
      ['Sauvegarde C', 6, 'certificate_missing', true],
    ]);
    expect(hostingBlockers(status)[0]).toBe(
      'Hébergeur B, activité 2 (infrastructure matérielle) : le certificat EXP a expiré le 2026-11-30.',
    );
    expect(hostingBlockers(hostingStatus(null, NOW))).toHaveLength(1);
  });
});

describe('hostingRequired', () => {
  it('holds when one of the named requirements applies', () => {
    expect(hostingRequired({ requirementCodes: ['SEC/va2.4'] }, new Set(['SEC/va2.4', 'INS/va2.1']))).toBe(true);
    expect(hostingRequired({ requirementCodes: ['SEC/va2.4'] }, new Set(['INS/va2.1']))).toBe(false);
    expect(hostingRequired(undefined, new Set(['SEC/va2.4']))).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-30', false],
    ['2026-2-3', false],
    ['2028-02-29', true],
  ])('%s → %s', (value, expected) => expect(isCalendarDate(value)).toBe(expected));
});
