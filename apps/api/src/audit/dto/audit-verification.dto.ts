import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const REASONS = ['hash_mismatch', 'prev_hash_mismatch', 'missing_hash'] as const;

export class AuditChainBreakDto {
  @ApiProperty({ example: '1042', description: 'The seq of the first event where the chain does not hold.' })
  seq: string;

  @ApiProperty({
    enum: REASONS,
    description:
      'hash_mismatch: the event was changed after it was written; prev_hash_mismatch: an event before it was removed or inserted; missing_hash: it was written around the chain.',
  })
  reason: (typeof REASONS)[number];

  @ApiProperty({ description: 'The hash (or prev_hash) the chain calls for.', example: 'e3b0c442…' })
  expected: string;

  @ApiProperty({ type: String, nullable: true, description: 'The one stored; null when missing.' })
  found: string | null;
}

export class AuditVerificationDto {
  @ApiProperty({ description: 'Every event is linked to the one before it and hashes to its stored hash.' })
  ok: boolean;

  @ApiProperty({ description: 'Events checked: all of them when ok, up to and including the broken one otherwise.' })
  checked: number;

  @ApiPropertyOptional({ type: AuditChainBreakDto, description: 'The first broken link, when not ok.' })
  firstBroken?: AuditChainBreakDto;

  @ApiPropertyOptional({
    description:
      'When ok and the log is not empty: the hash of the last event. Kept elsewhere, it also reveals a log rewritten to its end.',
  })
  lastHash?: string;
}
