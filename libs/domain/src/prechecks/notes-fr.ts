/**
 * The French words of the pre-check notes (./notes.ts). Rendered where the note is shown: the web
 * app imports this file (it depends on nothing else), and so do the tests that read notes.
 * Unknown codes (a newer server) and the prose notes of findings stored before the codes existed
 * are rendered as they come.
 */
import type { PrecheckNote } from './notes.js';

/** « 10 000 » with a no-break space between thousands. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** French: 0 and 1 take the singular. */
export function plural(n: number, singular: string, pluralForm: string): string {
  return `${formatCount(n)} ${n >= 2 ? pluralForm : singular}`;
}

/** `2025-03-10` → `10/03/2025`. */
function frenchDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m === null ? day : `${m[3]}/${m[2]}/${m[1]}`;
}

const ENTRY_PROBLEMS: Record<string, string> = {
  too_large: 'trop volumineux une fois décompressé',
  encrypted: 'chiffré',
  unsupported_method: 'méthode de compression non prise en charge',
  damaged: 'endommagé',
};

const INS_KINDS: Record<string, string> = {
  '1.2.250.1.213.1.4.8': 'NIR',
  '1.2.250.1.213.1.4.9': 'NIA',
  '1.2.250.1.213.1.4.10': 'NIR de test',
  '1.2.250.1.213.1.4.11': 'NIR de démonstration',
};

/** « Le matricule INS 1 84 … (NIR, OID 1.2.250.1.213.1.4.8) figure dans message 1, PID-3 ». */
function insLabel({ value, oid, where }: { value: string; oid: string | null; where: string }): string {
  const kind = oid === null ? undefined : INS_KINDS[oid];
  return `Le matricule INS ${value} (${kind === undefined ? '' : `${kind}, `}OID ${oid ?? '?'}) figure dans ${where}`;
}

export function renderPrecheckNoteFr(note: PrecheckNote): string {
  switch (note.code) {
    case 'fhir.analysis_failed':
      return "L'analyse automatique du journal a échoué : vérifiez-le manuellement.";
    case 'fhir.input_truncated':
      return `Journal très volumineux : seuls les ${formatCount(note.params.chars)} premiers caractères ont été analysés.`;
    case 'fhir.empty':
      return 'Le journal est vide.';
    case 'fhir.binary':
      return (
        'Le fichier contient des caractères de contrôle : il semble binaire (archive, image, texte mal encodé) ' +
        "et n'a pas pu être lu comme un journal."
      );
    case 'fhir.format_har':
      return `Journal HAR : ${plural(note.params.entries, 'entrée', 'entrées')}.`;
    case 'fhir.format_json':
      return `Journal JSON : ${plural(note.params.records, 'enregistrement', 'enregistrements')}.`;
    case 'fhir.format_json_lines':
      return `Journal en lignes JSON : ${plural(note.params.records, 'enregistrement', 'enregistrements')}.`;
    case 'fhir.json_lines_ignored':
      return note.params.lines === 1
        ? "1 ligne n'est pas un objet JSON et a été ignorée."
        : `${formatCount(note.params.lines)} lignes ne sont pas des objets JSON et ont été ignorées.`;
    case 'fhir.format_text':
      return (
        `Journal texte : ${plural(note.params.requests, 'requête HTTP relevée', 'requêtes HTTP relevées')} ` +
        `sur ${plural(note.params.lines, 'ligne', 'lignes')}.`
      );
    case 'fhir.format_unknown':
      return (
        "Aucune requête HTTP reconnue : le journal n'est ni un HAR, ni du JSON (tableau ou lignes), " +
        'ni un texte dont les lignes contiennent des URL.'
      );
    case 'fhir.lines_truncated':
      return `Lignes très longues : seuls les ${formatCount(note.params.chars)} premiers caractères de chacune ont été analysés.`;
    case 'fhir.no_requests':
      return 'Aucune requête HTTP dans le journal.';
    case 'fhir.no_fhir_requests':
      return note.params.requests === 1
        ? "La seule requête HTTP du journal ne vise pas l'API FHIR de l'Annuaire Santé."
        : `Aucune des ${formatCount(note.params.requests)} requêtes HTTP du journal ne vise l'API FHIR de l'Annuaire Santé.`;
    case 'fhir.calls': {
      const { requests, full, delta, unitary } = note.params;
      return (
        `${plural(requests, 'requête', 'requêtes')} vers l'API FHIR de l'Annuaire Santé : ` +
        `${formatCount(full)} FULL, ${formatCount(delta)} DELTA, ${plural(unitary, 'unitaire', 'unitaires')}.`
      );
    }
    case 'fhir.resources': {
      const seen = note.params.resources;
      return (
        `${seen.length === 1 ? 'Ressource interrogée' : 'Ressources interrogées'} : ` +
        `${seen.map(([resource, count]) => `${resource} (${formatCount(count)})`).join(', ')}.`
      );
    }
    case 'fhir.pagination':
      return note.params.requests === 1
        ? '1 requête de pagination (_getpages) poursuit ces appels.'
        : `${formatCount(note.params.requests)} requêtes de pagination (_getpages) poursuivent ces appels.`;
    case 'fhir.other_method': {
      const { method, requests: n } = note.params;
      return (
        `${plural(n, `requête ${method}`, `requêtes ${method}`)} vers une ressource FHIR ` +
        `${n === 1 ? "n'a pas été comptée" : "n'ont pas été comptées"} : ` +
        "l'API de l'Annuaire Santé n'accepte que GET et POST (_search)."
      );
    }
    case 'fhir.requests_capped':
      return (
        `Plus de ${formatCount(note.params.max)} requêtes : seules les ` +
        `${formatCount(note.params.max)} premières ont été analysées.`
      );
    case 'fhir.no_identifiers':
      return 'Aucun identifiant RPPS ou IDNPS relevé dans le journal.';
    case 'fhir.identifiers': {
      const { total, idnps, rpps, invalid } = note.params;
      const kinds = [idnps > 0 ? `${formatCount(idnps)} IDNPS` : '', rpps > 0 ? `${formatCount(rpps)} RPPS` : '']
        .filter((k) => k !== '')
        .join(', ');
      const verdict =
        invalid === 0
          ? total === 1
            ? 'il passe sa clé de Luhn'
            : 'tous passent leur clé de Luhn'
          : plural(invalid, 'invalide', 'invalides');
      return `${plural(total, 'identifiant relevé', 'identifiants relevés')} (${kinds}) : ${verdict}.`;
    }
    case 'fhir.identifier_invalid': {
      const { type, value, luhn, reason } = note.params;
      const label = type === 'idnps' ? `L'IDNPS ${value}` : `Le numéro RPPS ${value}`;
      if (luhn) return `${label} ne passe pas sa clé de Luhn.`;
      return `${label} est invalide : ${reason ?? 'format inattendu.'}`;
    }
    case 'fhir.identifiers_more_invalid':
      return `… et ${plural(note.params.count, 'autre identifiant invalide', 'autres identifiants invalides')}.`;
    case 'fhir.identifiers_capped':
      return (
        `Plus de ${formatCount(note.params.max)} identifiants distincts : seuls les ` +
        `${formatCount(note.params.max)} premiers ont été vérifiés.`
      );
    case 'fhir.timestamped':
      return note.params.requests === 1
        ? 'La requête FHIR est horodatée.'
        : 'Toutes les requêtes FHIR sont horodatées.';
    case 'fhir.none_timestamped':
      return `Aucune des ${formatCount(note.params.requests)} requêtes FHIR n'est horodatée.`;
    case 'fhir.untimestamped':
      return note.params.count === 1
        ? "1 requête n'a pas d'horodatage."
        : `${formatCount(note.params.count)} requêtes n'ont pas d'horodatage.`;
    case 'fhir.delta_too_old': {
      const { day, days, lastUpdated, maxDays } = note.params;
      return (
        `La requête DELTA du ${frenchDay(day)} remonte à ${days} jours ` +
        `(_lastUpdated=${lastUpdated}) : l'API limite les DELTA à ${maxDays} jours.`
      );
    }
    case 'fhir.delta_more_too_old':
      return `… et ${plural(note.params.count, 'autre requête DELTA', 'autres requêtes DELTA')} au-delà de ${note.params.maxDays} jours.`;
    case 'fhir.delta_unknown':
      return note.params.count === 1
        ? "La profondeur d'une requête DELTA n'a pas pu être vérifiée (horodatage ou date _lastUpdated illisible)."
        : `La profondeur de ${formatCount(note.params.count)} requêtes DELTA n'a pas pu être vérifiée ` +
            '(horodatage ou date _lastUpdated illisible).';
    case 'fhir.delta_within':
      return note.params.count === 1
        ? `La requête DELTA remonte à ${note.params.maxDays} jours au plus.`
        : `Les ${formatCount(note.params.count)} requêtes DELTA remontent à ${note.params.maxDays} jours au plus.`;
    case 'fhir.api_key_exposed':
      return (
        "Le journal contient la clé d'API en clair (en-tête ESANTE-API-KEY) : masquez-la avant de verser le " +
        'journal au dossier.'
      );
    case 'ins.none':
      return 'Aucun matricule INS (OID 1.2.250.1.213.1.4.8, .9, .10 ou .11) relevé.';
    case 'ins.unqualified': {
      const { status } = note.params;
      return (
        `${insLabel(note.params)} alors que l'identité n'est pas qualifiée` +
        `${status.length > 0 ? ` (statut ${status.join(', ')})` : ''} : ` +
        'le matricule INS ne doit être transmis que pour une identité qualifiée.'
      );
    }
    case 'ins.qualification_unknown':
      return (
        `${insLabel(note.params)} ; le fichier ne dit pas si l'identité est qualifiée : vérifiez-le, ` +
        'le matricule INS ne doit être transmis que pour une identité qualifiée.'
      );
    case 'ins.qualified':
      return note.params.count === 1
        ? 'Le matricule INS relevé accompagne une identité qualifiée.'
        : `Les ${formatCount(note.params.count)} matricules INS relevés accompagnent une identité qualifiée.`;
    case 'ins.test_oid':
      return `${insLabel(note.params)} : cet OID est celui des INS de test ou de démonstration.`;
    case 'ins.bad_key':
      return `${insLabel(note.params)} : sa clé de NIR est incorrecte.`;
    case 'ins.oid_missing':
      return (
        `L'identifiant ${note.params.value} (${note.params.where}) est présenté comme une INS ` +
        `(${[note.params.authority, note.params.typeCode].filter((part) => part !== null).join(', ')}) ` +
        "sans l'OID de l'INS (1.2.250.1.213.1.4.8 pour un NIR, .9 pour un NIA)."
      );
    case 'ins.more':
      return `… et ${plural(note.params.count, 'autre remarque sur les INS', 'autres remarques sur les INS')}.`;
    case 'hl7.not_hl7':
      return "Aucun segment MSH : le fichier n'a pas pu être lu comme un message HL7 v2.";
    case 'hl7.messages': {
      const { count, types } = note.params;
      return `${plural(count, 'message HL7 v2', 'messages HL7 v2')}${types.length > 0 ? ` (${types.join(', ')})` : ''}.`;
    }
    case 'hl7.messages_capped':
      return `Plus de ${formatCount(note.params.max)} messages : seuls les ${formatCount(note.params.max)} premiers ont été analysés.`;
    case 'hl7.no_pid':
      return `Le message ${note.params.message} n'a pas de segment PID : aucune identité patient.`;
    case 'hl7.identifiers':
      return (
        `${plural(note.params.count, 'identifiant patient relevé', 'identifiants patient relevés')} (PID-3), ` +
        `dont ${plural(note.params.ins, 'matricule INS', 'matricules INS')}.`
      );
    case 'xdm.not_zip':
      return "Le fichier n'a pas pu être lu comme une archive ZIP.";
    case 'xdm.no_metadata':
      return (
        `L'archive (${plural(note.params.entries, 'fichier', 'fichiers')}) ne contient aucun METADATA.XML : ` +
        "ce n'est pas une archive IHE XDM."
      );
    case 'xdm.no_index':
      return "INDEX.HTM ou README.TXT manque à la racine de l'archive, comme IHE XDM les demande.";
    case 'xdm.summary': {
      const { submissionSets, documents, cda } = note.params;
      return (
        `Archive IHE XDM : ${plural(submissionSets, 'lot de soumission', 'lots de soumission')}, ` +
        `${plural(documents, 'document décrit', 'documents décrits')} dont ${plural(cda, 'document CDA lu', 'documents CDA lus')}.`
      );
    }
    case 'xdm.missing_document':
      return `Le document ${note.params.path} est décrit dans les métadonnées mais absent de l'archive.`;
    case 'xdm.unreadable_entry':
      return `Le fichier ${note.params.path} de l'archive n'a pas pu être lu (${ENTRY_PROBLEMS[note.params.problem] ?? note.params.problem}).`;
    case 'xdm.entries_capped':
      return `Plus de ${formatCount(note.params.max)} fichiers dans l'archive : seuls les premiers ont été examinés.`;
    case 'xdm.patient_mismatch':
      return (
        `L'identifiant patient des métadonnées ${note.params.value}` +
        `${note.params.oid === null ? '' : ` (OID ${note.params.oid})`} ne figure pas dans le document ${note.params.path}.`
      );
    case 'cda.not_cda':
      return `${note.params.path} n'est pas un document CDA (aucun élément ClinicalDocument).`;
    case 'cda.no_patient_id':
      return `Le document ${note.params.path} ne donne aucun identifiant patient (recordTarget/patientRole/id).`;
    case 'cda.summary': {
      const { path, title, identifiers } = note.params;
      return (
        `Document CDA ${path}${title === null ? '' : ` « ${title} »`} : ` +
        `${plural(identifiers, 'identifiant patient', 'identifiants patient')}.`
      );
    }
    case 'file_too_large':
      return `Fichier de ${note.params.bytes} octets : au-delà de ${note.params.max} octets, il n'est pas analysé automatiquement.`;
    case 'log_too_large':
      return `Journal de ${note.params.bytes} octets : au-delà de ${note.params.max} octets, il n'est pas analysé automatiquement.`;
  }
}

/** A stored note as it comes from the API: a coded note, or the prose of findings stored before codes. */
export function renderStoredNoteFr(note: unknown): string {
  if (typeof note === 'string') return note;
  if (typeof note === 'object' && note !== null && typeof (note as { code?: unknown }).code === 'string') {
    try {
      const text = renderPrecheckNoteFr(note as PrecheckNote) as string | undefined;
      if (typeof text === 'string') return text;
    } catch {
      // Parameters missing from a malformed note: fall through to the code itself.
    }
    return (note as { code: string }).code;
  }
  return '';
}
