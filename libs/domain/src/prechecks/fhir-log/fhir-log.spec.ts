import { describe, expect, it } from '@jest/globals';
import { luhnCheckDigit } from '../../identifiers/index.js';
import { renderPrecheckNoteFr } from '../notes-fr.js';
import { analyseFhirLog, FHIR_LOG_LIMITS, type FhirLogFindings } from './index.js';

const BASE = 'https://gateway.api.esante.gouv.fr/fhir/v2';
const NO_RESOURCES = { Practitioner: 0, PractitionerRole: 0, Organization: 0, HealthcareService: 0, Device: 0 };

/** Valid RPPS numbers (Luhn over the 11 digits) and the IDNPS built on them. */
const RPPS_A = '10000668540';
const RPPS_B = '10000005479';
const IDNPS_A = `8${RPPS_A}`;
const IDNPS_B = `8${RPPS_B}`;
const IDNPS_BAD_KEY = '810000668541';
const RPPS_BAD_KEY = '10000668541';

function bundle(...identifierValues: string[]): string {
  return JSON.stringify({
    resourceType: 'Bundle',
    type: 'searchset',
    total: 1,
    link: [{ relation: 'self', url: `${BASE}/Practitioner?identifier=${identifierValues[0]}` }],
    entry: [
      {
        fullUrl: `${BASE}/Practitioner/003-1234567`,
        resource: {
          resourceType: 'Practitioner',
          id: '003-1234567',
          identifier: identifierValues.map((value) => ({ system: 'urn:oid:1.2.250.1.71.4.2.1', value })),
          telecom: [{ system: 'phone', value: '01234567890' }],
        },
      },
    ],
  });
}

const HAR = JSON.stringify(
  {
    log: {
      version: '1.2',
      creator: { name: 'Firefox', version: '128.0' },
      entries: [
        {
          startedDateTime: '2025-03-10T14:02:11.120+01:00',
          request: {
            method: 'GET',
            url: `${BASE}/Practitioner?identifier=https%3A%2F%2Frpps.esante.gouv.fr%7C${IDNPS_A}`,
            headers: [{ name: 'ESANTE-API-KEY', value: '********' }],
          },
          response: { status: 200, content: { mimeType: 'application/fhir+json', text: bundle(IDNPS_A, RPPS_A) } },
        },
        {
          startedDateTime: '2025-03-10T14:02:12.480+01:00',
          request: {
            method: 'POST',
            url: `${BASE}/PractitionerRole/_search`,
            postData: { mimeType: 'application/x-www-form-urlencoded', text: `practitioner.identifier=${IDNPS_B}` },
          },
          response: { status: 200, content: { mimeType: 'application/fhir+json', text: '{"resourceType":"Bundle"}' } },
        },
        {
          startedDateTime: '2025-03-10T14:05:00.000+01:00',
          request: { method: 'GET', url: `${BASE}/Organization?_lastUpdated=ge2025-03-01&_count=50` },
          response: { status: 200, content: { mimeType: 'application/fhir+json', text: '' } },
        },
      ],
    },
  },
  null,
  2,
);

const JSON_LINES = [
  { timestamp: '2025-03-10T08:00:00Z', level: 'info', method: 'GET', url: `${BASE}/Practitioner?_count=50` },
  {
    timestamp: '2025-03-10T09:00:00+01:00',
    method: 'GET',
    url: `${BASE}/Practitioner?_lastUpdated=ge2025-02-20T00:00:00Z`,
  },
  {
    '@timestamp': '2025-03-10T10:00:00.123Z',
    request: { method: 'GET', url: `${BASE}/Practitioner?identifier=${IDNPS_A}` },
  },
  { time: 1741600800, method: 'GET', url: `${BASE}/Organization/001-01-123456` },
]
  .map((record) => JSON.stringify(record))
  .join('\n');

const NGINX = [
  `10.0.0.5 - - [10/Mar/2025:14:02:11 +0100] "GET /fhir/v2/Practitioner?identifier=${IDNPS_A} HTTP/1.1" 200 5120 "-" "preuve-client/1.0"`,
  '10.0.0.5 - - [10/Mar/2025:14:02:12 +0100] "POST /fhir/v2/Organization/_search HTTP/1.1" 200 40960 "-" "preuve-client/1.0"',
  '10.0.0.9 - - [10/Mar/2025:14:02:13 +0100] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"',
  '10.0.0.5 - - [10/Mar/2025:14:05:00 +0100] "GET /fhir/v2/HealthcareService?_lastUpdated=gt2025-03-01T00:00:00%2B01:00 HTTP/1.1" 200 812 "-" "preuve-client/1.0"',
].join('\n');

/** The findings with their notes in French, as the web app shows them. */
function analyse(text: string): Omit<FhirLogFindings, 'notes'> & { notes: string[] } {
  const findings = analyseFhirLog(text);
  return { ...findings, notes: findings.notes.map(renderPrecheckNoteFr) };
}

function idnps(rppsPayload: number): string {
  const body = String(rppsPayload).padStart(10, '0');
  return `8${body}${luhnCheckDigit(body)}`;
}

describe('analyseFhirLog — coded notes', () => {
  it('gives notes as codes with parameters, which survive a JSON round trip (they are stored as JSON)', () => {
    const findings = analyseFhirLog(HAR);
    expect(findings.notes.slice(0, 3)).toEqual([
      { code: 'fhir.format_har', params: { entries: 3 } },
      { code: 'fhir.calls', params: { requests: 3, full: 0, delta: 1, unitary: 2 } },
      {
        code: 'fhir.resources',
        params: {
          resources: [
            ['Practitioner', 1],
            ['PractitionerRole', 1],
            ['Organization', 1],
          ],
        },
      },
    ]);
    const stored = JSON.parse(JSON.stringify(findings.notes)) as FhirLogFindings['notes'];
    expect(stored.map(renderPrecheckNoteFr)).toEqual(analyse(HAR).notes);
  });

  it('words no note in the findings themselves: every note is a code', () => {
    for (const log of [HAR, '', 'garbage', '\u0000\u0001']) {
      for (const note of analyseFhirLog(log).notes) expect(typeof note.code).toBe('string');
    }
  });
});

describe('analyseFhirLog — formats', () => {
  it('reads a HAR export: resources, call types, identifiers from parameters and response bodies', () => {
    const findings = analyse(HAR);
    expect(findings).toMatchObject({
      format: 'har',
      requests: 3,
      fhirRequests: 3,
      resources: { ...NO_RESOURCES, Practitioner: 1, PractitionerRole: 1, Organization: 1 },
      callTypes: { full: 0, delta: 1, unitary: 2 },
      allIdentifiersValid: true,
      timestamped: true,
      deltaWithinThirtyDays: true,
    });
    expect(findings.identifiers).toEqual([
      { value: IDNPS_A, type: 'idnps', valid: true },
      { value: RPPS_A, type: 'rpps', valid: true },
      { value: IDNPS_B, type: 'idnps', valid: true },
    ]);
    expect(findings.notes).toEqual([
      'Journal HAR : 3 entrées.',
      "3 requêtes vers l'API FHIR de l'Annuaire Santé : 0 FULL, 1 DELTA, 2 unitaires.",
      'Ressources interrogées : Practitioner (1), PractitionerRole (1), Organization (1).',
      '3 identifiants relevés (2 IDNPS, 1 RPPS) : tous passent leur clé de Luhn.',
      'Toutes les requêtes FHIR sont horodatées.',
      'La requête DELTA remonte à 30 jours au plus.',
    ]);
  });

  it('reads JSON lines with a FULL, a DELTA and two unitary calls', () => {
    const findings = analyse(JSON_LINES);
    expect(findings).toMatchObject({
      format: 'json_lines',
      requests: 4,
      fhirRequests: 4,
      resources: { ...NO_RESOURCES, Practitioner: 3, Organization: 1 },
      callTypes: { full: 1, delta: 1, unitary: 2 },
      identifiers: [{ value: IDNPS_A, type: 'idnps', valid: true }],
      timestamped: true,
      deltaWithinThirtyDays: true,
    });
    expect(findings.notes).toContain("4 requêtes vers l'API FHIR de l'Annuaire Santé : 1 FULL, 1 DELTA, 2 unitaires.");
  });

  it('reads a JSON array of the same records', () => {
    const array = `[\n${JSON_LINES.split('\n').join(',\n')}\n]`;
    const findings = analyse(array);
    expect(findings.format).toBe('json');
    expect(findings.callTypes).toEqual({ full: 1, delta: 1, unitary: 2 });
    expect(findings.notes[0]).toBe('Journal JSON : 4 enregistrements.');
  });

  it('reads an nginx access log, leaving out requests that are not FHIR', () => {
    const findings = analyse(NGINX);
    expect(findings).toMatchObject({
      format: 'text',
      requests: 4,
      fhirRequests: 3,
      resources: { ...NO_RESOURCES, Practitioner: 1, Organization: 1, HealthcareService: 1 },
      callTypes: { full: 1, delta: 1, unitary: 1 },
      timestamped: true,
      deltaWithinThirtyDays: true,
    });
    expect(findings.notes[0]).toBe('Journal texte : 4 requêtes HTTP relevées sur 4 lignes.');
  });

  it.each<[string, string, FhirLogFindings['format']]>([
    ['a single JSON line', JSON.stringify({ ts: '2025-03-10T08:00:00Z', url: `${BASE}/Device` }), 'json_lines'],
    [
      'an object wrapping its records',
      JSON.stringify({ requests: [{ date: '2025-03-10T08:00:00Z', url: `${BASE}/Device` }] }, null, 2),
      'json',
    ],
    [
      'JSON lines whose logger only writes a message',
      JSON.stringify({ time: '2025-03-10T08:00:00Z', level: 30, msg: `GET ${BASE}/Device?_count=50` }),
      'json_lines',
    ],
    [
      'an ECS record',
      JSON.stringify({
        '@timestamp': '2025-03-10T08:00:00Z',
        http: { request: { method: 'GET' } },
        url: { full: `${BASE}/Device` },
      }),
      'json_lines',
    ],
    ['an application log line', `2025-03-10 08:00:00,123 INFO  [http] GET ${BASE}/Device -> 200`, 'text'],
    ['a bracketed application log line', `[2025-03-10T08:00:00Z] fetching ${BASE}/Device`, 'text'],
    [
      'a coloured console log line',
      `\x1b[2m2025-03-10T08:00:00Z\x1b[22m \x1b[32mINFO\x1b[39m GET ${BASE}/Device`,
      'text',
    ],
  ])('recognises %s as one timestamped FULL call on Device', (_label, log, format) => {
    const findings = analyse(log);
    expect(findings).toMatchObject({
      format,
      fhirRequests: 1,
      resources: { ...NO_RESOURCES, Device: 1 },
      callTypes: { full: 1, delta: 0, unitary: 0 },
      timestamped: true,
    });
    expect(findings.notes).toContain("1 requête vers l'API FHIR de l'Annuaire Santé : 1 FULL, 0 DELTA, 0 unitaire.");
  });

  it('ignores the lines of a JSON-lines log that are not JSON objects, and says so', () => {
    const findings = analyse(`${JSON_LINES}\n--- log rotated ---\n`);
    expect(findings.format).toBe('json_lines');
    expect(findings.fhirRequests).toBe(4);
    expect(findings.notes).toContain("1 ligne n'est pas un objet JSON et a été ignorée.");
  });
});

describe('analyseFhirLog — call types', () => {
  it.each<[string, string, keyof FhirLogFindings['callTypes']]>([
    ['a search without filter', `GET ${BASE}/Practitioner`, 'full'],
    ['a paged search', `GET ${BASE}/Practitioner?_count=50&_page=2`, 'full'],
    ['a POST _search without a body in the log', `POST ${BASE}/Organization/_search`, 'full'],
    ['_lastUpdated=ge', `GET ${BASE}/Practitioner?_lastUpdated=ge2025-03-01`, 'delta'],
    ['_lastUpdated=gt', `GET ${BASE}/PractitionerRole?_lastUpdated=gt2025-03-01T00:00:00Z`, 'delta'],
    ['an identifier parameter', `GET ${BASE}/Practitioner?identifier=${IDNPS_A}`, 'unitary'],
    [
      'an identifier with its system',
      `GET ${BASE}/Practitioner?identifier=urn:oid:1.2.250.1.71.4.2.1|${IDNPS_A}`,
      'unitary',
    ],
    ['a chained identifier', `GET ${BASE}/PractitionerRole?practitioner.identifier=${IDNPS_A}`, 'unitary'],
    ['an _id parameter', `GET ${BASE}/Organization?_id=001-01-123456`, 'unitary'],
    ['a resource id in the path', `GET ${BASE}/Practitioner/003-1234567`, 'unitary'],
    ['a versioned read', `GET ${BASE}/Practitioner/003-1234567/_history/2`, 'unitary'],
    [
      'an identifier together with _lastUpdated',
      `GET ${BASE}/Practitioner?identifier=${IDNPS_A}&_lastUpdated=ge2025-03-01`,
      'unitary',
    ],
    ['_lastUpdated without ge/gt', `GET ${BASE}/Practitioner?_lastUpdated=2025-03-01`, 'full'],
  ])('%s is counted as %s', (_label, line, type) => {
    const findings = analyse(`2025-03-10T09:00:00Z ${line}`);
    expect(findings.fhirRequests).toBe(1);
    expect(findings.callTypes[type]).toBe(1);
  });

  it('reads the parameters of a POST _search from its body', () => {
    const log = JSON.stringify({
      timestamp: '2025-03-10T09:00:00Z',
      method: 'POST',
      url: `${BASE}/Practitioner/_search`,
      requestBody: `_lastUpdated=ge2025-03-01&_count=50`,
    });
    expect(analyse(log).callTypes).toEqual({ full: 0, delta: 1, unitary: 0 });
  });

  it.each<[string, string]>([
    ['an unrelated API', 'GET https://api.example.com/v1/users?identifier=810000668540'],
    ['the capability statement', `GET ${BASE}/metadata`],
    ['a FHIR resource the Annuaire Santé does not serve', `GET ${BASE}/Patient?identifier=123`],
    ['a path without a fhir segment', 'GET https://gateway.api.esante.gouv.fr/Practitioner'],
  ])('does not count %s as a FHIR request', (_label, line) => {
    const findings = analyse(`2025-03-10T09:00:00Z ${line}`);
    expect(findings).toMatchObject({ format: 'text', requests: 1, fhirRequests: 0, timestamped: false });
    expect(findings.notes).toContain("La seule requête HTTP du journal ne vise pas l'API FHIR de l'Annuaire Santé.");
  });

  it('reports pagination requests and refuses methods the read-only API does not accept', () => {
    const log = [
      `2025-03-10T09:00:00Z GET ${BASE}/Practitioner?_count=50`,
      `2025-03-10T09:00:01Z GET ${BASE}?_getpages=4f2a&_getpagesoffset=50&_count=50`,
      `2025-03-10T09:00:02Z GET ${BASE}?_getpages=4f2a&_getpagesoffset=100&_count=50`,
      `2025-03-10T09:00:03Z PUT ${BASE}/Practitioner/003-1234567`,
    ].join('\n');
    const findings = analyse(log);
    expect(findings).toMatchObject({ requests: 4, fhirRequests: 1, callTypes: { full: 1, delta: 0, unitary: 0 } });
    expect(findings.notes).toEqual(
      expect.arrayContaining([
        '2 requêtes de pagination (_getpages) poursuivent ces appels.',
        "1 requête PUT vers une ressource FHIR n'a pas été comptée : l'API de l'Annuaire Santé n'accepte que GET et POST (_search).",
      ]),
    );
  });
});

describe('analyseFhirLog — identifiers', () => {
  it('flags an IDNPS that fails its Luhn key', () => {
    const log = [
      `2025-03-10T14:02:11Z GET ${BASE}/Practitioner?identifier=${IDNPS_BAD_KEY}`,
      `2025-03-10T14:02:12Z GET ${BASE}/Practitioner?identifier=${IDNPS_B}`,
    ].join('\n');
    const findings = analyse(log);
    expect(findings.allIdentifiersValid).toBe(false);
    expect(findings.identifiers).toEqual([
      {
        value: IDNPS_BAD_KEY,
        type: 'idnps',
        valid: false,
        reason: "La clé de Luhn du numéro RPPS contenu dans l'IDNPS (ses 11 derniers chiffres) est incorrecte.",
      },
      { value: IDNPS_B, type: 'idnps', valid: true },
    ]);
    expect(findings.notes).toEqual(
      expect.arrayContaining([
        '2 identifiants relevés (2 IDNPS) : 1 invalide.',
        `L'IDNPS ${IDNPS_BAD_KEY} ne passe pas sa clé de Luhn.`,
      ]),
    );
  });

  it('flags an RPPS number that fails its Luhn key', () => {
    const findings = analyse(`2025-03-10T14:02:11Z GET ${BASE}/Practitioner?identifier=${RPPS_BAD_KEY}`);
    expect(findings.identifiers).toEqual([
      { value: RPPS_BAD_KEY, type: 'rpps', valid: false, reason: 'La clé de Luhn du numéro RPPS est incorrecte.' },
    ]);
    expect(findings.notes).toContain(`Le numéro RPPS ${RPPS_BAD_KEY} ne passe pas sa clé de Luhn.`);
  });

  it.each<[string, string, string[]]>([
    ['a bare value', `identifier=${IDNPS_A}`, [IDNPS_A]],
    ['system|value', `identifier=https://rpps.esante.gouv.fr|${IDNPS_A}`, [IDNPS_A]],
    ['a URL-encoded system|value', `identifier=https%3A%2F%2Frpps.esante.gouv.fr%7C${IDNPS_A}`, [IDNPS_A]],
    ['a lower-case %7c', `identifier=urn%3Aoid%3A1.2.250.1.71.4.2.1%7c${RPPS_A}`, [RPPS_A]],
    ['a comma-separated list', `identifier=${IDNPS_A},${RPPS_B}`, [IDNPS_A, RPPS_B]],
    ['an encoded comma-separated list', `identifier=${IDNPS_A}%2C${IDNPS_B}`, [IDNPS_A, IDNPS_B]],
    ['a malformed escape', `identifier=%E0%A4%A|${IDNPS_A}`, [IDNPS_A]],
    ['a FINESS (9 digits)', 'identifier=921234563', []],
    ['a SIRET (14 digits)', 'identifier=12345678901234', []],
    ['12 digits not starting with 8', 'identifier=010000668540', []],
  ])('reads %s in the identifier parameter as %j', (_label, query, expected) => {
    const findings = analyse(`2025-03-10T14:02:11Z GET ${BASE}/Practitioner?${query}`);
    expect(findings.callTypes.unitary).toBe(1);
    expect(findings.identifiers.map((i) => i.value)).toEqual(expected);
  });

  it('lists each identifier once, in the order first seen', () => {
    const log = [IDNPS_B, IDNPS_A, IDNPS_B, IDNPS_A]
      .map((id, i) => `2025-03-10T14:02:1${i}Z GET ${BASE}/Practitioner?identifier=${id}`)
      .join('\n');
    expect(analyse(log).identifiers.map((i) => i.value)).toEqual([IDNPS_B, IDNPS_A]);
  });

  it('reads identifiers from a base64-encoded HAR response body', () => {
    const har = JSON.stringify({
      log: {
        entries: [
          {
            startedDateTime: '2025-03-10T14:02:11Z',
            request: { method: 'GET', url: `${BASE}/Practitioner?_count=50` },
            response: { content: { encoding: 'base64', text: btoa(bundle(IDNPS_BAD_KEY)) } },
          },
        ],
      },
    });
    const findings = analyse(har);
    expect(findings.identifiers).toEqual([expect.objectContaining({ value: IDNPS_BAD_KEY, valid: false })]);
    expect(findings.allIdentifiersValid).toBe(false);
  });

  it('reads identifier values from a truncated response body and from a body dumped in a text log', () => {
    const truncated = bundle(IDNPS_A).slice(0, -20);
    const har = JSON.stringify({
      log: {
        entries: [
          {
            startedDateTime: '2025-03-10T14:02:11Z',
            request: { method: 'GET', url: `${BASE}/Practitioner` },
            response: { content: { text: truncated } },
          },
        ],
      },
    });
    expect(analyse(har).identifiers.map((i) => i.value)).toEqual([IDNPS_A]);

    const text = [
      `2025-03-10T14:02:11Z GET ${BASE}/Practitioner?_count=50`,
      '  "entry": [ {',
      `    "fullUrl": "${BASE}/Practitioner/003-1234567",`,
      `    "identifier": [ { "system": "urn:oid:1.2.250.1.71.4.2.1", "value": "${IDNPS_B}" } ]`,
    ].join('\n');
    const findings = analyse(text);
    expect(findings.requests).toBe(1); // the fullUrl of the dumped body is not a request
    expect(findings.identifiers.map((i) => i.value)).toEqual([IDNPS_B]);
  });

  it('does not take a phone number of a parsed response body for an identifier', () => {
    expect(analyse(HAR).identifiers.map((i) => i.value)).not.toContain('01234567890');
  });

  it(`stops at ${FHIR_LOG_LIMITS.maxIdentifiers} distinct identifiers and says so`, () => {
    const count = FHIR_LOG_LIMITS.maxIdentifiers + 50;
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      lines.push(`2025-03-10T14:02:11Z GET /fhir/v2/Practitioner?identifier=${idnps(1_000_000_000 + i)}`);
    }
    const findings = analyse(lines.join('\n'));
    expect(findings.fhirRequests).toBe(count);
    expect(findings.identifiers).toHaveLength(FHIR_LOG_LIMITS.maxIdentifiers);
    expect(findings.allIdentifiersValid).toBe(true);
    expect(findings.notes).toContain(
      'Plus de 10\u00a0000 identifiants distincts : seuls les 10\u00a0000 premiers ont été vérifiés.',
    );
  });

  it('says when unitary calls name no RPPS or IDNPS', () => {
    const findings = analyse(`2025-03-10T14:02:11Z GET ${BASE}/Organization/001-01-123456`);
    expect(findings.identifiers).toEqual([]);
    expect(findings.allIdentifiersValid).toBe(true);
    expect(findings.notes).toContain('Aucun identifiant RPPS ou IDNPS relevé dans le journal.');
  });
});

describe('analyseFhirLog — timestamps', () => {
  it('reports requests without a timestamp', () => {
    const log = [
      `2025-03-10T14:02:11Z GET ${BASE}/Practitioner?identifier=${IDNPS_A}`,
      `GET ${BASE}/Practitioner?identifier=${IDNPS_B}`,
      `GET ${BASE}/Organization?_count=50`,
    ].join('\n');
    const findings = analyse(log);
    expect(findings.timestamped).toBe(false);
    expect(findings.notes).toContain("2 requêtes n'ont pas d'horodatage.");
  });

  it('says when no FHIR request is timestamped', () => {
    const log = [`GET ${BASE}/Practitioner?_count=50`, `GET ${BASE}/Organization?_count=50`].join('\n');
    const findings = analyse(log);
    expect(findings.timestamped).toBe(false);
    expect(findings.notes).toContain("Aucune des 2 requêtes FHIR n'est horodatée.");
  });

  it.each<[string, unknown]>([
    ['an ISO-8601 string with offset', '2025-03-10T14:02:11+01:00'],
    ['an ISO-8601 string with a space and a comma', '2025-03-10 14:02:11,123'],
    ['epoch seconds', 1741611731],
    ['epoch milliseconds', 1741611731000],
    ['epoch milliseconds as a string', '1741611731000'],
    ['an access-log date', '10/Mar/2025:14:02:11 +0100'],
    ['an HTTP date', 'Mon, 10 Mar 2025 13:02:11 GMT'],
  ])('accepts %s as the timestamp of a JSON record', (_label, timestamp) => {
    const findings = analyse(JSON.stringify({ timestamp, method: 'GET', url: `${BASE}/Device` }));
    expect(findings.timestamped).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a time without a date', '14:02:11'],
    ['an impossible date', '2025-02-30T10:00:00Z'],
    ['a word', 'yesterday'],
    ['null', null],
  ])('does not accept %s as a timestamp', (_label, timestamp) => {
    const findings = analyse(JSON.stringify({ timestamp, method: 'GET', url: `${BASE}/Device` }));
    expect(findings.timestamped).toBe(false);
    expect(findings.notes).toContain("1 requête n'a pas d'horodatage.");
  });

  it('reports a HAR entry without startedDateTime', () => {
    const har = JSON.stringify({ log: { entries: [{ request: { method: 'GET', url: `${BASE}/Device` } }] } });
    expect(analyse(har)).toMatchObject({ format: 'har', fhirRequests: 1, timestamped: false });
  });
});

describe('analyseFhirLog — DELTA depth', () => {
  it('flags a DELTA going back 45 days', () => {
    const findings = analyse(`2025-03-10T09:00:00Z GET ${BASE}/Practitioner?_lastUpdated=ge2025-01-24`);
    expect(findings.callTypes.delta).toBe(1);
    expect(findings.deltaWithinThirtyDays).toBe(false);
    expect(findings.notes).toContain(
      "La requête DELTA du 10/03/2025 remonte à 45 jours (_lastUpdated=ge2025-01-24) : l'API limite les DELTA à 30 jours.",
    );
  });

  it.each<[string, string, string, boolean | null]>([
    ['exactly 30 days back (date)', '2025-03-31T10:00:00Z', 'ge2025-03-01', true],
    ['31 days back (date)', '2025-04-01T10:00:00Z', 'ge2025-03-01', false],
    ['the Paris calendar day, not the UTC one', '2025-03-31T22:30:00Z', 'ge2025-03-01', false],
    ['30 days back to the minute', '2025-03-31T10:00:00Z', 'ge2025-03-01T10:00:00Z', true],
    ['30 days and a minute back', '2025-03-31T10:01:00Z', 'gt2025-03-01T10:00:00Z', false],
    ['an offset decoded into a space', '2025-03-31T09:00:00Z', 'ge2025-03-01T10:00:00 01:00', true],
    ['a month-only date', '2025-03-20T10:00:00Z', 'ge2025-03', true],
    ['an unreadable date', '2025-03-20T10:00:00Z', 'gelast-week', null],
  ])('%s → %p', (_label, time, lastUpdated, expected) => {
    const findings = analyse(`${time} GET ${BASE}/Practitioner?_lastUpdated=${lastUpdated}`);
    expect(findings.deltaWithinThirtyDays).toBe(expected);
  });

  it('cannot tell the depth of a DELTA without a timestamp', () => {
    const findings = analyse(`GET ${BASE}/Practitioner?_lastUpdated=ge2025-01-24`);
    expect(findings.deltaWithinThirtyDays).toBeNull();
    expect(findings.notes).toContain(
      "La profondeur d'une requête DELTA n'a pas pu être vérifiée (horodatage ou date _lastUpdated illisible).",
    );
  });

  it('has no DELTA verdict when the log has no DELTA', () => {
    expect(analyse(`2025-03-10T09:00:00Z GET ${BASE}/Practitioner`).deltaWithinThirtyDays).toBeNull();
  });

  it('fails the whole log when one DELTA of several goes too far back', () => {
    const log = [
      `2025-03-10T09:00:00Z GET ${BASE}/Practitioner?_lastUpdated=ge2025-03-01`,
      `GET ${BASE}/Practitioner?_lastUpdated=ge2025-03-01`,
      `2025-03-10T09:00:00Z GET ${BASE}/Organization?_lastUpdated=ge2024-12-01`,
    ].join('\n');
    expect(analyse(log).deltaWithinThirtyDays).toBe(false);
  });
});

describe('analyseFhirLog — API key', () => {
  it.each<[string, string]>([
    [
      'a text log header',
      `2025-03-10T09:00:00Z GET ${BASE}/Device ESANTE-API-KEY: 3f1b9c0e-77aa-4c1e-9b1f-0a2b3c4d5e6f`,
    ],
    [
      'a HAR header',
      JSON.stringify({
        log: {
          entries: [
            {
              startedDateTime: '2025-03-10T09:00:00Z',
              request: {
                method: 'GET',
                url: `${BASE}/Device`,
                headers: [{ name: 'esante-api-key', value: 'a1b2c3d4e5f6a7b8' }],
              },
            },
          ],
        },
      }),
    ],
  ])('warns that %s holds the API key in clear', (_label, log) => {
    expect(analyse(log).notes).toContain(
      "Le journal contient la clé d'API en clair (en-tête ESANTE-API-KEY) : masquez-la avant de verser le journal au dossier.",
    );
  });

  it.each(['********', 'xxxxxxxxxxxx', '<redacted>', '${ESANTE_API_KEY}'])('accepts the masked key %j', (key) => {
    const log = `2025-03-10T09:00:00Z GET ${BASE}/Device ESANTE-API-KEY: ${key}`;
    expect(analyse(log).notes.some((note) => note.includes('ESANTE-API-KEY'))).toBe(false);
  });
});

describe('analyseFhirLog — anything else', () => {
  const binary = String.fromCharCode(...Array.from({ length: 2048 }, (_, i) => (i * 37) % 256));

  it.each<[string, string]>([
    ['an empty log', ''],
    ['white space', '  \n\t\r\n  '],
    ['prose', 'Bonjour,\nveuillez trouver ci-joint le journal demandé.\nCordialement'],
    ['broken JSON', '{"log": {"entries": [ {"request": '],
    ['JSON that is not a log', '{"resourceType":"Bundle","entry":[]}'],
    ['a JSON number', '42'],
    ['a JSON array of numbers', '[1, 2, 3]'],
    ['deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['binary content', binary],
    ['a NUL byte', `GET ${BASE}/Device\u0000`],
    ['a huge single line without URL', 'a'.repeat(3_000_000)],
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'],
  ])('returns an unknown format with a note for %s', (_label, log) => {
    const findings = analyse(log);
    expect(findings).toMatchObject({
      format: 'unknown',
      requests: 0,
      fhirRequests: 0,
      resources: NO_RESOURCES,
      callTypes: { full: 0, delta: 0, unitary: 0 },
      identifiers: [],
      timestamped: false,
      deltaWithinThirtyDays: null,
    });
    expect(findings.notes.length).toBeGreaterThan(0);
  });

  it.each<[string, string, string[]]>([
    ['an empty log', '', ['Le journal est vide.']],
    [
      'a binary file',
      binary,
      [
        "Le fichier contient des caractères de contrôle : il semble binaire (archive, image, texte mal encodé) et n'a pas pu être lu comme un journal.",
      ],
    ],
    [
      'a text without request',
      'lorem ipsum',
      [
        "Aucune requête HTTP reconnue : le journal n'est ni un HAR, ni du JSON (tableau ou lignes), ni un texte dont les lignes contiennent des URL.",
      ],
    ],
    [
      'a request beyond the per-line cap',
      `${'x'.repeat(FHIR_LOG_LIMITS.maxLineChars)} GET ${BASE}/Device`,
      [
        'Lignes très longues : seuls les 100\u00a0000 premiers caractères de chacune ont été analysés.',
        "Aucune requête HTTP reconnue : le journal n'est ni un HAR, ni du JSON (tableau ou lignes), ni un texte dont les lignes contiennent des URL.",
      ],
    ],
  ])('explains in French why %s gives no findings', (_label, log, notes) => {
    expect(analyse(log).notes).toEqual(notes);
  });

  it('does not throw on a value that is not a string', () => {
    expect(analyseFhirLog(undefined as unknown as string).format).toBe('unknown');
  });

  it('reads the beginning of a request line longer than the per-line cap, and says so', () => {
    const line = `2025-03-10T09:00:00Z GET ${BASE}/Device?_count=50 ${'x'.repeat(FHIR_LOG_LIMITS.maxLineChars * 2)}`;
    const findings = analyse(line);
    expect(findings).toMatchObject({ format: 'text', fhirRequests: 1 });
    expect(findings.notes).toContain(
      'Lignes très longues : seuls les 100\u00a0000 premiers caractères de chacune ont été analysés.',
    );
  });

  it('keeps an empty HAR as a HAR without requests', () => {
    const findings = analyse('{"log":{"version":"1.2","entries":[]}}');
    expect(findings).toMatchObject({ format: 'har', requests: 0, timestamped: false });
    expect(findings.notes).toEqual(['Journal HAR : 0 entrée.', 'Aucune requête HTTP dans le journal.']);
  });

  it('gives the same findings for the same log', () => {
    expect(analyse(HAR)).toEqual(analyse(HAR));
  });
});
