// remoteConfig: configuration pushed by the core (docs/remote-config.md; gateway/remote-config/). The key that signs it
// is uplink.configKey (sections/uplink.ts), beside the command key.
export const remoteConfigSection = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description:
    'Configuration pushed by the core on {topicPrefix}/{siteId}/config, signed with uplink.configKey and ' +
    'merged over this file (docs/remote-config.md). Only this file sets this section.',
  properties: {
    enabled: {
      type: 'boolean',
      default: true,
      description:
        'false: every remote configuration is refused (GW_CONFIG_REMOTE_DISABLED) and the active one dropped; this file alone runs.',
    },
    confirmAfterS: {
      type: 'integer',
      minimum: 5,
      maximum: 3600,
      default: 60,
      description:
        'After applying a remote configuration the gateway must, within this many seconds, be connected to ' +
        'the core, have its device broker listening and its spool writable; otherwise it goes back to the ' +
        'last good configuration by itself.',
    },
    maxBytes: {
      type: 'integer',
      minimum: 1024,
      maximum: 4194304,
      default: 262144,
      description: 'Largest remote configuration message accepted (GW_CONFIG_REMOTE_TOO_LARGE).',
    },
  },
} as const;
