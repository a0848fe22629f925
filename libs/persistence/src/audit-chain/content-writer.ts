import { writeUuid } from './binary-values.js';
import { AUDIT_CHAIN_FIELD_COUNT, Field } from './columns.js';
import { constant, ContentBuffer, DOES_NOT_FIT } from './content-buffer.js';
import { JsonbCanonicalWriter } from './jsonb-canonical.js';
import { writeJsonString, writeNullableJsonString } from './json-string.js';
import { RowBytes } from './row-bytes.js';
import { TimestampWriter } from './timestamp.js';

/*
 * An event's canonical content (auditEventContent of the row the driver would give, as UTF-8),
 * written from a binary COPY row (AUDIT_CHAIN_COLUMNS): the keys in canonical order around each
 * column's rendering.
 */

const KEY_ACTION = constant('{"action":');
const KEY_ACTOR_TOKEN_ID = constant(',"actorTokenId":');
const KEY_ACTOR_USER_ID = constant(',"actorUserId":');
const KEY_DATA = constant(',"data":');
const KEY_IP = constant(',"ip":');
const KEY_OCCURRED_AT = constant(',"occurredAt":');
const KEY_ORGANIZATION_ID = constant(',"organizationId":');
const KEY_PREV_HASH = constant(',"prevHash":');
const KEY_SEQ = constant(',"seq":');
const KEY_TARGET_ID = constant(',"targetId":');
const KEY_TARGET_TYPE = constant(',"targetType":');
const KEY_USER_AGENT = constant(',"userAgent":');
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
    buffer.constant(KEY_ACTION);
    if (lengths[Field.ACTION] < 0) buffer.constant(QUOTED_NULL);
    else writeJsonString(buffer, source, starts[Field.ACTION], lengths[Field.ACTION]);
    buffer.constant(KEY_ACTOR_TOKEN_ID);
    writeUuid(buffer, source, starts[Field.ACTOR_TOKEN_ID], lengths[Field.ACTOR_TOKEN_ID]);
    buffer.constant(KEY_ACTOR_USER_ID);
    writeUuid(buffer, source, starts[Field.ACTOR_USER_ID], lengths[Field.ACTOR_USER_ID]);
    buffer.constant(KEY_DATA);
    this.data.write(starts[Field.DATA], lengths[Field.DATA]);
    buffer.constant(KEY_IP);
    writeNullableJsonString(buffer, source, starts[Field.IP], lengths[Field.IP]);
    buffer.constant(KEY_OCCURRED_AT);
    if (lengths[Field.OCCURRED_AT_TEXT] >= 0)
      writeJsonString(buffer, source, starts[Field.OCCURRED_AT_TEXT], lengths[Field.OCCURRED_AT_TEXT]);
    else this.timestamp.write(buffer, source, starts[Field.OCCURRED_AT], lengths[Field.OCCURRED_AT]);
    buffer.constant(KEY_ORGANIZATION_ID);
    writeUuid(buffer, source, starts[Field.ORGANIZATION_ID], lengths[Field.ORGANIZATION_ID]);
    buffer.constant(KEY_PREV_HASH);
    writeNullableJsonString(buffer, source, starts[Field.PREV_HASH], lengths[Field.PREV_HASH]);
    buffer.constant(KEY_SEQ);
    buffer.quotedAscii(seq);
    buffer.constant(KEY_TARGET_ID);
    writeNullableJsonString(buffer, source, starts[Field.TARGET_ID], lengths[Field.TARGET_ID]);
    buffer.constant(KEY_TARGET_TYPE);
    writeNullableJsonString(buffer, source, starts[Field.TARGET_TYPE], lengths[Field.TARGET_TYPE]);
    buffer.constant(KEY_USER_AGENT);
    writeNullableJsonString(buffer, source, starts[Field.USER_AGENT], lengths[Field.USER_AGENT]);
    buffer.byte(0x7d); // }
    return true;
  }
}
