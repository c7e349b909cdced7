// A locker controller with an OPC-UA server, as PLC-based locker banks have: the controller (locker-controller.ts: the
// machine and its memory), its nodes (opcua-address-space.ts: compartments, ServiceMode (writable), Heartbeat,
// TransactionLog, an OpenCompartment method, alarm events) and this server, which shows them and checks logins.
//
// Controller and server are separate, so a test can stop the server and start a new one on the same port while the
// controller keeps its compartments and its transaction log, as a PLC does when only its OPC-UA runtime restarts.
// freeze() stops the controller's program while the server keeps answering: the stale-data case.
import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { MessageSecurityMode, OPCUACertificateManager, OPCUAServer, SecurityPolicy } from 'node-opcua';
import { addLockerNodes } from './opcua-address-space.ts';
import type { AlarmFields, LockerController } from './locker-controller.ts';

// The simulator's whole face for its users (the demo, tests): the controller, its server, the mapping that reads it.
export { type AlarmFields, LockerController, type LockerControllerOptions } from './locker-controller.ts';
export { lockerSimMapping } from './opcua-address-space.ts';

export interface LockerServerOptions {
  port: number;
  host?: string;
  /** Server and user PKI go in pkiDir/server and pkiDir/users (never the home directory). */
  pkiDir: string;
  /** userName -> password accepted by the server. */
  users?: Record<string, string>;
  allowAnonymous?: boolean;
  securityModes?: ('None' | 'Sign' | 'SignAndEncrypt')[];
  /** Accept client certificates the server has not seen before (default true; false to test GW_OPCUA_CERT_REJECTED). */
  acceptUnknownCertificates?: boolean;
}

/** The controller's OPC-UA server. Node ids are strings in the server's own namespace (ns=1), see lockerSimMapping. */
export class LockerOpcuaServer {
  readonly controller: LockerController;
  private readonly options: LockerServerOptions;
  private server: OPCUAServer | undefined;
  private readonly attempts = new Map<string, { ok: number; failed: number }>();
  private certificates: OPCUACertificateManager | undefined;
  private onAlarm: ((a: AlarmFields) => void) | undefined;

  constructor(controller: LockerController, opts: LockerServerOptions) {
    this.controller = controller;
    this.options = opts;
  }

  get endpointUrl(): string {
    return `opc.tcp://${this.options.host ?? '127.0.0.1'}:${this.options.port}`;
  }

  /** Logins the server checked for a user name: a wrong password counts as failed. */
  logins(userName: string): { ok: number; failed: number } {
    return { ...(this.attempts.get(userName) ?? { ok: 0, failed: 0 }) };
  }

  async start(): Promise<void> {
    const accept = this.options.acceptUnknownCertificates ?? true;
    const modes = this.options.securityModes ?? ['None'];
    this.certificates = new OPCUACertificateManager({
      rootFolder: join(this.options.pkiDir, 'server'),
      automaticallyAcceptUnknownCertificate: accept,
    });
    const server = new OPCUAServer({
      host: this.options.host ?? '127.0.0.1',
      port: this.options.port,
      serverCertificateManager: this.certificates,
      userCertificateManager: new OPCUACertificateManager({
        rootFolder: join(this.options.pkiDir, 'users'),
        automaticallyAcceptUnknownCertificate: accept,
      }),
      securityModes: modes.map((m) => MessageSecurityMode[m]),
      // Basic256Sha256 also on a None-only server: that is what a password is encrypted with on an unsecured channel
      securityPolicies: [SecurityPolicy.None, SecurityPolicy.Basic256Sha256],
      allowAnonymous: this.options.allowAnonymous ?? true,
      userManager: {
        isValidUser: (userName: string, password: string) => {
          const ok = this.options.users?.[userName] !== undefined && this.options.users[userName] === password;
          const a = this.attempts.get(userName) ?? { ok: 0, failed: 0 };
          if (ok) a.ok++;
          else a.failed++;
          this.attempts.set(userName, a);
          return ok;
        },
      },
      buildInfo: {
        productName: 'Locker controller simulator',
        manufacturerName: 'edge-gateway',
        softwareVersion: this.controller.firmware,
      },
      isAuditing: false,
    });
    await server.initialize();
    this.onAlarm = addLockerNodes(server, this.controller);
    this.controller.on('alarm', this.onAlarm);
    await server.start();
    this.server = server;
  }

  /** The server's own certificate (PEM), for a client to trust. */
  get certificateFile(): string {
    return join(this.options.pkiDir, 'server', 'own', 'certs', 'certificate.pem');
  }

  /** What an operator does on the controller: trust a client's application certificate (PEM). */
  async trustClient(certificatePem: string): Promise<void> {
    await this.certificates?.trustCertificate(new X509Certificate(certificatePem).raw);
  }

  async stop(): Promise<void> {
    if (this.onAlarm) this.controller.off('alarm', this.onAlarm);
    this.onAlarm = undefined;
    const s = this.server;
    this.server = undefined;
    await s?.shutdown(0);
  }
}
