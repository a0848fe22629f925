import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DossierEntity } from '@preuve/persistence';
import { CampaignService } from '../segur/campaign.service.js';
import { NotificationScheduler, type Deadline } from './notification-scheduler.js';

/** Reminders are looked for this far ahead (the longest reminder is 7 days before). */
const HORIZON_MS = 8 * 86_400_000;

/**
 * The Ségur campaign's deadlines (milestones in force, extensions included) as a source of
 * reminders: every open deadline of a Ségur dossier still in progress, due within 8 days.
 */
@Injectable()
export class SegurDeadlineSource implements OnModuleInit {
  constructor(
    private readonly scheduler: NotificationScheduler,
    private readonly campaign: CampaignService,
  ) {}

  onModuleInit(): void {
    this.scheduler.addDeadlineSource(async (manager, now) => {
      const dossiers = await manager
        .getRepository(DossierEntity)
        .createQueryBuilder('d')
        .where(`d.programme = 'SEGUR' AND d.status NOT IN ('approved', 'rejected')`)
        .getMany();
      const found: Deadline[] = [];
      for (const dossier of dossiers) {
        for (const deadline of await this.campaign.deadlines(manager, dossier, now)) {
          const limit =
            deadline.extendedUntil && deadline.dueAt && deadline.extendedUntil > deadline.dueAt
              ? deadline.extendedUntil
              : deadline.dueAt;
          if (deadline.met || !limit) continue;
          const left = limit.getTime() - now.getTime();
          if (left <= 0 || left > HORIZON_MS) continue;
          found.push({
            key: `${dossier.id}:${deadline.key}`,
            label: deadline.label,
            dossierId: dossier.id,
            dueAt: limit,
          });
        }
      }
      return found;
    });
  }
}
