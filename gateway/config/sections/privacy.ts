// One section of the config schema (gateway/config/schema.ts assembles them); descriptions and defaults live here.

export const privacySection = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description: 'Keyed hashing of ID numbers and pickup codes.',
  properties: {
    hashKeyEnv: {
      type: 'string',
      default: '',
      description: 'Environment variable with the hashing key (hex or text). Empty: a key is made once and kept in {spool.dir}/hash.key.',
    },
  },
} as const;

export const pickupsSection = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description:
    "Locker pickup codes: the key that protects them in the core's pickup lists, and the limits on " +
    'wrong codes (docs/security.md, "Pickups that cannot be guessed").',
  properties: {
    codeKeyEnv: {
      type: 'string',
      default: '',
      pattern: '^([A-Za-z_][A-Za-z0-9_]*)?$',
      description:
        "Environment variable holding the site pickup key: 64 hex characters, HKDF-SHA256 of the core's " +
        'master key with the site id (devices/locker/README.md, "Pickup list"). Without codeKeyEnv or ' +
        'codeKeyFile pickup lists are refused (GW_PICKUP_KEY_MISSING).',
    },
    codeKeyFile: {
      type: 'string',
      default: '',
      description: 'Path of a file holding the site pickup key (64 hex characters, trailing newline ignored), instead of codeKeyEnv.',
    },
    maxWrongPerLocker: {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      default: 20,
      description: 'Wrong pickup codes at one locker within windowS that lock its code entry (GW_PICKUP_LOCKED_OUT).',
    },
    maxWrongPerCompartment: {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      default: 5,
      description: 'Wrong codes for one compartment (when the locker names it) within windowS that lock that compartment.',
    },
    windowS: {
      type: 'integer',
      minimum: 1,
      maximum: 604800,
      default: 86400,
      description:
        'Sliding window in which wrong codes are counted. Long on purpose: a short one lets a patient guesser stay under the limit.',
    },
    lockoutS: {
      type: 'integer',
      minimum: 1,
      maximum: 604800,
      default: 900,
      description: "Length of a first lock-out. One that starts within maxLockoutS of the previous one's end lasts twice as long as it.",
    },
    maxLockoutS: { type: 'integer', minimum: 1, maximum: 604800, default: 86400, description: 'Longest lock-out.' },
  },
} as const;
