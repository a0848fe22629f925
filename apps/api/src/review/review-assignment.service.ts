import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUTHORITY_ROLES } from '@preuve/domain';
import { DossierRepository, UserRepository } from '@preuve/persistence';
import { aboutDossier, AuditService } from '../audit/audit.service.js';
import { actingUser } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import type { AssignRequestDto } from './dto/review.dto.js';
import { ReviewDossiers } from './review-dossiers.js';
import type { Actor } from '../common/access/actor.decorator.js';

/** Who reviews a dossier: a reviewer takes a free one or lets go of their own; the lead assigns anyone. */
@Injectable()
export class ReviewAssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviewDossiers: ReviewDossiers,
    private readonly dossiers: DossierRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditService,
  ) {}

  async assign(actor: Actor, id: string, input: AssignRequestDto): Promise<{ assignedTo: string | null }> {
    const { principal } = actor;
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.reviewDossiers.find(manager, principal, id, { lock: true });
      const me = actingUser(principal);
      const target = input.reviewerId === undefined ? me : input.reviewerId;
      const lead = principal.kind === 'user' && principal.role === 'review_lead';
      const ownMove =
        me !== null &&
        ((target === me && (dossier.assignedTo === null || dossier.assignedTo === me)) ||
          (target === null && dossier.assignedTo === me));
      if (!lead && !ownMove) {
        throw new AppError(
          ErrorCode.Forbidden,
          'Only a review lead assigns a dossier to someone else or takes it from another reviewer.',
        );
      }
      if (target !== null) {
        const reviewer = await this.users.findById(manager, target);
        if (!reviewer || !(AUTHORITY_ROLES as readonly string[]).includes(reviewer.role)) {
          throw new AppError(ErrorCode.UserNotFound, `No reviewer « ${target} » in the authority.`);
        }
      }
      dossier.assignedTo = target;
      await this.dossiers.save(manager, dossier);
      await this.audit.record(manager, actor, {
        action: 'dossier.assigned',
        ...aboutDossier(dossier),
        data: { assignedTo: target },
      });
      return { assignedTo: target };
    });
  }
}
