/**
 * The demo's dossiers, built through the services as a vendor and a reviewer would build them:
 * - « TéléSuivi Cardio 3.2 » (DMN): half of its applicable scenarios proven, one sworn declaration
 *   signed and one left, in draft for the visitor to finish;
 * - « GlycoCarnet 2.0 » (DMN): all nine families applicable, every proof given (screenshots,
 *   videos, PDF documents, logs, including a FHIR log the pre-check reads), every declaration the
 *   answers call for signed, submitted: the reviewers have a real dossier to review;
 * - « MédiCabinet 7.4.1 » (Ségur LGC, vague 2): administrative dossier filled, submitted and
 *   accepted, proofs under way, with HL7 identity messages whose pre-check flags an INS matricule
 *   sent for an identity that is not qualified; hosted in SaaS mode by two HDS hosts, one of
 *   whose certificates ends within 90 days.
 */
import type { INestApplication } from '@nestjs/common';
import type { Answers, ScenarioAssessment } from '@preuve/domain';
import type { Principal } from '../common/access/principal.js';
import type { Actor } from '../common/access/actor.decorator.js';
import { DeclarationsService } from '../declarations/declarations.service.js';
import { DossiersService } from '../dossiers/dossiers.service.js';
import { SubmissionsService } from '../dossiers/submissions.service.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { HostingService } from '../hosting/hosting.service.js';
import { PreparationService } from '../preparation/preparation.service.js';
import { ProductsService } from '../products/products.service.js';
import { ReferentialsService, type CachedReferential } from '../referentials/referentials.service.js';
import { AdministrativeService } from '../segur/administrative.service.js';
import { DEMO_PRODUCT, DEMO_VENDOR_NAME, SEGUR_PRODUCT, SUBMITTED_PRODUCT, VENDOR_ADMIN } from './demo-cast.js';
import { demoFileFor, type DemoScreens } from './demo-files.js';

/** General, professional and patient access; INS does not apply, so IEU 7.1 needs a sworn declaration. */
export const DEMO_ANSWERS: Answers = {
  profiles: ['general', 'professional_access', 'patient_access'],
  identityRole: 'slave',
  insApplicable: false,
  directorySource: 'fhir_api',
  patientAccess: 'account',
  storesReferringDoctor: true,
};

/**
 * A patient diabetes notebook that professionals consult: patients sign in with an account or the
 * carte Vitale app, professionals with Pro Santé Connect; it manages its patients' identities.
 */
export const SUBMITTED_ANSWERS: Answers = {
  profiles: ['general', 'professional_access', 'patient_access', 'patient_access_apcv'],
  identityRole: 'referential',
  insApplicable: true,
  directorySource: 'fhir_api',
  patientAccess: 'account',
  storesReferringDoctor: true,
};

const SEGUR_ANSWERS: Answers = {
  profiles: ['general'],
  hostingMode: 'saas',
  mobileApp: false,
  usesCpsCard: true,
};

/** Why a scenario does not apply, in the declarant's words, by scenario; a general text otherwise. */
const JUSTIFICATIONS: Record<string, string> = {
  'IEU 7.1':
    'TéléSuivi Cardio suit des patients inclus dans un protocole de recherche international : une partie ' +
    "d'entre eux réside hors de France et n'a pas d'identité nationale de santé. L'identité des patients " +
    "est gérée par l'établissement promoteur, qui la transmet à TéléSuivi Cardio.",
};
const GENERAL_JUSTIFICATION =
  'La fonction visée par ce scénario n’existe pas dans le produit : aucune donnée ni aucun écran ne la ' +
  'met en œuvre, comme le montre la documentation d’architecture jointe au dossier.';

interface DemoProduct {
  name: string;
  version: string;
  description: string;
  screens: DemoScreens;
}

const TELESUIVI: DemoProduct = {
  ...DEMO_PRODUCT,
  description:
    'Télésurveillance des patients insuffisants cardiaques : transmission quotidienne du poids et de la tension, alertes au cardiologue.',
  screens: 'telesuivi',
};
const GLYCOCARNET: DemoProduct = {
  ...SUBMITTED_PRODUCT,
  description:
    'Carnet de suivi du diabète : glycémies et traitements saisis par le patient ou transmis par son lecteur, ' +
    'consultés par le médecin traitant et l’équipe de soins ; connexion par l’application carte Vitale.',
  screens: 'glycocarnet',
};

export class DemoDossiers {
  private readonly today = new Date();

  constructor(
    private readonly app: INestApplication,
    private readonly people: { admin: Principal; member: Principal; reviewer: Principal },
  ) {}

  /** The visitor's dossier: every other applicable scenario proven, one of the two declarations signed. */
  async draftDmnDossier(): Promise<void> {
    const referential = await this.referential('DMN', '1.2.2');
    const { dossierId } = await this.newDossier(referential, TELESUIVI, DEMO_ANSWERS);
    const scenarios = referential.assess(DEMO_ANSWERS).scenarios;
    const applicable = scenarios.filter((scenario) => scenario.applicable);
    for (const scenario of applicable.filter((_scenario, index) => index % 2 === 0)) {
      await this.provideProofs(referential, dossierId, scenario, TELESUIVI);
    }
    const declared = scenarios.filter((scenario) => scenario.declarationRequired).slice(0, 1);
    await this.declare(dossierId, declared);
  }

  /** A complete dossier, submitted: the reviewers' queue holds a dossier worth reviewing. */
  async submittedDmnDossier(): Promise<void> {
    const referential = await this.referential('DMN', '1.2.2');
    const { dossierId } = await this.newDossier(referential, GLYCOCARNET, SUBMITTED_ANSWERS);
    const scenarios = referential.assess(SUBMITTED_ANSWERS).scenarios;
    for (const scenario of scenarios.filter((entry) => entry.applicable)) {
      await this.provideProofs(referential, dossierId, scenario, GLYCOCARNET);
    }
    await this.declare(
      dossierId,
      scenarios.filter((scenario) => scenario.declarationRequired),
    );
    // The conformity text the référentiel asks for on each applicable scenario.
    const preparation = this.app.get(PreparationService);
    for (const scenario of scenarios.filter((entry) => entry.applicable)) {
      await preparation.putAssessment(this.actor(this.people.admin), dossierId, scenario.code, {
        status: 'conforme',
        conformityText: `${GLYCOCARNET.name} répond à ${scenario.code} comme le montrent les preuves déposées, filmées sur la version ${GLYCOCARNET.version}.`,
      });
    }
    await this.app.get(SubmissionsService).submit(this.actor(this.people.admin), dossierId);
  }

  /** A Ségur LGC dossier: phase 1 accepted by the reviewer, a first set of proofs in phase 2. */
  async segurDossier(): Promise<void> {
    const referential = await this.referential('SEGUR-MDV-LGC', '2.0');
    const product: DemoProduct = {
      name: SEGUR_PRODUCT.name,
      version: SEGUR_PRODUCT.version,
      description:
        'Logiciel de gestion de cabinet pour les médecins généralistes : dossier patient, agenda, ordonnances.',
      screens: 'glycocarnet',
    };
    const { dossierId, productId } = await this.newDossier(
      referential,
      product,
      SEGUR_ANSWERS,
      SEGUR_PRODUCT.dossierVersion,
    );
    const { admin, member, reviewer } = this.people;
    await this.declareHosting(productId);
    const administrative = this.app.get(AdministrativeService);
    await administrative.putCandidature(this.actor(member), dossierId, {
      legalName: DEMO_VENDOR_NAME,
      siren: '912345675',
      siret: '91234567500017',
      solutionName: SEGUR_PRODUCT.name,
      solutionVersion: SEGUR_PRODUCT.dossierVersion,
      contactEmail: VENDOR_ADMIN.email,
      contactName: VENDOR_ADMIN.displayName,
    });
    await administrative.acceptCharter(this.actor(admin), dossierId, {
      signatoryName: VENDOR_ADMIN.displayName,
      signatoryRole: 'Présidente',
    });
    await administrative.putEligibility(this.actor(member), dossierId, {
      targetUsers: ['general_practitioners', 'health_centres'],
      installedBase: 'from_100_to_1000',
      referencedInWave1: true,
      deploysToExistingClients: true,
    });
    await administrative.putObsoleteVersions(this.actor(member), dossierId, {
      none: false,
      versions: [{ version: '6.9', endOfMaintenance: '2026-12-31', endOfSale: '2025-06-30' }],
    });
    await administrative.submit(this.actor(member), dossierId);
    await administrative.decide(this.actor(reviewer), dossierId, { decision: 'accepted' });
    const applicable = referential.assess(SEGUR_ANSWERS).scenarios.filter((scenario) => scenario.applicable);
    for (const scenario of applicable.filter((entry) => entry.code.startsWith('INS')).slice(0, 3)) {
      await this.provideProofs(referential, dossierId, scenario, product);
    }
  }

  private async referential(code: string, version: string): Promise<CachedReferential> {
    const referentials = this.app.get(ReferentialsService);
    const summary = (await referentials.list()).find((entry) => entry.code === code && entry.version === version);
    if (!summary) throw new Error(`The built-in référentiel ${code} ${version} is not published`);
    return referentials.get(summary.id);
  }

  private async newDossier(
    referential: CachedReferential,
    product: DemoProduct,
    answers: Answers,
    productVersion?: string,
  ): Promise<{ dossierId: string; productId: string }> {
    const { admin } = this.people;
    const actor = this.actor(admin);
    const { name, version, description } = product;
    const created = await this.app.get(ProductsService).create(actor, { name, version, description });
    const dossiers = this.app.get(DossiersService);
    const dossier = await dossiers.create(actor, {
      productId: created.id,
      referentialId: referential.id,
      ...(productVersion ? { productVersion } : {}),
    });
    await dossiers.putAnswers(actor, dossier.id, answers);
    return { dossierId: dossier.id, productId: created.id };
  }

  /** A calendar day `days` from today (UTC), YYYY-MM-DD. */
  private day(days: number): string {
    return new Date(this.today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  }

  /**
   * MédiCabinet runs in SaaS mode, which the Ségur LGC référentiel ties to HDS hosting: a
   * physical-infrastructure host for the data centre and an infogéreur for the rest, whose
   * certificate ends within 90 days (the warning the vendor sees before it blocks).
   */
  private async declareHosting(productId: string): Promise<void> {
    const { admin } = this.people;
    await this.app.get(HostingService).put(this.actor(admin), productId, {
      hosts: [
        {
          name: 'Datacentre Santé Loire',
          activities: [1, 2],
          certificates: [
            {
              type: 'physical_infrastructure',
              number: 'HDS-PI-2024-0311',
              body: 'Organisme certificateur accrédité Cofrac',
              validFrom: this.day(-600),
              validTo: this.day(495),
            },
          ],
        },
        {
          name: 'Infogérance Médicale Ouest',
          activities: [3, 4, 5, 6],
          certificates: [
            {
              type: 'managed_services',
              number: 'HDS-INF-2023-0178',
              body: 'Organisme certificateur accrédité Cofrac',
              validFrom: this.day(-1020),
              validTo: this.day(75),
            },
          ],
        },
      ],
    });
  }

  private async declare(dossierId: string, scenarios: readonly ScenarioAssessment[]): Promise<void> {
    const { admin } = this.people;
    for (const scenario of scenarios) {
      await this.app.get(DeclarationsService).create(this.actor(admin), dossierId, {
        scenario: scenario.code,
        declarantName: VENDOR_ADMIN.displayName,
        declarantRole: 'legal_representative',
        justification: JUSTIFICATIONS[scenario.code] ?? GENERAL_JUSTIFICATION,
        acceptStatement: true,
      });
    }
  }

  /** Uploads a file for each proof the scenario requires (and for the first of its cases, if any). */
  private async provideProofs(
    referential: CachedReferential,
    dossierId: string,
    scenario: ScenarioAssessment,
    product: DemoProduct,
  ): Promise<void> {
    const { member } = this.people;
    const wanted = new Set([
      ...scenario.proofs.filter((proof) => proof.required).map((proof) => proof.code),
      ...(scenario.cases[0]?.proofCodes ?? []),
    ]);
    for (const proof of scenario.proofs.filter((entry) => wanted.has(entry.code))) {
      const file = await demoFileFor(
        {
          ...proof,
          fhirLog: proof.code.startsWith('ANN ') && proof.kinds.includes('logs'),
          hl7: proof.code.startsWith('INS') && proof.kinds.includes('flow'),
        },
        {
          screens: product.screens,
          product: `${product.name} ${product.version}`,
          organization: DEMO_VENDOR_NAME,
          date: this.today,
        },
      );
      await this.app.get(EvidenceService).uploadFile(
        member,
        dossierId,
        {
          proof: proof.code,
          fileName: file.fileName,
          content: file.content,
          description: `Démonstration : ${referential.scenarios.get(scenario.code)?.scenario.title ?? proof.title}`,
        },
        this.actor(member),
      );
    }
  }

  private actor(principal: Principal): Actor {
    return { principal, ip: null, userAgent: 'Preuve demo seed' };
  }
}
