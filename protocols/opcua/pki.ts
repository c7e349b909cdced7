// The gateway's own OPC-UA application certificate and trust lists. They live under the gateway's state directory
// ({state}/opcua-pki), never in the home directory where node-opcua would put them by default, and the certificate is
// created once, on the first connection, and kept: a machine that trusted it once keeps trusting it. One store serves
// every OPC-UA machine of the site. Unknown machine certificates are not accepted automatically: with a security mode
// other than None, an operator moves the machine's certificate from rejected/ to trusted/certs/ (GW_OPCUA_CERT_REJECTED).
import { OPCUACertificateManager, setErrorLogger, setWarningLogger } from 'node-opcua';
import type { Logger } from 'pino';
import { mkdirDurable, syncTreeDurable } from '../../base/state-file.ts';

export function createClientPki(rootFolder: string): OPCUACertificateManager {
  return new OPCUACertificateManager({ rootFolder, automaticallyAcceptUnknownCertificate: false, name: 'edge-gateway' });
}

/**
 * The PKI, ready to use and durable: its folder is made with mkdirDurable (spool.ts invariant 7), and after node-opcua
 * has made its sub-folders and the private key (without fsync), the whole tree is fsynced, so a power cut cannot
 * replace the key a machine was told to trust. A certificate node-opcua writes later, on the first connection, is made
 * durable by the next start's sync at the latest.
 */
export async function openClientPki(rootFolder: string): Promise<OPCUACertificateManager> {
  mkdirDurable(rootFolder);
  const pki = createClientPki(rootFolder);
  await pki.initialize();
  syncTreeDurable(rootFolder);
  return pki;
}

let routed = false;

/**
 * node-opcua prints its own warnings and errors (multi-line, with certificates in base64) to the console. The connector
 * reports every failure once, coded, so the library's lines go to the gateway's log at debug level instead of
 * interleaving with journald's JSON lines. Process-wide: node-opcua has one logger per process.
 */
export function routeLibraryLog(log: Logger): void {
  if (routed) return;
  routed = true;
  const sink =
    (level: 'warning' | 'error') =>
    (context: unknown, ...args: unknown[]) => {
      const where = (context as { filename?: string } | undefined)?.filename;
      log.debug(
        { component: 'opcua-lib', level, where: where ? where.replace(/.*[\\/]/, '') : undefined },
        args
          .map((a) => (typeof a === 'string' ? a : String(a)))
          .join(' ')
          .slice(0, 500),
      );
    };
  setWarningLogger(sink('warning') as Parameters<typeof setWarningLogger>[0]);
  setErrorLogger(sink('error') as Parameters<typeof setErrorLogger>[0]);
}
