/** Vendor workspace: products, dossiers, questionnaire, scenarios, evidence, declarations, submission. */
export const vendor = {
  productsTitle: 'Produits',
  dossiersTitle: 'Dossiers de conformité',
  dossierTitle: 'Dossier',
};
