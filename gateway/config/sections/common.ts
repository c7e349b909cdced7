// Pieces several config sections share: the id pattern, password references, a machine's budget, an OPC-UA node.
export const id = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' } as const;
export const secretRefs = {
  passwordHash: {
    type: 'string',
    pattern: '^scrypt\\$',
    description: 'scrypt hash of the password, made with `edge-gateway hash-password`.',
  },
  passwordEnv: {
    type: 'string',
    pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
    description: 'Name of an environment variable holding the password.',
  },
  passwordFile: { type: 'string', minLength: 1, description: 'Path of a file holding the password (trailing newline ignored).' },
} as const;

// One machine's budget (gateway/pipeline/device-budget.ts, docs/security.md "One machine's budget"): the defaults are far above
// what a real machine sends (a kiosk or a locker: a transaction a minute, telemetry every few seconds, a few hundred
// stored messages after an outage) and far below what would crowd out the rest of a site.
export const budgetFields = {
  messagesPerS: {
    type: 'integer',
    minimum: 0,
    maximum: 1000000,
    description:
      'Publishes and subscriptions one machine may send per second, sustained (token bucket); 0 = no rate ' +
      'limit (benchmarks). Over it a QoS 0 publish is dropped and a QoS 1 publish held (its PUBACK waits; ' +
      'nothing is lost), both with GW_DEVICE_RATE_LIMITED.',
  },
  burst: {
    type: 'integer',
    minimum: 1,
    maximum: 1000000,
    description: "Publishes one machine may send at once above the rate (the bucket's size): a backlog flushed after an outage.",
  },
  maxInflight: {
    type: 'integer',
    minimum: 1,
    maximum: 100000,
    description:
      'QoS 1 publishes of one machine being stored at once; later ones wait for their PUBACK in order (GW_DEVICE_INFLIGHT_LIMIT).',
  },
  maxPendingRequests: {
    type: 'integer',
    minimum: 1,
    maximum: 10000,
    description: 'Questions on devices/{id}/req one machine may have unanswered; more are refused (GW_DEVICE_INFLIGHT_LIMIT).',
  },
} as const;

/** A node id or a browse path from the Root folder; "{n}" in it runs over the machine's numbered units. */
export const nodeRef = {
  type: 'string',
  minLength: 1,
  maxLength: 512,
  pattern: '^(/.+|(ns=\\d+;|nsu=[^;]+;)?[isgb]=.+)$',
  description: 'Node id ("ns=1;s=Locker.ServiceMode") or browse path from the Root folder ("/Objects/1:Locker/1:ServiceMode").',
} as const;

// OPC-UA machines (transport "opcua"). The mapping says where a kind's data lives on the machine's server; which roles a
