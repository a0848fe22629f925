import { describe, expect, it } from '@jest/globals';
import { declarationPath, evidencePath, safeSegment } from './archive-paths.js';

describe('safeSegment', () => {
  it.each([
    ['capture.png', 'capture.png'],
    ['Vidéo de démonstration.webm', 'Vidéo de démonstration.webm'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['  .hidden. ', 'hidden'],
    ['tab\there\nnewline', 'tab here newline'],
    ['', 'fichier'],
    ['...', 'fichier'],
    ['///', 'fichier'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['console.log', 'console.log'],
    ['INS/va1.53', 'INS_va1.53'],
    ['ANN 2.1.2', 'ANN 2.1.2'],
  ])('%j → %j', (input, expected) => {
    expect(safeSegment(input)).toBe(expected);
  });

  it('shortens a long name to 100 characters and keeps its extension', () => {
    const segment = safeSegment(`${'a'.repeat(300)}.pdf`);
    expect(segment).toHaveLength(100);
    expect(segment.endsWith('a.pdf')).toBe(true);
  });

  it('composes accents (NFC), so one name is one path whatever the client sent', () => {
    expect(safeSegment('e\u0301tat.pdf')).toBe('\u00e9tat.pdf');
  });
});

describe('archive paths', () => {
  it.each([
    [
      { scenarioCode: 'ANN 2.1', proofCode: 'ANN 2.1.2', version: 3, fileName: 'recherche.webm' },
      'evidence/ANN 2.1/ANN 2.1.2/v3-recherche.webm',
    ],
    [
      { scenarioCode: 'INS/va1.53', proofCode: 'INS/va1.53.1', version: 1, fileName: '../x.png' },
      'evidence/INS_va1.53/INS_va1.53.1/v1-_x.png',
    ],
    [
      { scenarioCode: 'ApCV 1.1', proofCode: 'ApCV 1.1.1', version: 12, fileName: '' },
      'evidence/ApCV 1.1/ApCV 1.1.1/v12-fichier',
    ],
  ])('evidence %j → %s', (evidence, expected) => {
    expect(evidencePath(evidence)).toBe(expected);
  });

  it('names a declaration by scenario and id', () => {
    const declaration = { scenarioCode: 'IEU 7.1', id: '0f3c2a9e-1111-4222-8333-444455556666' };
    expect(declarationPath(declaration, 'pdf')).toBe('declarations/IEU 7.1/declaration-0f3c2a9e.pdf');
    expect(declarationPath(declaration, 'json')).toBe('declarations/IEU 7.1/declaration-0f3c2a9e.json');
  });
});
