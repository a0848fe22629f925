import type { NotificationKind } from '@preuve/domain';

/** What a notification says: the subject (and in-app title), plain text and HTML, in French. */
export interface Rendered {
  title: string;
  text: string;
  html: string;
}

export interface DossierFacts {
  dossierId: string;
  productName: string;
  productVersion: string;
  vendorName: string;
  round: number;
}

export interface ChangeRequestItem {
  scenario: string;
  verdict: string;
  comment: string | null;
}

export type NotificationData =
  | ({ kind: 'dossier_queued' } & DossierFacts)
  | ({ kind: 'changes_requested'; comment: string | null; items: ChangeRequestItem[] } & DossierFacts)
  | ({ kind: 'decision'; decision: 'approved' | 'rejected'; comment: string | null } & DossierFacts)
  | ({ kind: 'deadline'; label: string; dueAt: string; reminder: '7d' | '1d' } & DossierFacts)
  | {
      kind: 'digest';
      day: string;
      arrived: { dossierId: string; productName: string; vendorName: string; submittedAt: string }[];
      overdue: { dossierId: string; productName: string; vendorName: string; waitingDays: number }[];
    };

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const VERDICTS: Record<string, string> = {
  rejected: 'refusé',
  needs_more: 'complément demandé',
  changes_requested: 'modification demandée',
  accepted: 'accepté',
};

function dateFr(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  );
}

function product(facts: { productName: string; productVersion?: string }): string {
  return facts.productVersion ? `${facts.productName} ${facts.productVersion}` : facts.productName;
}

interface Block {
  paragraphs: string[];
  list?: string[];
  link?: { label: string; url: string };
}

function render(title: string, blocks: Block[]): Rendered {
  const text = [
    ...blocks.flatMap((block) => [
      ...block.paragraphs,
      ...(block.list?.length ? [block.list.map((item) => `- ${item}`).join('\n')] : []),
      ...(block.link ? [`${block.link.label} : ${block.link.url}`] : []),
    ]),
    '—\nPreuve. Vous recevez ce message selon vos préférences de notification, modifiables dans l’application.',
  ].join('\n\n');
  const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: system-ui, sans-serif; color: #1e1e1e; max-width: 40em">
<h1 style="font-size: 1.25em">${escapeHtml(title)}</h1>
${blocks
  .map(
    (block) =>
      block.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`).join('\n') +
      (block.list?.length ? `\n<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '') +
      (block.link ? `\n<p><a href="${escapeHtml(block.link.url)}">${escapeHtml(block.link.label)}</a></p>` : ''),
  )
  .join('\n')}
<p style="color: #666; font-size: 0.85em">Preuve. Vous recevez ce message selon vos préférences de notification, modifiables dans l’application.</p>
</body></html>
`;
  return { title, text, html };
}

/** The French texts of each kind of notification. `publicUrl` starts the links. */
export function renderNotification(data: NotificationData, publicUrl: string): Rendered {
  switch (data.kind) {
    case 'dossier_queued': {
      const round = data.round > 1 ? ` (tour ${data.round})` : '';
      return render(`Nouveau dossier à instruire : ${product(data)}${round}`, [
        {
          paragraphs: [
            `${data.vendorName} a soumis le dossier de ${product(data)}${round}. Il attend dans la file d’instruction.`,
          ],
          link: { label: 'Ouvrir le dossier', url: `${publicUrl}/review/dossiers/${data.dossierId}` },
        },
      ]);
    }
    case 'changes_requested':
      return render(`Compléments demandés : ${product(data)}`, [
        {
          paragraphs: [
            `L’ANS demande des compléments sur le dossier de ${product(data)} (tour ${data.round}). Les scénarios concernés sont rouverts.`,
            ...(data.comment ? [`Commentaire de l’évaluateur :\n${data.comment}`] : []),
          ],
          list: data.items.map(
            (item) =>
              `${item.scenario} — ${VERDICTS[item.verdict] ?? item.verdict}${item.comment ? ` : ${item.comment}` : ''}`,
          ),
          link: { label: 'Voir les demandes', url: `${publicUrl}/dossiers/${data.dossierId}` },
        },
      ]);
    case 'decision': {
      const verdict = data.decision === 'approved' ? 'Conformité accordée' : 'Conformité refusée';
      return render(`${verdict} : ${product(data)}`, [
        {
          paragraphs: [
            data.decision === 'approved'
              ? `L’ANS a accordé la conformité au dossier de ${product(data)} (tour ${data.round}).`
              : `L’ANS a refusé la conformité du dossier de ${product(data)} (tour ${data.round}).`,
            ...(data.comment ? [`Motif :\n${data.comment}`] : []),
          ],
          link: { label: 'Ouvrir le dossier', url: `${publicUrl}/dossiers/${data.dossierId}` },
        },
      ]);
    }
    case 'deadline': {
      const when = data.reminder === '1d' ? 'demain' : 'dans 7 jours';
      return render(`Échéance ${when} : ${data.label} (${product(data)})`, [
        {
          paragraphs: [`L’échéance « ${data.label} » du dossier de ${product(data)} tombe le ${dateFr(data.dueAt)}.`],
          link: { label: 'Ouvrir le dossier', url: `${publicUrl}/dossiers/${data.dossierId}` },
        },
      ]);
    }
    case 'digest':
      return render(`Synthèse du ${data.day} : ${data.arrived.length} arrivé(s), ${data.overdue.length} en retard`, [
        {
          paragraphs: [
            data.arrived.length
              ? 'Dossiers arrivés dans la file depuis hier :'
              : 'Aucun dossier n’est arrivé dans la file depuis hier.',
          ],
          list: data.arrived.map(
            (item) => `${item.productName} — ${item.vendorName}, soumis le ${dateFr(item.submittedAt)}`,
          ),
        },
        {
          paragraphs: [
            data.overdue.length ? 'Dossiers en attente depuis trop longtemps :' : 'Aucun dossier n’est en retard.',
          ],
          list: data.overdue.map(
            (item) => `${item.productName} — ${item.vendorName}, en attente depuis ${item.waitingDays} jours`,
          ),
          link: { label: 'Ouvrir la file d’instruction', url: `${publicUrl}/review` },
        },
      ]);
  }
}

export function kindOf(data: NotificationData): NotificationKind {
  return data.kind;
}
