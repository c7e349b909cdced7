// Test certificates made with Debian's openssl: a CA, a server certificate for 127.0.0.1, client certificates (good,
// expired, from another CA). `openssl ca` is used for the expired one because it can set the validity dates.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CertPair {
  cert: string;
  key: string;
}
export interface TestPki {
  dir: string;
  ca: string;
  caKey: string;
  otherCa: string;
  server: CertPair;
  client(cn: string, opts?: { expired?: boolean; untrusted?: boolean }): CertPair;
}

function ossl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

function makeCa(dir: string, name: string): { cert: string; key: string } {
  const key = join(dir, `${name}.key`),
    cert = join(dir, `${name}.crt`);
  ossl(
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '30',
      '-subj',
      `/CN=${name}`,
    ],
    dir,
  );
  return { cert, key };
}

export function makePki(dir: string): TestPki {
  mkdirSync(dir, { recursive: true });
  const ca = makeCa(dir, 'test-ca');
  const other = makeCa(dir, 'other-ca');
  const leaf = (cn: string, signer: { cert: string; key: string }, ext: string, name: string): CertPair => {
    const key = join(dir, `${name}.key`),
      csr = join(dir, `${name}.csr`),
      cert = join(dir, `${name}.crt`),
      extFile = join(dir, `${name}.ext`);
    writeFileSync(extFile, ext);
    ossl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', csr, '-subj', `/CN=${cn}`], dir);
    ossl(
      [
        'x509',
        '-req',
        '-in',
        csr,
        '-CA',
        signer.cert,
        '-CAkey',
        signer.key,
        '-CAcreateserial',
        '-out',
        cert,
        '-days',
        '30',
        '-extfile',
        extFile,
      ],
      dir,
    );
    return { cert, key };
  };
  const server = leaf('127.0.0.1', ca, 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n', 'server');
  let n = 0;
  return {
    dir,
    ca: ca.cert,
    caKey: ca.key,
    otherCa: other.cert,
    server,
    client(cn, opts = {}) {
      const name = `client-${++n}`;
      if (!opts.expired) return leaf(cn, opts.untrusted ? other : ca, 'extendedKeyUsage=clientAuth\n', name);
      // An expired certificate: `openssl ca` with explicit validity dates in the past.
      const key = join(dir, `${name}.key`),
        csr = join(dir, `${name}.csr`),
        cert = join(dir, `${name}.crt`);
      const db = join(dir, `${name}-db`);
      mkdirSync(db, { recursive: true });
      writeFileSync(join(db, 'index.txt'), '');
      writeFileSync(join(db, 'serial'), '1000\n');
      const conf = join(dir, `${name}.cnf`);
      writeFileSync(
        conf,
        `[ca]\ndefault_ca=x\n[x]\ndatabase=${db}/index.txt\nserial=${db}/serial\nnew_certs_dir=${db}\ndefault_md=sha256\npolicy=p\nx509_extensions=e\nunique_subject=no\n[p]\ncommonName=supplied\n[e]\nextendedKeyUsage=clientAuth\n`,
      );
      ossl(
        ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', csr, '-subj', `/CN=${cn}`],
        dir,
      );
      ossl(
        [
          'ca',
          '-batch',
          '-config',
          conf,
          '-cert',
          ca.cert,
          '-keyfile',
          ca.key,
          '-in',
          csr,
          '-out',
          cert,
          '-startdate',
          '20200101000000Z',
          '-enddate',
          '20200201000000Z',
          '-notext',
        ],
        dir,
      );
      return { cert, key };
    },
  };
}
