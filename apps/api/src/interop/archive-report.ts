import type { ArchiveFile, ArchiveManifest } from '@preuve/domain';

/** What the offline report shows beyond the manifest: each scenario's title and applicability. */
export interface ReportScenario {
  code: string;
  title: string;
  applicable: boolean;
  declarationRequired: boolean;
  reasons: string[];
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** A relative link that works from index.html in the unzipped folder (spaces and accents encoded). */
const href = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

function fileLinks(files: ArchiveFile[]): string {
  if (files.length === 0) return '—';
  return files
    .map((file) => {
      const label =
        file.kind === 'evidence'
          ? `${file.proofCode} v${file.version} : ${file.fileName}`
          : file.kind === 'declaration-pdf'
            ? 'Déclaration sur l’honneur (PDF)'
            : 'Déclaration (JSON signé)';
      return `<a href="${escape(href(file.path))}">${escape(label)}</a>`;
    })
    .join('<br>');
}

/**
 * `index.html`: the round as a person reads it, offline (no script, no remote resource): the
 * dossier, the submission hash, each scenario with its applicability and its files, and every
 * file with its SHA-256. Files listed as `files` (without index.html itself).
 */
export function archiveReport(
  manifest: Omit<ArchiveManifest, 'files'>,
  files: ArchiveFile[],
  scenarios: ReportScenario[],
): string {
  const byScenario = new Map<string, ArchiveFile[]>();
  for (const file of files)
    if (file.scenarioCode) byScenario.set(file.scenarioCode, [...(byScenario.get(file.scenarioCode) ?? []), file]);
  const rows = scenarios
    .map(
      (scenario) => `<tr>
<td><strong>${escape(scenario.code)}</strong><br>${escape(scenario.title)}</td>
<td>${scenario.applicable ? 'Oui' : scenario.declarationRequired ? 'Non (déclaration)' : 'Non'}</td>
<td>${scenario.reasons.map(escape).join('<br>')}</td>
<td>${fileLinks(byScenario.get(scenario.code) ?? [])}</td>
</tr>`,
    )
    .join('\n');
  const fileRows = files
    .map(
      (file) =>
        `<tr><td><a href="${escape(href(file.path))}">${escape(file.path)}</a></td><td>${file.size}</td><td><code>${file.sha256}</code></td></tr>`,
    )
    .join('\n');
  const { dossier, referential, submission } = manifest;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dossier ${escape(dossier.product)} ${escape(dossier.productVersion)}, tour ${manifest.round}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
th, td { border: 1px solid #ccc; padding: .4rem .5rem; text-align: left; vertical-align: top; }
th { background: #f1f1f6; }
code { font-size: 12px; word-break: break-all; }
.note { background: #eef4ff; border-left: 4px solid #3558a8; padding: .6rem 1rem; }
</style>
</head>
<body>
<h1>${escape(dossier.product)} ${escape(dossier.productVersion)}</h1>
<p>Éditeur : ${escape(dossier.organization)}<br>
Référentiel : ${escape(referential.code)} ${escape(referential.version)} (${escape(referential.title)})<br>
Tour ${manifest.round}, soumis le ${escape(submission.submittedAt)}<br>
Dossier ${escape(dossier.id)}</p>
<p class="note">Empreinte SHA-256 de la soumission : <code>${submission.manifestSha256}</code><br>
Pour vérifier l’archive sans Preuve : <code>node verify.mjs</code> dans ce dossier décompressé (Node.js 18 ou plus).
Le script recalcule l’empreinte de chaque fichier, nomme le premier qui diffère, et affiche l’empreinte de la
soumission, à comparer à celle que Preuve indique pour ce tour.</p>
<h2>Scénarios</h2>
<table>
<thead><tr><th>Scénario</th><th>Applicable</th><th>Motifs</th><th>Pièces</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>Fichiers</h2>
<table>
<thead><tr><th>Chemin</th><th>Octets</th><th>SHA-256</th></tr></thead>
<tbody>
${fileRows}
</tbody>
</table>
</body>
</html>
`;
}
