// `edge-gateway core push-config`: the reference core's side of remote configuration (docs/remote-config.md). Signs a
// configuration document for one site with the core's Ed25519 config key and publishes it (QoS 1) on
// {prefix}/{siteId}/config; with --wait it prints every ConfigResult the site sends for that version until a final one
// (applied, rejected, rolled_back). `core config-keygen` makes the key pair: the private key stays at the core, the
// public key goes to each site as uplink.configKey.
import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import mqtt from 'mqtt';
import { signConfig } from '../proto/config-signing.ts';
import { pb } from '../proto/index.ts';

export interface PushOptions {
  url: string;
  siteId: string;
  document: Buffer;
  key: KeyObject;
  version: number;
  prefix: string;
  activateAtMs?: number;
  /**
   * Retained (the default): the broker keeps the newest config for the site and hands it over whenever the site
   * connects, so a site that was offline gets it; the site answers a version it already handled with its result again.
   */
  retain?: boolean;
  /** Wait this long for a final ConfigResult (0: publish and return). */
  waitMs: number;
  onResult?: (result: Record<string, unknown>) => void;
}

const FINAL = new Set(['APPLIED', 'REJECTED', 'ROLLED_BACK']);

/** Publishes the signed config; resolves with the final result's state, or 'published' / 'no final result'. */
export async function pushConfig(o: PushOptions): Promise<string> {
  const payload = signConfig({ siteId: o.siteId, version: o.version, document: o.document, activateAtMs: o.activateAtMs }, o.key);
  const client = await mqtt.connectAsync(o.url, { protocolVersion: 4, clean: true, reconnectPeriod: 0, connectTimeout: 10_000 });
  try {
    const topic = `${o.prefix}/${o.siteId}/config`;
    let settle: (state: string) => void = () => undefined;
    const final = new Promise<string>((resolve) => {
      settle = resolve;
    });
    client.on('message', (_topic, bytes) => {
      let r: ReturnType<typeof pb.ConfigResult.decode>;
      try {
        r = pb.ConfigResult.decode(bytes);
      } catch {
        return;
      }
      if (Number(r.version) !== o.version) return;
      const state = pb.ConfigState[r.state].replace('CONFIG_STATE_', '');
      o.onResult?.({ ...pb.ConfigResult.toObject(r, { defaults: true }), state });
      if (FINAL.has(state)) settle(state);
    });
    if (o.waitMs > 0) await client.subscribeAsync(`${topic}/result`, { qos: 1 });
    await client.publishAsync(topic, payload, { qos: 1, retain: o.retain ?? true });
    if (o.waitMs <= 0) return 'published';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve('no final result'), o.waitMs);
    });
    const state = await Promise.race([final, timeout]);
    clearTimeout(timer);
    return state;
  } finally {
    await client.endAsync(true);
  }
}

export async function runPushConfig(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      url: { type: 'string' },
      site: { type: 'string' },
      file: { type: 'string' },
      key: { type: 'string' },
      version: { type: 'string' },
      prefix: { type: 'string', default: 'gov/v1/site' },
      'activate-at': { type: 'string' },
      wait: { type: 'string', default: '0' },
      transient: { type: 'boolean', default: false },
    },
  });
  if (!values.url || !values.site || !values.file || !values.key) {
    process.stderr.write(
      'usage: edge-gateway core push-config --url mqtt://HOST:1883 --site ID --file config.json --key ' +
        'core-config.key [--version N] [--prefix P] [--activate-at ISO-TIME] [--wait SECONDS] [--transient]\n',
    );
    process.exit(2);
  }
  const document = readFileSync(values.file);
  JSON.parse(document.toString('utf8')); // a typo is caught here, not by the site
  // Without --version: the time in ms, which grows with every push from a core whose clock does not run backwards.
  const version = values.version === undefined ? Date.now() : Number(values.version);
  if (!Number.isSafeInteger(version) || version < 1) throw new Error(`--version must be a positive integer, not ${values.version}`);
  const activateAtMs = values['activate-at'] ? Date.parse(values['activate-at']) : undefined;
  const state = await pushConfig({
    url: values.url,
    siteId: values.site,
    document,
    key: createPrivateKey(readFileSync(values.key)),
    version,
    prefix: values.prefix,
    activateAtMs,
    waitMs: Number(values.wait) * 1000,
    retain: !values.transient,
    onResult: (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
  });
  process.stderr.write(`site ${values.site} config version ${version}: ${state}\n`);
  if (state !== 'published' && state !== 'APPLIED') process.exitCode = 1;
}

/** `core config-keygen --out FILE`: FILE (private key, PKCS#8 PEM, 0600, never overwritten) and FILE.pub.pem (for sites). */
export function runConfigKeygen(args: string[]): void {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  if (!values.out) {
    process.stderr.write('usage: edge-gateway core config-keygen --out core-config.key\n');
    process.exit(2);
  }
  const pair = generateKeyPairSync('ed25519');
  writeFileSync(values.out, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  writeFileSync(`${values.out}.pub.pem`, pair.publicKey.export({ type: 'spki', format: 'pem' }), { flag: 'wx' });
  process.stdout.write(
    `private key: ${values.out} (keep it at the core)\npublic key: ${values.out}.pub.pem (uplink.configKey at each site)\n`,
  );
}
