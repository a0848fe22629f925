import { NATURES, PROGRAMMES, PROOF_KINDS, QUESTION_TYPES, SEGUR_DOCUMENT_KINDS } from '@preuve/domain';

/** JSON Schema of a référentiel data file: the shape of `Referential` in libs/domain, strictly. */
const text = { type: 'string', minLength: 1 } as const;
const code = { type: 'string', minLength: 1, maxLength: 40 } as const;
const rule = { anyOf: [{ type: 'boolean' }, { type: 'object', minProperties: 1, maxProperties: 1 }] } as const;

const proof = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'title', 'kinds'],
  properties: {
    code,
    title: text,
    description: text,
    kinds: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...PROOF_KINDS] } },
    requiredWhen: rule,
    requiredReason: text,
    mediaTypes: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z]+/[a-z0-9.+-]+$' },
    },
  },
} as const;

const scenario = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'title', 'profiles', 'declarationRequiredWhenNotApplicable', 'proofs'],
  properties: {
    code,
    title: text,
    description: text,
    profiles: { type: 'array', minItems: 1, uniqueItems: true, items: text },
    conditions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'notApplicableReason'],
        properties: { rule, notApplicableReason: text, applicableReason: text, source: text },
      },
    },
    declarationRequiredWhenNotApplicable: { type: 'boolean' },
    cases: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'title', 'proofCodes'],
        properties: {
          key: text,
          title: text,
          description: text,
          proofCodes: { type: 'array', minItems: 1, items: code },
        },
      },
    },
    clarifications: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['text', 'source'],
        properties: { text, source: text },
      },
    },
    proofs: { type: 'array', minItems: 1, items: proof },
  },
} as const;

const question = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'label', 'type'],
  properties: {
    key: { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$' },
    label: text,
    help: text,
    type: { enum: [...QUESTION_TYPES] },
    options: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['value', 'label'],
        properties: { value: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' }, label: text },
      },
    },
    askedWhen: rule,
  },
} as const;

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const key = { type: 'string', pattern: '^[a-z][a-z0-9_]*$' } as const;

export const referentialSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['programme', 'code', 'version', 'title', 'families', 'profiles', 'questions', 'requirements'],
  properties: {
    programme: { enum: [...PROGRAMMES] },
    code: { type: 'string', pattern: '^[A-Z][A-Z0-9_-]{1,31}$' },
    version: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+){0,3}$' },
    title: text,
    publishedOn: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    notice: text,
    conformityTextRequired: { type: 'boolean' },
    couloir: { type: 'string', pattern: '^[A-Z][A-Z0-9_-]{0,15}$' },
    dispositif: { type: 'string', pattern: '^[A-Z][A-Za-z0-9_-]{0,15}$' },
    vague: { type: 'string', pattern: '^[0-9]{1,2}$' },
    documents: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'name', 'version'],
        properties: { kind: { enum: [...SEGUR_DOCUMENT_KINDS] }, name: text, version: text, publishedOn: date },
      },
    },
    charter: {
      type: 'object',
      additionalProperties: false,
      required: ['version', 'text'],
      properties: { version: text, text },
    },
    milestones: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'label'],
        properties: {
          key,
          label: text,
          dueAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})$' },
          dueAfterDays: { type: 'integer', minimum: 1, maximum: 365 },
        },
      },
    },
    homologations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'label', 'requirementCodes'],
        properties: {
          kind: key,
          label: text,
          requirementCodes: { type: 'array', minItems: 1, items: code },
          inProgressUntil: key,
        },
      },
    },
    hosting: {
      type: 'object',
      additionalProperties: false,
      required: ['requirementCodes'],
      properties: { requirementCodes: { type: 'array', minItems: 1, items: code } },
    },
    families: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'title'],
        properties: { code, title: text },
      },
    },
    profiles: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'label'],
        properties: { code: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' }, label: text },
      },
    },
    questions: { type: 'array', minItems: 1, items: question },
    eligibility: { type: 'array', minItems: 1, items: question },
    requirements: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'family', 'section', 'title', 'statement', 'nature', 'scenarios'],
        properties: {
          code,
          family: text,
          section: text,
          title: text,
          statement: text,
          nature: { enum: [...NATURES] },
          scenarios: { type: 'array', minItems: 1, items: scenario },
        },
      },
    },
  },
} as const;
