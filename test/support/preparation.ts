import type request from 'supertest';

type Http = () => ReturnType<typeof request>;

interface PreparedScenario {
  code: string;
  applicable: boolean;
  justificationRequired?: boolean;
  assessment?: { conformityText: string | null; justification: string | null };
}

export const CONFORMITY_TEXT =
  'Le produit répond au scénario tel que le montrent les preuves déposées : parcours filmé de bout en bout.';
export const WAIVER_JUSTIFICATION =
  'Les réponses au questionnaire écartent ce scénario : le produit ne couvre pas la fonction concernée.';

/**
 * What a vendor writes before submitting, besides proofs and declarations: a conformity text on
 * each applicable scenario (the DMN référentiel asks for one) and a written justification for each
 * scenario an answer waives. Only what is still missing is written.
 */
export async function writePreparationTexts(http: Http, dossierId: string, token: string): Promise<void> {
  const auth = { Authorization: `Bearer ${token}` };
  const view = (await http().get(`/api/v1/dossiers/${dossierId}`).set(auth).expect(200)).body as {
    scenarios: PreparedScenario[];
  };
  for (const scenario of view.scenarios) {
    const path = `/api/v1/dossiers/${dossierId}/scenarios/${encodeURIComponent(scenario.code)}/assessment`;
    if (scenario.applicable && !scenario.assessment?.conformityText)
      await http().put(path).set(auth).send({ status: 'conforme', conformityText: CONFORMITY_TEXT }).expect(200);
    else if (scenario.justificationRequired && !scenario.assessment?.justification)
      await http()
        .put(path)
        .set(auth)
        .send({ status: 'non_applicable', justification: WAIVER_JUSTIFICATION })
        .expect(200);
  }
}
