import { NATURES, PROGRAMMES, PROOF_KINDS, QUESTION_TYPES, SEGUR_DOCUMENT_KINDS } from '@preuve/domain';

/** JSON Schema of a référentiel data file: the shape of `Referential` in libs/domain, strictly. */

/** An object of these properties and no other, the `required` ones present. */
function strict<const Required extends readonly string[], const Properties extends object>(
  required: Required,
  properties: Properties,
) {
  return { type: 'object', additionalProperties: false, required, properties } as const;
}

/** An array of at least one `items`. */
function nonEmpty<const Items extends object>(items: Items) {
  return { type: 'array', minItems: 1, items } as const;
}

const text = { type: 'string', minLength: 1 } as const;
const code = { type: 'string', minLength: 1, maxLength: 40 } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const key = { type: 'string', pattern: '^[a-z][a-z0-9_]*$' } as const;
const rule = { anyOf: [{ type: 'boolean' }, { type: 'object', minProperties: 1, maxProperties: 1 }] } as const;

const proof = strict(['code', 'title', 'kinds'], {
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
});

const scenario = strict(['code', 'title', 'profiles', 'declarationRequiredWhenNotApplicable', 'proofs'], {
  code,
  title: text,
  description: text,
  profiles: { type: 'array', minItems: 1, uniqueItems: true, items: text },
  conditions: {
    type: 'array',
    items: strict(['rule', 'notApplicableReason'], {
      rule,
      notApplicableReason: text,
      applicableReason: text,
      source: text,
    }),
  },
  declarationRequiredWhenNotApplicable: { type: 'boolean' },
  cases: {
    type: 'array',
    items: strict(['key', 'title', 'proofCodes'], {
      key: text,
      title: text,
      description: text,
      proofCodes: nonEmpty(code),
    }),
  },
  clarifications: {
    type: 'array',
    items: strict(['text', 'source'], { text, source: text }),
  },
  proofs: nonEmpty(proof),
});

const question = strict(['key', 'label', 'type'], {
  key: { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$' },
  label: text,
  help: text,
  type: { enum: [...QUESTION_TYPES] },
  options: nonEmpty(strict(['value', 'label'], { value: key, label: text })),
  askedWhen: rule,
});

export const referentialSchema = strict(
  ['programme', 'code', 'version', 'title', 'families', 'profiles', 'questions', 'requirements'],
  {
    programme: { enum: [...PROGRAMMES] },
    code: { type: 'string', pattern: '^[A-Z][A-Z0-9_-]{1,31}$' },
    version: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+){0,3}$' },
    title: text,
    publishedOn: date,
    notice: text,
    conformityTextRequired: { type: 'boolean' },
    couloir: { type: 'string', pattern: '^[A-Z][A-Z0-9_-]{0,15}$' },
    dispositif: { type: 'string', pattern: '^[A-Z][A-Za-z0-9_-]{0,15}$' },
    vague: { type: 'string', pattern: '^[0-9]{1,2}$' },
    documents: nonEmpty(
      strict(['kind', 'name', 'version'], {
        kind: { enum: [...SEGUR_DOCUMENT_KINDS] },
        name: text,
        version: text,
        publishedOn: date,
      }),
    ),
    charter: strict(['version', 'text'], { version: text, text }),
    milestones: {
      type: 'array',
      items: strict(['key', 'label'], {
        key,
        label: text,
        dueAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})$' },
        dueAfterDays: { type: 'integer', minimum: 1, maximum: 365 },
      }),
    },
    homologations: {
      type: 'array',
      items: strict(['kind', 'label', 'requirementCodes'], {
        kind: key,
        label: text,
        requirementCodes: nonEmpty(code),
        inProgressUntil: key,
      }),
    },
    hosting: strict(['requirementCodes'], { requirementCodes: nonEmpty(code) }),
    families: nonEmpty(strict(['code', 'title'], { code, title: text })),
    profiles: nonEmpty(strict(['code', 'label'], { code: key, label: text })),
    questions: nonEmpty(question),
    eligibility: nonEmpty(question),
    requirements: nonEmpty(
      strict(['code', 'family', 'section', 'title', 'statement', 'nature', 'scenarios'], {
        code,
        family: text,
        section: text,
        title: text,
        statement: text,
        nature: { enum: [...NATURES] },
        scenarios: nonEmpty(scenario),
      }),
    ),
  },
);
