// Coded errors. Every failure a user can meet carries a stable code (GW_...), a message that says what to do,
// and where safe the offending value. The table below is the single list; docs/errors.md documents each code and
// test/base/errors.test.ts keeps the two in step.

export const ERROR_CODES = {
  // configuration
  GW_CONFIG_NOT_FOUND: 'The config file does not exist or cannot be read.',
  GW_CONFIG_PARSE: 'The config file is not valid JSON.',
  GW_CONFIG_INVALID: 'The config file breaks the schema; every problem is listed with its path.',
  GW_CONFIG_INLINE_SECRET: 'A secret is written into the config file; give passwordHash, passwordEnv or passwordFile instead.',
  GW_SECRET_MISSING: 'A secret named by passwordEnv or passwordFile is not set or cannot be read.',
  GW_CONFIG_HTTP_TOKEN_REQUIRED:
    'The status page would be reachable from other machines without an access token: http.host is not a ' +
    'loopback address (127.0.0.0/8, ::1). Set http.tokenEnv or http.tokenFile (a token of at least 16 ' +
    'characters), or bind http.host to 127.0.0.1.',
  GW_CONFIG_REMOTE_DISABLED:
    'A remote configuration arrived but the site refuses them (remoteConfig.enabled is false in its own file); answered "rejected", nothing changed.',
  GW_CONFIG_REMOTE_KEY:
    'A remote configuration arrived but uplink.configKey is not set, cannot be read or is not an Ed25519 ' +
    "public key (PEM); every remote configuration is refused until the site trusts the core's config key.",
  GW_CONFIG_REMOTE_MALFORMED:
    'A message on {topicPrefix}/{siteId}/config is not an edge.v1.SignedConfig, has no version, or its ' +
    'document is not a JSON object; answered "rejected", nothing changed.',
  GW_CONFIG_REMOTE_TOO_LARGE: 'A remote configuration message is larger than remoteConfig.maxBytes; refused unread.',
  GW_CONFIG_REMOTE_SIGNATURE:
    'A remote configuration is unsigned or its Ed25519 signature does not verify against ' +
    'uplink.configKey; answered "rejected", nothing changed, its version not remembered.',
  GW_CONFIG_REMOTE_WRONG_SITE: 'A remote configuration names another site in its signed site_id; answered "rejected", nothing changed.',
  GW_CONFIG_REMOTE_STALE:
    "A remote configuration's version is not above the highest version this site applied or refused (a " +
    'replay, or a core that lost count); answered "rejected", nothing changed. Send a higher version.',
  GW_CONFIG_REMOTE_INVALID:
    "A remote configuration, merged over the site's own file, breaks the schema or its rules (the same checks as `edge-gateway validate`), carries an inline secret or names a secret the site does not have; every problem is listed with its path, nothing changed.",
  GW_CONFIG_REMOTE_FORBIDDEN:
    "A remote configuration names a setting only the site's own file may set (site.id, spool, " +
    'remoteConfig, uplink.configKey, uplink.commandKey): they would move or strand the buffered data or ' +
    'take the site out of its operators\' hands; answered "rejected", nothing changed.',
  GW_CONFIG_REMOTE_UNHEALTHY:
    'After a remote configuration was applied the gateway was not, within remoteConfig.confirmAfterS, ' +
    'connected to the core with its device broker listening and its spool writable; it went back to the ' +
    'last good configuration by itself ("rolled_back", the failed checks listed).',
  GW_CONFIG_REMOTE_CRASHED:
    'The gateway stopped (crashed, or failed to start) while a remote configuration waited for its ' +
    'health check; at the next start that configuration was abandoned and the last good one runs ' +
    '("rolled_back").',
  GW_CONFIG_REMOTE_NO_RESTART:
    'A remote configuration changes a section that needs a restart (restart_sections), but the gateway ' +
    'does not run under systemd (no INVOCATION_ID) or another supervisor that starts it again ' +
    '(EDGE_GATEWAY_SUPERVISED=1); it is refused rather than exiting with nobody to restart it. Sections ' +
    'applied live are not affected.',
  // status page
  GW_HTTP_AUTH_FAILED:
    'A request to the status page or /metrics carried a wrong access token, or a session cookie that is ' +
    'unknown (forged, or from before a restart), expired or presented under another address than it was ' +
    'opened with; it was answered 401 and counted by source. After http.limits.authFailures of them an ' +
    'address is answered 429 for http.limits.authLockoutS (doubling while it goes on). Open ' +
    '/?token=TOKEN again; many of them mean someone is guessing the token.',
  GW_HTTP_CONNECTION_LIMIT:
    'A status page socket was closed at once because http.limits.maxConnectionsPerSource sockets from ' +
    'its address, or http.limits.maxConnections in all, are open. Raise the limit if that many browsers ' +
    'or scrapers really share one address; otherwise look at what that address is doing.',
  // device input
  GW_AUTH_FAILED: 'A device connected with an unknown id or a wrong password.',
  GW_AUTH_BACKOFF:
    'A login came from a source address in back-off after repeated failed logins: it was held ' +
    '(broker.loginBackoff) and refused without its password being checked. A machine with the right ' +
    'password gets in once the source stops failing; look for a guesser on that address.',
  GW_AUTH_BUSY:
    'Too many password checks were waiting (scrypt runs one at a time off the event loop): the login was ' +
    'refused unchecked and the machine retries. Many at once means someone is guessing passwords.',
  GW_MQTT_PACKET_TOO_LARGE:
    'A socket sent a packet larger than allowed (before login: more than broker.connectMaxBytes in all; ' +
    'after: larger than broker.maxPayloadBytes plus topic and header): it was closed at once, before the ' +
    "packet was buffered. Lower the machine's payload size, or raise broker.maxPayloadBytes.",
  GW_MQTT_MALFORMED:
    'A socket sent bytes that are not MQTT 3.1.1 (a first packet that is not a CONNECT, a Remaining ' +
    "Length over four bytes, bad flags or strings): it was closed. Check the machine's MQTT client; many " +
    'of them mean someone is probing the port.',
  GW_MQTT_CONNECTION_LIMIT:
    'A new socket was closed at once because broker.maxConnections sockets are open, or ' +
    'broker.maxConnectionsPerSource from its address. Raise the limit if that many machines really share ' +
    'one address (NAT).',
  GW_MQTT_CONNECT_TIMEOUT:
    'A socket was closed because its CONNECT was not accepted within broker.connectDeadlineMs of opening ' +
    "(nothing sent, sent too slowly, or held in back-off). Check the machine's network if it is a real " +
    'one.',
  GW_ACL_PUBLISH_DENIED: 'A device published outside devices/{its own id}/{tx|telemetry|event|state|req}.',
  GW_ACL_SUBSCRIBE_DENIED: 'A device subscribed outside devices/{its own id}/{cmd|error|res}.',
  GW_TOPIC_UNKNOWN: 'A device published to a topic of its own that the gateway does not know.',
  GW_PAYLOAD_TOO_LARGE: 'A device payload is larger than broker.maxPayloadBytes.',
  GW_PAYLOAD_NOT_JSON: 'A device payload is not valid UTF-8 JSON.',
  GW_PAYLOAD_NOT_PROTOBUF: 'A device configured with format "protobuf" sent bytes that do not decode as an `edge.v1.DeviceMessage`.',
  GW_PAYLOAD_SCHEMA: "A device payload does not match its kind's schema; the path and rule are given.",
  GW_PAYLOAD_CARD_NUMBER: 'A device payload carries a full card number (PAN); it is refused and never stored or forwarded.',
  GW_SALE_TOTAL_MISMATCH: "A vending sale's items do not add up to its total.",
  GW_DEVICE_RATE_LIMITED:
    'One machine sent more than its budget (broker.deviceBudget.messagesPerS, burst; devices[].budget ' +
    'overrides it): a QoS 0 publish over it was dropped, a QoS 1 publish held (acknowledged at the ' +
    "budget's pace, nothing lost), a subscription refused. Counted per machine on /metrics " +
    '(edge_gateway_device_limited_total) and answered on devices/{id}/error at most every 5 s. A real ' +
    'machine never reaches the default: look for a firmware loop or stolen credentials, or raise the ' +
    "machine's budget.",
  GW_DEVICE_INFLIGHT_LIMIT:
    'One machine has too much unfinished at once: broker.deviceBudget.maxInflight QoS 1 publishes being ' +
    'stored (later ones wait for their PUBACK), or maxPendingRequests questions on devices/{id}/req ' +
    'unanswered (the question is refused: wait for the answers on res), or more than 10,000 publishes ' +
    'waiting (the connection is closed without PUBACK and the machine resends). Counted per machine on ' +
    '/metrics.',
  // spool and uplink
  GW_SPOOL_FULL: 'The spool reached spool.maxBytes or the disk is full; new transactions are not acknowledged until room returns.',
  GW_SPOOL_IO: 'Writing or syncing the spool failed; the message was not acknowledged and the device will resend it.',
  GW_SPOOL_CORRUPT:
    'A spool segment holds a corrupt record; the segment was copied to quarantine/ and the records after it are still delivered.',
  GW_SPOOL_LOCKED: 'Another gateway process holds the spool directory.',
  GW_UPLINK_DOWN: 'The connection to the core broker failed; the gateway buffers and retries with backoff.',
  GW_UPLINK_REFUSED: "The core broker refused the gateway's credentials or certificate.",
  GW_UPLINK_TLS:
    'TLS with the core failed: an untrusted, expired or missing certificate on either side, or an ' +
    'unreadable TLS file; the gateway retries and re-reads the files.',
  GW_CORE_BAD_MESSAGE: 'A message from the core could not be decoded.',
  // clocks (gateway/health)
  GW_CLOCK_SKEW:
    "The gateway's clock is off the core's by more than clock.maxSkewMs beyond the estimate's " +
    "uncertainty (measured over the uplink, NTP-style); check the site's time service (NTP). Logged once " +
    'when raised and once when cleared, shown on the status page and /metrics, and in GatewayHealth.',
  GW_DEVICE_CLOCK_SKEW:
    "A machine's clock is off the gateway's by more than clock.maxSkewMs (the median of its recent live " +
    "messages' device time against their receive time); set its time. Envelopes keep both times, so the " +
    'core can correct.',
  GW_DEVICE_CLOCK_JUMP:
    "A machine's clock jumped: reset to before 2020 (a dead RTC battery), or stepped by more than " +
    'clock.maxSkewMs between messages. Its device times are flagged untrusted until ' +
    "clock.trustAfterSamples messages in a row without a jump; check the machine's clock and battery.",
  // the fleet view at the core (core fleet)
  GW_FLEET_MESSAGE_REFUSED:
    'The fleet view refused a status or health message: a topic that is not {prefix}/{siteId}/status or ' +
    '/health, a site id that breaks the id rule, a payload over the size limit, bytes that do not ' +
    'decode, or a payload naming another site than its topic. It is counted by reason ' +
    '(edge_fleet_messages_refused_total); the site keeps its last good record. Many of them mean ' +
    'something else publishes under the prefix.',
  GW_FLEET_SITE_LIMIT:
    'The fleet view already holds --max-sites sites: a message from a new site was refused (known sites ' +
    'are never evicted). Raise --max-sites if the fleet really is that large; otherwise look for what ' +
    'publishes under new site ids.',
  GW_FLEET_TOKEN_REQUIRED:
    'The fleet view would be reachable from other machines without an access token (--http is not a ' +
    'loopback address), or the token is shorter than 16 characters. Give --token-file FILE, or bind ' +
    '--http 127.0.0.1:PORT.',
  // commands from the core
  GW_COMMAND_INVALID:
    'A command from the core is malformed, targets an unknown device, or its kind does not support it; answered "rejected".',
  GW_COMMAND_SIGNATURE:
    'A command is unsigned or its Ed25519 signature does not verify against uplink.commandKey; answered "rejected", never executed.',
  GW_COMMAND_EXPIRED:
    "A command's deadline passed before it could run (for example it waited in the core broker during " +
    'an outage); answered "expired", never executed.',
  GW_COMMANDS_UNAUTHENTICATED: 'uplink.commandKey is not set, so commands are not authenticated; set it in production.',
  GW_COMMAND_KEY: 'uplink.commandKey cannot be read or is not an Ed25519 public key (PEM).',
  // locker pickups
  GW_PICKUP_LOCKED_OUT:
    'Too many wrong pickup codes at a locker (pickups.maxWrongPerLocker) or for one compartment ' +
    '(pickups.maxWrongPerCompartment) within pickups.windowS: that code entry is locked until the time ' +
    'shown on the status page, every code (the right one too) is answered "locked", and an event is sent ' +
    'to the core. Check the locker for someone guessing; it unlocks by itself.',
  GW_PICKUP_LIST_UNKEYED:
    'A pickup list from the core carries code_hash, an unkeyed SHA-256 that anyone reading the command ' +
    'topic reverses; the list is refused (the previous one stays). The core must send code_mac, an HMAC ' +
    'under the site pickup key (devices/locker/README.md).',
  GW_PICKUP_KEY_MISSING:
    'A pickup list arrived but the site has no pickup key (pickups.codeKeyEnv or pickups.codeKeyFile), ' +
    'or the key is not 64 hex characters; lists are refused until it is set to the key the core derives ' +
    'for this site.',
  GW_PICKUP_LIST_INVALID:
    'A pickup list item lacks a valid code_mac (64 hex), code_salt (8-64 of A-Z a-z 0-9 _ -), ' +
    'document_ref or compartment, or the list is too long; the list is refused and the previous one ' +
    'stays.',
  GW_COMMAND_UNBOUND:
    'A command does not name this site and its target inside the signed bytes: site_id must be this site ' +
    'and device_id the machine the topic names ("_site" on the whole-site topic); answered "rejected", ' +
    'never executed, not remembered.',
  GW_COMMAND_DEADLINE_TOO_FAR:
    "A command's deadline is more than uplink.commandMaxTtlS ahead of the gateway's clock; answered " +
    '"rejected", never executed. Give commands a nearer deadline (or check the core\'s clock).',
  GW_COMMAND_MEMORY_FULL:
    'uplink.commandMemory accepted commands are remembered and none has passed its deadline yet; a new ' +
    'command is answered "rejected" rather than an old id forgotten. Send fewer commands, with nearer ' +
    'deadlines, or raise uplink.commandMemory.',
  GW_COMMAND_REPEATED:
    'A command id the gateway remembers arrived again (a replay or a resend); answered with its stored state, never executed again.',
  // OPC-UA machines
  GW_OPCUA_UNREACHABLE:
    "An OPC-UA machine's server cannot be reached or dropped the connection; the gateway reconnects with " +
    'backoff and re-creates its session and subscriptions.',
  GW_OPCUA_AUTH:
    "An OPC-UA server refused the gateway's user name, password or user certificate (opcua.auth); " +
    'retried slowly (opcua.refusedRetryMs) until someone fixes the account or the config.',
  GW_OPCUA_CERT_REJECTED:
    "A certificate was not trusted: the machine rejected the gateway's certificate (trust " +
    '{state}/opcua-pki/own/certs/client_certificate.pem on the machine), or the gateway does not trust ' +
    "the machine's (move it from {state}/opcua-pki/rejected/ to trusted/certs/); retried slowly.",
  GW_OPCUA_SECURITY_MISMATCH:
    'The OPC-UA server offers no endpoint with the configured opcua.securityMode and securityPolicy; retried slowly.',
  GW_OPCUA_MAPPING:
    "A node in an OPC-UA device's mapping does not exist on the server or cannot be read; the rest of the mapping keeps working.",
  GW_OPCUA_STALE:
    'An OPC-UA machine sent no new data (its heartbeat stopped) for opcua.staleAfterIntervals publishing ' +
    'intervals: it is shown offline and an event is sent; it comes back online when data resumes.',
  GW_NOTIFY:
    "systemd asked for notifications (Type=notify) but the relay that sends them (perl, from Debian's " +
    'perl-base) could not start or exited; it is started again, and systemd may not see the gateway ' +
    'ready or alive meanwhile.',
  GW_INTERNAL: 'An unexpected error; the message was not acknowledged.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class GatewayError extends Error {
  readonly code: ErrorCode;
  /** Extra facts safe to show a user (never personal data or secrets). */
  readonly detail: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, detail: Record<string, unknown> = {}) {
    super(message);
    this.name = 'GatewayError';
    this.code = code;
    this.detail = detail;
  }
}

export function isGatewayError(e: unknown): e is GatewayError {
  return e instanceof GatewayError;
}
