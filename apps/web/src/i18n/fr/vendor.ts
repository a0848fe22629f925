const plural = (count: number, one: string, many: string): string => (count > 1 ? many : one);

/** Vendor workspace: products, dossiers, questionnaire, scenarios, evidence, declarations, submission. */
export const vendor = {
  productsTitle: 'Produits',
  dossiersTitle: 'Dossiers de conformité',
  dossierTitle: 'Dossier',

  products: {
    intro: 'Les produits de votre organisation. Ouvrez un dossier de conformité pour un produit et un référentiel.',
    empty: 'Aucun produit pour l’instant. Créez-en un pour ouvrir son premier dossier.',
    create: 'Nouveau produit',
    createTitle: 'Créer un produit',
    name: 'Nom du produit',
    version: 'Version',
    versionHint: 'La version du produit évaluée, par exemple 3.2.0.',
    description: 'Description (facultative)',
    submit: 'Créer le produit',
    created: (name: string) => `Produit « ${name} » créé.`,
    more: 'Afficher plus',
    createdOn: (date: string) => `Créé le ${date}`,
    newDossier: 'Nouveau dossier',
    newDossierTitle: (product: string) => `Nouveau dossier pour ${product}`,
    referential: 'Référentiel',
    openDossier: 'Ouvrir le dossier',
    listLabel: 'Liste des produits',
  },

  dossiers: {
    empty: 'Aucun dossier pour l’instant.',
    emptyHint: 'Un dossier se crée à partir d’un produit.',
    goToProducts: 'Créer un produit',
    filter: 'Filtrer par statut',
    allStatuses: 'Tous les statuts',
    product: 'Produit',
    referential: 'Référentiel',
    status: 'Statut',
    round: 'Tour',
    completeness: 'Complétude',
    updatedAt: 'Dernière mise à jour',
    open: (product: string) => `Ouvrir le dossier ${product}`,
    more: 'Afficher plus',
    unknownProduct: 'Produit',
  },

  dossier: {
    loading: 'Chargement du dossier…',
    product: 'Produit',
    referential: 'Référentiel',
    submittedNotice: (round: number) =>
      `Dossier soumis (tour ${round}) : son contenu est figé pendant l’examen par l’ANS.`,
    approvedNotice: (round: number) => `L’ANS a déclaré le dossier conforme (tour ${round}).`,
    rejectedNotice: (round: number) => `L’ANS a refusé le dossier (tour ${round}).`,
    notFound: 'Ce dossier n’existe pas ou vous n’y avez pas accès.',
    backToDossiers: 'Retour aux dossiers',
    manifest: 'Empreinte du manifeste (SHA-256)',
    submittedAt: (date: string) => `Soumis le ${date}`,
    referentialNotice: 'À propos de ce référentiel',
    tabsLabel: 'Sections du dossier',
    questionnaireTab: 'Questionnaire d’applicabilité',
    scenariosTab: 'Scénarios et preuves',
  },

  questionnaire: {
    title: 'Questionnaire d’applicabilité',
    intro:
      'Vos réponses déterminent les scénarios qui s’appliquent à votre produit. Chaque réponse est enregistrée aussitôt.',
    saving: 'Enregistrement…',
    saved: 'Réponses enregistrées.',
    unanswered: 'Sans réponse',
    followUp: 'Question complémentaire',
    frozen: 'Le questionnaire est figé : le dossier a été soumis.',
    becameApplicable: (count: number) =>
      `${count} ${plural(count, 'scénario devient applicable', 'scénarios deviennent applicables')} :`,
    becameNotApplicable: (count: number) =>
      `${count} ${plural(count, 'scénario devient non applicable', 'scénarios deviennent non applicables')} :`,
    noChange: 'Aucun scénario ne change d’applicabilité.',
    changesTitle: 'Effet de votre dernière réponse',
    answered: (answered: number, asked: number) =>
      `${answered} ${plural(answered, 'réponse', 'réponses')} sur ${asked}`,
    show: 'Afficher les questions',
    hide: 'Masquer les questions',
  },

  tree: {
    title: 'Scénarios par famille',
    filterLabel: 'Afficher',
    filters: { all: 'Tous', todo: 'À traiter', changes: 'Compléments demandés' },
    familyCount: (ready: number, total: number) => `${ready}/${total}`,
    familyCountLabel: (ready: number, total: number) => `${ready} scénarios prêts sur ${total}`,
    empty: 'Aucun scénario ne correspond à ce filtre.',
    nothingExpected: 'rien à fournir',
    locked: 'verrouillé',
    lockedLabel: 'verrouillé : ce scénario n’est pas sous demande de compléments',
    notApplicableHidden: (count: number) =>
      `${count} ${plural(count, 'scénario non applicable masqué', 'scénarios non applicables masqués')}`,
  },

  scenario: {
    placeholder: 'Choisissez un scénario dans la liste pour voir les preuves attendues et déposer vos fichiers.',
    close: 'Fermer le détail',
    requirement: 'Exigence',
    reasons: 'Pourquoi ce scénario s’applique ou non',
    pendingQuestions: 'Questions à compléter',
    pendingHint: 'Ce scénario reste applicable tant que ces questions sont sans réponse.',
    proofs: 'Preuves attendues',
    noProofs: 'Ce scénario n’attend pas de preuve.',
    cases:
      'Ce scénario se démontre selon l’un des cas ci-dessous : fournissez les preuves d’un seul cas, celui qui correspond à votre produit.',
    caseProofs: (codes: string[]) => `${codes.length > 1 ? 'preuves' : 'preuve'} ${codes.join(', ')}`,
    required: 'Obligatoire',
    optional: 'Facultative',
    kinds: {
      video: 'vidéo',
      screenshot: 'capture d’écran',
      document: 'document',
      logs: 'journaux',
      flow: 'flux',
    } as Record<string, string>,
    kindsLabel: 'Formats attendus',
    preview: 'Aperçu de la version la plus récente',
    verdict: 'Avis de l’évaluateur',
    locked:
      'Ce scénario est verrouillé pour ce tour : seuls les scénarios sous demande de compléments sont modifiables.',
    notApplicableNoProof: 'Ce scénario ne s’applique pas : aucune preuve n’est attendue.',
  },

  upload: {
    drop: 'Glissez un fichier ici',
    or: 'ou',
    choose: 'Choisir un fichier',
    chooseAgain: 'Déposer une nouvelle version',
    chooseLabel: (proof: string) => `Fichier pour la preuve ${proof}`,
    progress: (percent: number, sent: string, total: string) => `Envoi : ${percent} % (${sent} sur ${total})`,
    cancel: 'Annuler l’envoi',
    cancelled: 'Envoi annulé : aucune version n’a été ajoutée.',
    done: (version: number, name: string) => `Version ${version} ajoutée : ${name}.`,
    tooLarge: 'Fichier trop volumineux.',
    tooLargeLimit: (limit: string) => `Fichier trop volumineux : la limite est de ${limit}.`,
    badType: 'Type de fichier refusé pour cette preuve.',
    badTypeDetail: (name: string, detected: string | undefined, accepted: string[]) =>
      `Type de fichier refusé pour cette preuve : « ${name} » est ${detected ? `de type ${detected}` : 'd’un type non reconnu'} ; types acceptés : ${accepted.join(', ')}.`,
    locked: 'Dépôt impossible : le dossier n’est pas modifiable.',
    failed: 'L’envoi a échoué.',
    keyboardHint: 'Au clavier : utilisez le bouton « Choisir un fichier ».',
    disabled: 'Dépôt fermé pour ce scénario.',
  },

  versions: {
    title: 'Versions déposées',
    empty: 'Aucun fichier déposé.',
    version: (version: number) => `Version ${version}`,
    latest: 'la plus récente',
    size: 'Taille',
    type: 'Type',
    date: 'Déposé le',
    sha: 'SHA-256',
    fullSha: (sha: string) => `Empreinte SHA-256 complète : ${sha}`,
    download: (name: string) => `Télécharger ${name}`,
    downloadFailed: 'Le téléchargement a échoué.',
  },

  findings: {
    title: 'Vérifications automatiques',
    notAnalysed: 'Non analysé automatiquement.',
    requests: (total: number, fhir: number) =>
      `${total} requêtes HTTP, dont ${fhir} vers l’API FHIR de l’Annuaire Santé.`,
    callTypes: (full: number, delta: number, unitary: number) =>
      `Appels FULL : ${full} · DELTA : ${delta} · unitaires : ${unitary}.`,
    identifiersValid: 'Tous les identifiants trouvés sont valides.',
    identifiersInvalid: 'Certains identifiants trouvés sont invalides.',
    invalidIdentifier: (type: string, value: string, reason: string | undefined) =>
      `${type} ${value} invalide${reason ? ` : ${reason}` : '.'}`,
    timestamped: 'Chaque requête FHIR est horodatée.',
    notTimestamped: 'Des requêtes FHIR ne sont pas horodatées.',
    deltaOk: 'Les appels DELTA remontent à 30 jours au plus.',
    deltaTooOld: 'Des appels DELTA remontent à plus de 30 jours.',
    hint: 'Ces vérifications sont indicatives et ne bloquent pas la soumission.',
    details: 'Détail de l’analyse',
    messages: (count: number) => `${count} message${count > 1 ? 's' : ''} HL7 v2.`,
    documents: (count: number, cda: number) =>
      `${count} document${count > 1 ? 's' : ''} décrit${count > 1 ? 's' : ''} dans l’archive IHE XDM, dont ${cda} CDA.`,
    patientIdentifiers: 'Identifiants patient relevés',
    identifier: (value: string, oid: string | null, ins: boolean) =>
      `${value} — ${oid ? `OID ${oid}` : 'sans OID'}${ins ? ' (matricule INS)' : ''}`,
    insOk: 'Aucun matricule INS n’accompagne une identité non qualifiée.',
    insUnqualified: (count: number) =>
      `${count} matricule${count > 1 ? 's' : ''} INS accompagne${count > 1 ? 'nt' : ''} une identité non qualifiée.`,
  },

  declaration: {
    title: 'Déclaration sur l’honneur',
    why: 'Ce scénario ne s’applique pas à votre produit, mais le référentiel demande une déclaration sur l’honneur justifiée à la place des preuves.',
    name: 'Nom et prénom du déclarant',
    role: 'Qualité du déclarant',
    justification: 'Justification',
    justificationHint: (min: number, max: number) =>
      `Expliquez en phrases complètes pourquoi le scénario ne s’applique pas (${min} à ${max} caractères).`,
    statement: 'Texte de la déclaration',
    statementHint: 'Les champs entre accolades sont complétés à la signature.',
    certify:
      'Je certifie sur l’honneur l’exactitude de cette déclaration et que je suis habilité(e) à la signer au nom de mon organisation.',
    sign: 'Signer la déclaration',
    signed: 'Déclaration signée.',
    current: 'Déclaration en vigueur',
    signedBy: (name: string, date: string) => `Signée par ${name} le ${date}`,
    hash: 'Empreinte',
    pdf: 'Télécharger le PDF',
    replace: 'Signer une nouvelle déclaration',
    replaceHint: 'Une nouvelle déclaration remplace celle-ci ; les deux sont conservées.',
    roles: { legal_representative: 'Représentant légal', delegate: 'Délégataire du représentant légal' } as Record<
      string,
      string
    >,
  },

  submit: {
    button: 'Soumettre le dossier',
    resubmit: 'Soumettre à nouveau',
    title: 'Soumettre le dossier à l’ANS',
    checking: 'Vérification de la complétude…',
    complete: 'Le dossier est complet. Une fois soumis, son contenu est figé pendant l’examen.',
    incomplete: (count: number) =>
      `Il manque encore ${count} ${plural(count, 'élément', 'éléments')} avant de pouvoir soumettre :`,
    missingProof: (proof: string) => `preuve ${proof} à fournir`,
    missingDeclaration: 'déclaration sur l’honneur à signer',
    confirm: 'Confirmer la soumission',
    done: (round: number) => `Dossier soumis (tour ${round}).`,
    refused: 'Soumission refusée : le dossier est incomplet.',
  },

  changes: {
    title: 'Compléments demandés par l’ANS',
    intro: (round: number) =>
      `Tour ${round} : seuls les scénarios ci-dessous sont modifiables. Répondez aux demandes puis soumettez à nouveau.`,
    noComment: 'Sans commentaire.',
  },

  comments: {
    title: 'Échanges avec l’évaluateur',
    empty: 'Aucun message.',
    vendor: 'Éditeur',
    authority: 'ANS',
    edited: 'modifié',
    newMessage: 'Nouveau message',
    send: 'Envoyer',
    edit: 'Modifier',
    editLabel: 'Modifier le message',
    save: 'Enregistrer la modification',
    cancel: 'Annuler',
    round: (round: number) => `tour ${round}`,
    previous: 'Versions précédentes',
  },

  errors: {
    DOSSIER_LOCKED: 'Le dossier n’est pas modifiable : il a été soumis.',
    SCENARIO_FROZEN: 'Ce changement toucherait des scénarios verrouillés pour ce tour.',
  } as Record<string, string>,
};
