/** Texts of the Ségur référencement screens (vendor and reviewer). */
export const segur = {
  programme: { DMN: 'DMN', SEGUR: 'Ségur du numérique en santé' } as Record<string, string>,
  phase: {
    administrative: 'Dossier administratif',
    proofs: 'Dossier de preuves',
    referenced: 'Référencement',
  } as Record<string, string>,
  couloir: {
    MDV: 'Médecins de ville',
    HOP: 'Hôpital',
    BIO: 'Biologie médicale',
    RAD: 'Radiologie',
    OFF: 'Officine',
    MS: 'Médico-social',
  } as Record<string, string>,

  create: {
    programme: 'Programme',
    couloir: 'Couloir',
    dispositif: 'Dispositif',
    vague: 'Vague',
    vagueLabel: (vague: string) => `Vague ${vague}`,
    productVersion: 'Version de la solution candidate',
    productVersionHint: 'La version technique pour laquelle vous demandez le référencement.',
    noSegur: 'Aucun référentiel Ségur n’est disponible.',
    choose: 'Choisir…',
  },

  tracker: {
    label: 'Avancement de la procédure Ségur',
    step: (n: number) => `Étape ${n}`,
    done: 'terminée',
    current: 'en cours',
    upcoming: 'à venir',
  },

  administrative: {
    title: 'Dossier administratif (phase 1)',
    intro:
      'Complétez la candidature, faites accepter la charte de référencement par une personne habilitée à engager votre société, remplissez le formulaire d’éligibilité et déclarez vos versions obsolètes. Une fois le dossier accepté, le dépôt des preuves s’ouvre.',
    status: {
      draft: 'À compléter',
      submitted: 'Soumis, en attente d’instruction',
      accepted: 'Accepté',
      changes_requested: 'Compléments demandés',
    } as Record<string, string>,
    missingTitle: 'Avant de soumettre',
    section: {
      candidature: 'Candidature',
      charter: 'Charte de référencement',
      eligibility: 'Formulaire d’éligibilité',
      obsolete_versions: 'Versions obsolètes',
    } as Record<string, string>,
    saved: 'Enregistré.',
    done: 'complété',
    save: 'Enregistrer',
    submit: 'Soumettre le dossier administratif',
    submitted: 'Dossier administratif soumis.',
    locked: 'Le dossier administratif est en cours d’instruction : il n’est plus modifiable.',
    decisionComment: (comment: string) => `Commentaire de l’évaluateur : ${comment}`,
    phaseClosed: 'Le dépôt des preuves s’ouvrira quand le dossier administratif sera accepté.',
  },

  candidature: {
    legalName: 'Raison sociale',
    siren: 'SIREN',
    sirenHint: '9 chiffres ; la clé est vérifiée.',
    siret: 'SIRET',
    siretHint: '14 chiffres, un établissement de ce SIREN.',
    solutionName: 'Nom de la solution',
    solutionVersion: 'Version de la solution',
    contactName: 'Contact',
    contactEmail: 'Adresse électronique du contact',
  },

  charter: {
    version: (version: string) => `Version ${version} de la charte`,
    read: 'Lire la charte',
    signatoryName: 'Nom du signataire',
    signatoryRole: 'Qualité du signataire',
    certify: 'J’ai lu la charte et je suis habilité(e) à engager la société.',
    accept: 'Accepter la charte',
    accepted: (name: string, role: string, date: string) => `Acceptée par ${name} (${role}) le ${date}.`,
    hash: 'Empreinte SHA-256 du texte accepté',
    adminOnly: 'Seul un administrateur de votre organisation, habilité à engager la société, peut accepter la charte.',
  },

  obsolete: {
    none: 'Aucune version n’est obsolète',
    noneJustification: 'Justification',
    some: 'Des versions sont obsolètes',
    version: 'Version',
    endOfMaintenance: 'Fin de maintenance',
    endOfSale: 'Fin de commercialisation',
    add: 'Ajouter une version',
    remove: (version: string) => `Retirer la version ${version || 'sans numéro'}`,
    declared: (count: number) => `${count} version${count > 1 ? 's' : ''} déclarée${count > 1 ? 's' : ''}.`,
    declaredNone: 'Aucune version obsolète déclarée.',
  },

  deadlines: {
    title: 'Échéances de la campagne',
    met: 'respectée',
    noDate: 'pas encore datée',
    dueOn: (date: string) => `au plus tard le ${date}`,
    countdown: (days: number) => (days <= 0 ? 'aujourd’hui' : `J-${days}`),
    late: (days: number) => `en retard de ${days} jour${days > 1 ? 's' : ''}`,
    extendedFrom: (until: string, initial: string) =>
      `Prolongée jusqu’au ${until} par la direction de l’instruction (échéance initiale : ${initial}).`,
  },

  errata: {
    title: 'Errata et précisions',
    withdrawnMark: (date: string) => `Retirée par l’erratum du ${date}`,
    alternativeMark: 'Preuve alternative admise',
    heading: {
      requirement_withdrawn: (date: string) => `Retirée par l’erratum du ${date}`,
      alternative_proof: (date: string) => `Preuve alternative admise par l’erratum du ${date}`,
      reference_replaced: (date: string) => `Référence remplacée par l’erratum du ${date}`,
      clarification: (date: string) => `Précision apportée par l’erratum du ${date}`,
    } as Record<string, (date: string) => string>,
    builtIn: 'Précision',
    source: (source: string) => `Source : ${source}`,
    withdrawnHint: 'Ce scénario ne demande plus aucune preuve : il n’est pas compté comme manquant.',
    replaced: (replaced: string, replacement: string) => `« ${replaced} » est remplacée par « ${replacement} ».`,
    alternative: (codes: string, alternative: string) =>
      `Deux façons de prouver ce scénario : les preuves prévues par le référentiel (${codes}), ou la preuve alternative ${alternative}.`,
  },

  extension: {
    title: 'Prolonger une échéance',
    open: 'Accorder une prolongation…',
    milestone: 'Échéance',
    until: 'Nouvelle date limite',
    reason: 'Motif (conservé dans le journal d’audit)',
    grant: 'Accorder la prolongation',
    cancel: 'Annuler',
    granted: (label: string, date: string) => `Prolongation accordée : « ${label} » jusqu’au ${date}.`,
  },

  homologations: {
    title: 'Homologations préalables',
    status: { missing: 'Manquante', granted: 'Obtenue', in_progress: 'En cours' } as Record<string, string>,
    for: (codes: string) => `Exigée par ${codes}`,
    granted: (number: string, date: string) => `N° ${number}${date ? `, obtenue le ${date}` : ''}.`,
    until: (date: string) => `« En cours » est admis jusqu’au ${date}.`,
    update: 'Déclarer l’homologation',
    record: (label: string) => `Homologation ${label}`,
    number: 'Numéro d’homologation',
    grantedOn: 'Date d’obtention',
    attestation: 'Attestation (parmi les fichiers déposés)',
    inProgressProof:
      'Attestation de pré-instruction ou capture de l’espace d’homologation (parmi les fichiers déposés)',
    noEvidence: 'Aucun fichier',
    save: 'Enregistrer l’homologation',
  },

  referencement: {
    title: 'Référencement accordé',
    number: 'Numéro',
    grantedAt: 'Date',
    referential: 'Référentiel',
    solution: 'Solution référencée',
    attestation: 'Attestation (PDF)',
    hash: 'Empreinte SHA-256 de l’attestation',
    download: 'Télécharger l’attestation',
  },

  review: {
    title: 'Instruction du dossier administratif',
    accept: 'Accepter le dossier administratif',
    sendBack: 'Demander des compléments',
    comment: 'Commentaire pour l’éditeur',
    commentRequired: 'Un commentaire est nécessaire pour demander des compléments.',
    decided: 'Décision enregistrée.',
    waiting: 'L’éditeur n’a pas encore soumis son dossier administratif.',
    candidature: (legalName: string, siren: string, siret: string) => `${legalName} — SIREN ${siren}, SIRET ${siret}`,
    solution: (name: string, version: string) => `Solution : ${name} ${version}`,
    eligibilityAnswers: 'Réponses au formulaire d’éligibilité',
    backToQueue: 'Retour à la file d’instruction',
  },

  filters: {
    programme: 'Programme',
    anyProgramme: 'Tous les programmes',
    dispositif: 'Dispositif',
    anyDispositif: 'Tous les dispositifs',
    phase: 'Phase',
    anyPhase: 'Toutes les phases',
  },

  errors: {
    field: (field: string) => `Champ concerné : ${field}.`,
    FORBIDDEN: 'Seul un administrateur de votre organisation peut accepter la charte.',
  },
};
