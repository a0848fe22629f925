// Renders the demo screenshots (one fictitious screen per family of the DMN référentiel, for each
// demo product) with the system Chromium and playwright-core. Run once by a developer when a
// screen changes: `node apps/api/assets/demo/make-screens.mjs`; the PNGs are committed beside it.
// Every name, number and identifier on these screens is invented.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const PRODUCTS = {
  glycocarnet: { name: 'GlycoCarnet 2.0', colour: '#0a6e63', tagline: 'Carnet de suivi du diabète' },
  telesuivi: {
    name: 'TéléSuivi Cardio 3.2',
    colour: '#8a1c3b',
    tagline: 'Télésurveillance de l’insuffisance cardiaque',
  },
};

const row = (cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
const table = (head, rows) =>
  `<table><thead>${row(head).replaceAll('td>', 'th>')}</thead><tbody>${rows.map(row).join('')}</tbody></table>`;
const ok = '<span class="ok">✔ conforme</span>';

const SCREENS = {
  ANN: {
    title: 'Recherche dans l’Annuaire Santé',
    body: `<div class="search"><input value="cardiologue Lyon"/><button>Rechercher</button></div>
      ${table(
        ['Professionnel', 'Identifiant (IDNPS)', 'Profession', 'Lieu d’exercice'],
        [
          ['Dr Claire Fontaine', '810003141595', 'Médecin — cardiologie', 'Centre cardiologique, Lyon 3e'],
          ['Dr Youssef Benali', '810002718287', 'Médecin — cardiologie', 'Clinique du Parc, Lyon 6e'],
          ['Mme Léa Marchand', '810001618033', 'Infirmière', 'Cabinet infirmier, Villeurbanne'],
        ],
      )}<p class="note">Source : API FHIR de l’Annuaire Santé — mise à jour quotidienne à 07:30.</p>`,
  },
  IEU: {
    title: 'Connexion de l’usager',
    body: `<div class="card narrow"><h3>Se connecter</h3><label>Adresse électronique</label><input value="patient.demo@example.fr"/>
      <label>Mot de passe</label><input type="password" value="xxxxxxxxxxxx"/><label>Code reçu par SMS</label><input value="482 913"/>
      <button>Valider</button><p class="note">Authentification à deux facteurs : mot de passe et code à usage unique.</p></div>`,
  },
  IEPS: {
    title: 'Connexion des professionnels de santé',
    body: `<div class="card narrow"><h3>Espace professionnel</h3><button class="psc">Se connecter avec Pro Santé Connect</button>
      <p>ou avec votre carte CPS / e-CPS</p><p class="note">Aucun mot de passe local n’est proposé aux professionnels.</p></div>`,
  },
  INS: {
    title: 'Identité du patient',
    body: `${table(
      ['Traits d’identité', 'Valeur'],
      [
        ['Nom de naissance', 'DURAND'],
        ['Premier prénom', 'Élise'],
        ['Date de naissance', '14/03/1961'],
        ['Sexe', 'F'],
        ['Lieu de naissance (INSEE)', '69123'],
        ['Matricule INS (NIR)', '2 61 03 69 123 456 78'],
        ['OID', '1.2.250.1.213.1.4.8'],
        ['Statut de l’identité', '<b>Identité qualifiée</b> (téléservice INSi)'],
      ],
    )}`,
  },
  PSC: {
    title: 'Pro Santé Connect — retour d’authentification',
    body: `<div class="card"><p>Authentifié : <b>Dr Claire Fontaine</b> — IDNPS 810003141595</p><p>Moyen : e-CPS (application mobile), niveau eidas1</p>
      <p>Session ouverte à 09:14:03, expire à 17:14:03</p>${ok}</div>`,
  },
  PORT: {
    title: 'Export des données du patient',
    body: `${table(
      ['Format', 'Contenu', 'Dernier export'],
      [
        ['FHIR R4 (JSON)', 'Mesures, traitements, comptes rendus', '02/12/2026 10:05'],
        ['CSV', 'Mesures horodatées', '02/12/2026 10:05'],
        ['PDF', 'Synthèse lisible', '02/12/2026 10:06'],
      ],
    )}<button>Télécharger l’archive</button>`,
  },
  ApCV: {
    title: 'Connexion avec l’application carte Vitale',
    body: `<div class="card narrow"><h3>Se connecter</h3><button class="apcv">Continuer avec l’appli carte Vitale</button>
      <p class="note">La connexion est confirmée dans l’application carte Vitale du téléphone du patient.</p></div>`,
  },
  ADM: {
    title: 'Administration des rôles et des droits',
    body: `${table(
      ['Utilisateur', 'Rôle', 'Droits', 'Dernière modification'],
      [
        ['c.fontaine', 'Médecin référent', 'Lecture, prescription, alertes', '28/11/2026 par admin.site'],
        ['l.marchand', 'Infirmière', 'Lecture, saisie des mesures', '28/11/2026 par admin.site'],
        ['support.n1', 'Support', 'Aucun accès aux données de santé', '12/10/2026 par admin.site'],
      ],
    )}<p class="note">Chaque changement de droit est tracé dans le journal d’administration.</p>`,
  },
  RGPD: {
    title: 'Information et consentement du patient',
    body: `<div class="card"><h3>Vos données</h3><p>Finalité : suivi médical à distance. Hébergement : hébergeur certifié HDS.</p>
      <p>Durée de conservation : 20 ans après la dernière prise en charge.</p>
      <p>Vos droits : accès, rectification, limitation, opposition — <u>exercer mes droits</u></p>
      <label><input type="checkbox" checked/> J’ai pris connaissance de ces informations</label></div>`,
  },
};

function page(product, family, screen) {
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><style>
  body{margin:0;font:15px/1.45 'DejaVu Sans',sans-serif;color:#1e1e1e;background:#f3f4f6}
  header{background:${product.colour};color:#fff;padding:14px 24px;display:flex;justify-content:space-between}
  header b{font-size:18px} main{padding:20px 28px} h2{margin:0 0 14px;font-size:21px}
  table{border-collapse:collapse;width:100%;background:#fff} th,td{border:1px solid #d7d9de;padding:7px 10px;text-align:left}
  th{background:#eef0f3} .note{color:#5c6370;font-size:13px} .ok{color:#146c2e;font-weight:bold}
  .card{background:#fff;border:1px solid #d7d9de;border-radius:6px;padding:18px 22px} .narrow{width:420px}
  input{display:block;width:95%;padding:7px;margin:4px 0 10px;border:1px solid #b9bec7;border-radius:4px;font:inherit}
  input[type=checkbox]{display:inline;width:auto} label{font-size:13px;color:#3d434d}
  button{background:${product.colour};color:#fff;border:0;border-radius:4px;padding:9px 16px;font:inherit;margin:6px 0}
  .psc{background:#000091} .apcv{background:#0b6fb8} .search{display:flex;gap:8px;margin-bottom:12px} .search input{margin:0}
  footer{position:fixed;bottom:0;left:0;right:0;padding:6px 24px;font-size:11px;color:#80868f}
  </style><header><b>${product.name}</b><span>${product.tagline}</span></header>
  <main><h2>${screen.title}</h2>${screen.body}</main>
  <footer>Écran fictif de démonstration (famille ${family}) — aucune donnée réelle</footer></html>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
});
try {
  const context = await browser.newContext({ viewport: { width: 960, height: 600 } });
  const tab = await context.newPage();
  for (const [key, product] of Object.entries(PRODUCTS)) {
    for (const [family, screen] of Object.entries(SCREENS)) {
      await tab.setContent(page(product, family, screen));
      writeFileSync(join(HERE, `${key}-${family.toLowerCase()}.png`), await tab.screenshot({ type: 'png' }));
    }
  }
} finally {
  await browser.close();
}
