import { describe, expect, it } from '@jest/globals';
import { cxOf, hl7Message, NIR_A, NIR_B, OID, pid } from './fixtures/segur-proofs.js';
import { analyseHl7v2, looksLikeHl7v2 } from './hl7v2.js';
import { renderPrecheckNoteFr } from './notes-fr.js';

const LOCAL = cxOf('PAT-000123', OID.local, 'CABINET', 'PI');
const INS_A = cxOf(NIR_A, OID.nir, 'ASIP-SANTE-INS-NIR', 'INS');

function french(text: string): string[] {
  return analyseHl7v2(text).notes.map(renderPrecheckNoteFr);
}

describe('analyseHl7v2 — PID-3 identifiers and their assigning authority', () => {
  it('lists each identifier with its OID, authority name and type code, an INS by its OID', () => {
    const findings = analyseHl7v2(
      hl7Message('ADT^A28^ADT_A05', 'MSG1', pid({ ids: [LOCAL, INS_A], status: ['QUAL'] })),
    );
    expect(findings.messages).toEqual([
      { index: 1, type: 'ADT^A28^ADT_A05', controlId: 'MSG1', identityStatus: ['QUAL'] },
    ]);
    expect(findings.identifiers).toEqual([
      {
        value: 'PAT-000123',
        oid: OID.local,
        authority: 'CABINET',
        typeCode: 'PI',
        kind: 'other',
        where: 'message 1, PID-3',
        qualified: null,
      },
      {
        value: NIR_A,
        oid: OID.nir,
        authority: 'ASIP-SANTE-INS-NIR',
        typeCode: 'INS',
        kind: 'ins_nir',
        where: 'message 1, PID-3',
        qualified: true,
        keyValid: true,
      },
    ]);
    expect(findings.insUnqualified).toBe(0);
    expect(french(hl7Message('ADT^A28^ADT_A05', 'MSG1', pid({ ids: [LOCAL, INS_A], status: ['QUAL'] })))).toEqual([
      '1 message HL7 v2 (ADT^A28^ADT_A05).',
      '2 identifiants patient relevés (PID-3), dont 1 matricule INS.',
      'Le matricule INS relevé accompagne une identité qualifiée.',
    ]);
  });

  it.each<[string, string[], boolean | null, string]>([
    ['qualified (QUAL)', ['QUAL'], true, 'ins.qualified'],
    ['validated, not qualified (VALI)', ['VALI'], false, 'ins.unqualified'],
    ['provisional (PROV) with a doubt', ['PROV', 'DOUTE'], false, 'ins.unqualified'],
    ['recovered (RECUP)', ['RECUP'], false, 'ins.unqualified'],
    ['of no stated status', [], null, 'ins.qualification_unknown'],
  ])('an INS with an identity %s: qualified %s, note %s', (_label, status, qualified, code) => {
    const findings = analyseHl7v2(hl7Message('ADT^A31^ADT_A05', 'MSG2', pid({ ids: [INS_A], status })));
    expect(findings.identifiers[0].qualified).toBe(qualified);
    expect(findings.notes.map((note) => note.code)).toContain(code);
    expect(findings.insUnqualified).toBe(qualified === false ? 1 : 0);
  });

  it('says in French which matricule travels with an unqualified identity, and its status', () => {
    expect(french(hl7Message('ADT^A28^ADT_A05', 'M', pid({ ids: [INS_A], status: ['VALI'] })))).toContain(
      `Le matricule INS ${NIR_A} (NIR, OID 1.2.250.1.213.1.4.8) figure dans message 1, PID-3 alors que l'identité ` +
        "n'est pas qualifiée (statut VALI) : le matricule INS ne doit être transmis que pour une identité qualifiée.",
    );
  });

  it.each<[string, string, string, Record<string, unknown>, string]>([
    ['a NIA', NIR_B, OID.nia, { kind: 'ins_nia' }, 'ins.unqualified'],
    ['a test NIR', NIR_B, OID.nirTest, { kind: 'ins_nir_test', keyValid: true }, 'ins.test_oid'],
    [
      'a NIR whose key is wrong',
      `${NIR_A.slice(0, 13)}00`,
      OID.nir,
      { kind: 'ins_nir', keyValid: false },
      'ins.bad_key',
    ],
  ])('recognises %s', (_label, value, oid, expected, code) => {
    const findings = analyseHl7v2(
      hl7Message('ADT^A28^ADT_A05', 'M', pid({ ids: [cxOf(value, oid, 'ASIP-SANTE-INS', 'INS')], status: ['PROV'] })),
    );
    expect(findings.identifiers[0]).toMatchObject({ value, oid, ...expected });
    expect(findings.notes.map((note) => note.code)).toContain(code);
  });

  it('flags an identifier presented as an INS without an INS OID, and says when there is no INS at all', () => {
    const noOid = analyseHl7v2(hl7Message('ADT^A28^ADT_A05', 'M', pid({ ids: [`${NIR_A}^^^ASIP-SANTE-INS-NIR^INS`] })));
    expect(noOid.identifiers[0]).toMatchObject({ kind: 'other', oid: null, authority: 'ASIP-SANTE-INS-NIR' });
    expect(noOid.notes).toContainEqual({
      code: 'ins.oid_missing',
      params: { value: NIR_A, oid: null, where: 'message 1, PID-3', authority: 'ASIP-SANTE-INS-NIR', typeCode: 'INS' },
    });
    const local = analyseHl7v2(hl7Message('ADT^A28^ADT_A05', 'M', pid({ ids: [LOCAL], status: ['VALI'] })));
    expect(local.notes.map((note) => note.code)).toEqual(['hl7.messages', 'hl7.identifiers', 'ins.none']);
  });
});

describe('analyseHl7v2 — reading the file', () => {
  it('reads several messages, LF or CRLF segment ends, MLLP framing; notes a message without PID', () => {
    const first = hl7Message('ADT^A28^ADT_A05', 'A', pid({ ids: [INS_A], status: ['QUAL'] }));
    const second = hl7Message('ADT^A08^ADT_A01', 'B');
    const third = hl7Message('ADT^A31^ADT_A05', 'C', pid({ ids: [LOCAL] })).replace(/\r/g, '\r\n');
    const text = `\x0b${first}\x1c\r\n${second.replace(/\r/g, '\n')}\n\n${third}`;
    const findings = analyseHl7v2(text);
    expect(findings.messages.map((message) => [message.index, message.type, message.controlId])).toEqual([
      [1, 'ADT^A28^ADT_A05', 'A'],
      [2, 'ADT^A08^ADT_A01', 'B'],
      [3, 'ADT^A31^ADT_A05', 'C'],
    ]);
    expect(findings.notes).toContainEqual({ code: 'hl7.no_pid', params: { message: 2 } });
    expect(findings.identifiers.map((identifier) => identifier.where)).toEqual([
      'message 1, PID-3',
      'message 3, PID-3',
    ]);
    expect(french(text)[0]).toBe('3 messages HL7 v2 (ADT^A28^ADT_A05, ADT^A08^ADT_A01, ADT^A31^ADT_A05).');
  });

  it('uses the separators its MSH declares, and reads escaped separators', () => {
    const text = [
      'MSH#@~\\&#SIH#H#LGC#C#20250310##ADT@A28#X#P#2.5',
      `PID###AB\\S\\C@@@CABINET&${OID.local}&ISO@PI`,
    ].join('\r');
    const findings = analyseHl7v2(text);
    expect(findings.messages[0].type).toBe('ADT@A28');
    expect(findings.identifiers).toEqual([expect.objectContaining({ value: 'AB@C', oid: OID.local, typeCode: 'PI' })]);
  });

  it.each<[string, unknown]>([
    ['an empty file', ''],
    ['a JSON log', '{"url":"https://example.org"}'],
    ['binary bytes', '\u0000\u0001PK\u0003\u0004'],
    ['not a string', undefined],
    ['an MSH with nothing after it', 'MSH'],
  ])('never throws on %s: it says the file is no HL7 v2', (_label, input) => {
    const findings = analyseHl7v2(input as string);
    expect(findings).toMatchObject({ check: 'hl7v2', messages: [], identifiers: [] });
    expect(findings.notes).toEqual([{ code: 'hl7.not_hl7' }]);
  });

  it.each<[string, boolean]>([
    ['MSH|^~\\&|A|B', true],
    ['\uFEFF\x0bMSH|^~\\&|A', true],
    ['  \r\nMSH#@~\\&#A', true],
    ['PID|||1', false],
    ['MSHIP', false],
    ['{"MSH":1}', false],
  ])('looksLikeHl7v2(%j) is %s', (text, expected) => {
    expect(looksLikeHl7v2(text)).toBe(expected);
  });
});
