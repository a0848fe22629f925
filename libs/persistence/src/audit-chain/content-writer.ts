import { writeUuid } from './binary-values.js';
import { AUDIT_CHAIN_FIELD_COUNT, Field } from './columns.js';
import { constant, type Constant, ContentBuffer, DOES_NOT_FIT } from './content-buffer.js';
import { JsonbCanonicalWriter } from './jsonb-canonical.js';
import { writeJsonString, writeNullableJsonString } from './json-string.js';
import { RowBytes } from './row-bytes.js';
import { TimestampWriter } from './timestamp.js';

/*
 * An event's canonical content (auditEventContent of the row the driver would give, as UTF-8),
 * written from a binary COPY row (AUDIT_CHAIN_COLUMNS): the keys in canonical order around each
 * column's rendering.
 */

/** Each key as the content spells it, `,"<name>":`, the first one opening the object. */
function keys<Name extends string>(...names: Name[]): Record<Name, Constant> {
  const spelt = names.map((name, index) => [name, constant(`${index === 0 ? '{' : ','}"${name}":`)]);
  return Object.fromEntries(spelt) as Record<Name, Constant>;
}

/** The keys, in canonical order. */
const KEY = keys(
  'action',
  'actorTokenId',
  'actorUserId',
  'data',
  'ip',
  'occurredAt',
  'organizationId',
  'prevHash',
  'seq',
  'targetId',
  'targetType',
  'userAgent',
);
const QUOTED_NULL = constant('"null"');

/** Room enough for a row's content: every field escaped at worst (6 bytes for 1), and the keys. */
export function contentBound(lengths: Int32Array): number {
  let bytes = 1024;
  for (let field = 0; field < AUDIT_CHAIN_FIELD_COUNT; field += 1) if (lengths[field] > 0) bytes += lengths[field];
  return bytes * 6;
}

export class EventContentWriter {
  readonly buffer = new ContentBuffer();
  readonly source = new RowBytes();
  private readonly timestamp = new TimestampWriter();
  private readonly data = new JsonbCanonicalWriter(this.buffer, this.source);

  /**
   * Writes the content of the row bound to `source` at buffer.at; false when it may not fit
   * before buffer.limit (in a worker's slot: the row is then hashed here).
   */
  write(starts: Int32Array, lengths: Int32Array, seq: string, bound: number): boolean {
    const buffer = this.buffer;
    const source = this.source;
    try {
      buffer.reserve(bound);
    } catch (error) {
      if (error === DOES_NOT_FIT) return false;
      throw error;
    }
    buffer.constant(KEY.action);
    if (lengths[Field.ACTION] < 0) buffer.constant(QUOTED_NULL);
    else writeJsonString(buffer, source, starts[Field.ACTION], lengths[Field.ACTION]);
    buffer.constant(KEY.actorTokenId);
    writeUuid(buffer, source, starts[Field.ACTOR_TOKEN_ID], lengths[Field.ACTOR_TOKEN_ID]);
    buffer.constant(KEY.actorUserId);
    writeUuid(buffer, source, starts[Field.ACTOR_USER_ID], lengths[Field.ACTOR_USER_ID]);
    buffer.constant(KEY.data);
    this.data.write(starts[Field.DATA], lengths[Field.DATA]);
    buffer.constant(KEY.ip);
    writeNullableJsonString(buffer, source, starts[Field.IP], lengths[Field.IP]);
    buffer.constant(KEY.occurredAt);
    if (lengths[Field.OCCURRED_AT_TEXT] >= 0)
      writeJsonString(buffer, source, starts[Field.OCCURRED_AT_TEXT], lengths[Field.OCCURRED_AT_TEXT]);
    else this.timestamp.write(buffer, source, starts[Field.OCCURRED_AT], lengths[Field.OCCURRED_AT]);
    buffer.constant(KEY.organizationId);
    writeUuid(buffer, source, starts[Field.ORGANIZATION_ID], lengths[Field.ORGANIZATION_ID]);
    buffer.constant(KEY.prevHash);
    writeNullableJsonString(buffer, source, starts[Field.PREV_HASH], lengths[Field.PREV_HASH]);
    buffer.constant(KEY.seq);
    buffer.quotedAscii(seq);
    buffer.constant(KEY.targetId);
    writeNullableJsonString(buffer, source, starts[Field.TARGET_ID], lengths[Field.TARGET_ID]);
    buffer.constant(KEY.targetType);
    writeNullableJsonString(buffer, source, starts[Field.TARGET_TYPE], lengths[Field.TARGET_TYPE]);
    buffer.constant(KEY.userAgent);
    writeNullableJsonString(buffer, source, starts[Field.USER_AGENT], lengths[Field.USER_AGENT]);
    buffer.byte(0x7d); // }
    return true;
  }
}
