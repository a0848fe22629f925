import { describe, expect, it } from '@jest/globals';
import { STATEMENT_TEMPLATE, statementText } from './statement.js';

describe('the sworn statement', () => {
  it('names the declarant, the role, the organisation, the scenario, the référentiel and the product', () => {
    const text = statementText({
      declarant: 'Camille Martin',
      role: 'legal_representative',
      organization: 'Télésuivi SAS',
      scenario: 'IEU 7.1',
      referential: 'DMN 1.2.2',
      product: 'CardioSuivi 3.2.0',
    });
    for (const part of [
      'Camille Martin',
      'représentant légal',
      'Télésuivi SAS',
      'IEU 7.1',
      'DMN 1.2.2',
      'CardioSuivi 3.2.0',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).toContain("déclare sur l'honneur");
  });

  it('leaves every placeholder of the template to be filled', () => {
    expect(STATEMENT_TEMPLATE.match(/\{\w+\}/g)?.sort()).toEqual(
      ['{declarant}', '{organization}', '{product}', '{referential}', '{role}', '{scenario}'].sort(),
    );
  });
});
