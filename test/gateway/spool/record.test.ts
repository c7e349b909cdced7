// The spool's record layout (gateway/spool/record.ts): what is written is what the header comment says, a record reads
// back exactly, and a damaged or partial record is never taken for a valid one.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { encodeRecord, HEADER_BYTES, MAX_BODY_BYTES, parseRecord, resync } from '../../../gateway/spool/record.ts';

// CRC32C (Castagnoli, reflected polynomial 0x82F63B78) written out here, so the stored checksum is checked against
// something other than the library that computed it.
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  return c >>> 0;
});
function crc32cRef(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const AT = Date.UTC(2026, 0, 15, 9, 30, 0, 123);

describe('spool record', () => {
  it('uses the standard CRC32C (check value of "123456789" is 0xE3069283)', () => {
    assert.equal(crc32cRef(Buffer.from('123456789')), 0xe3069283);
  });

  it('writes the layout its header comment documents', () => {
    const route = 'vend-01/tx';
    const key = 'TX-0001';
    const payload = Buffer.from([1, 2, 3, 4, 5]);
    const buf = encodeRecord(0x1_0000_0002, AT, route, key, payload);
    const body = route.length + key.length + payload.length;
    assert.equal(buf.length, HEADER_BYTES + body);
    assert.equal(buf.subarray(0, 4).toString('latin1'), 'EGR1');
    assert.equal(buf.readUInt32LE(4), body);
    assert.equal(buf.readUInt32LE(8), crc32cRef(buf.subarray(12)), 'CRC32C of everything after the CRC field');
    assert.equal(buf.readBigUInt64LE(12), 0x1_0000_0002n);
    assert.equal(buf.readBigUInt64LE(20), BigInt(AT));
    assert.equal(buf.readUInt16LE(28), route.length);
    assert.equal(buf.readUInt16LE(30), key.length);
    assert.equal(buf.subarray(32).toString('latin1'), `${route}${key}\x01\x02\x03\x04\x05`);
  });

  it('reads back what it wrote, multi-byte text and the largest safe sequence number included', () => {
    const cases = [
      { seq: 1, at: AT, route: 'vend-01/tx', key: '', payload: Buffer.alloc(0) },
      { seq: Number.MAX_SAFE_INTEGER, at: AT, route: 'kiosk-ü/state', key: 'Zahlung-€-7', payload: randomBytes(300) },
      { seq: 2 ** 32, at: 2 ** 32 + 7, route: 'locker-01/telemetry', key: 'k', payload: randomBytes(70_000) },
    ];
    for (const c of cases) {
      const res = parseRecord(encodeRecord(c.seq, c.at, c.route, c.key, c.payload), 0);
      assert.equal(res.kind, 'record');
      if (res.kind !== 'record') continue;
      assert.equal(res.record.seq, c.seq);
      assert.equal(res.record.appendedAt, c.at);
      assert.equal(res.record.route, c.route);
      assert.equal(res.record.key, c.key);
      assert.deepEqual(Buffer.from(res.record.payload), c.payload);
      assert.equal(res.record.size, HEADER_BYTES + Buffer.byteLength(c.route) + Buffer.byteLength(c.key) + c.payload.length);
    }
  });

  it('parses records one after another in a segment-like buffer', () => {
    const recs = [1, 2, 3].map((i) => encodeRecord(i, AT + i, `r/${i}`, '', Buffer.alloc(i * 10, i)));
    const buf = Buffer.concat(recs);
    let off = 0;
    const seqs: number[] = [];
    while (off < buf.length) {
      const res = parseRecord(buf, off);
      assert.equal(res.kind, 'record');
      if (res.kind !== 'record') break;
      seqs.push(res.record.seq);
      off += res.record.size;
    }
    assert.deepEqual(seqs, [1, 2, 3]);
  });

  it('reports a cut record as short, at every cut point', () => {
    const rec = encodeRecord(9, AT, 'vend-01/tx', 'TX-9', Buffer.alloc(40, 7));
    for (let n = 0; n < rec.length; n++) {
      const res = parseRecord(rec.subarray(0, n), 0);
      assert.equal(res.kind, 'short', `cut at ${n} of ${rec.length} bytes parsed as ${res.kind}`);
    }
  });

  it('never accepts a record with any single byte changed', () => {
    const rec = encodeRecord(42, AT, 'vend-01/tx', 'TX-42', Buffer.from('{"amount":1250,"currency":"EUR"}'));
    // Followed by plenty of bytes, so a damaged length field cannot simply read as "short".
    const tail = Buffer.alloc(256, 0);
    for (let pos = 0; pos < rec.length; pos++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const bad = Buffer.concat([rec, tail]);
        bad[pos]! ^= flip;
        const res = parseRecord(bad, 0);
        assert.notEqual(res.kind, 'record', `byte ${pos} ^ 0x${flip.toString(16)} still parsed as a record`);
      }
    }
  });

  it('refuses an implausible length as bad instead of waiting for gigabytes', () => {
    const rec = encodeRecord(1, AT, 'r', '', Buffer.alloc(10));
    rec.writeUInt32LE(MAX_BODY_BYTES + 1, 4);
    assert.deepEqual(parseRecord(rec, 0), { kind: 'bad', reason: `implausible length ${MAX_BODY_BYTES + 1}` });
  });

  it('refuses field lengths that overrun the body', () => {
    const rec = encodeRecord(1, AT, 'route', 'key', Buffer.alloc(4));
    rec.writeUInt16LE(200, 28);
    const res = parseRecord(rec, 0);
    assert.equal(res.kind, 'bad');
  });

  it('finds the next whole record after damage, and -1 when there is none', () => {
    const a = encodeRecord(1, AT, 'r', '', Buffer.alloc(20, 1));
    const b = encodeRecord(2, AT, 'r', '', Buffer.alloc(20, 2));
    // Garbage with a stray magic in it that does not start a valid record.
    const junk = Buffer.concat([
      Buffer.from('xxEGR1yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'),
      randomBytes(13).map((x) => (x === 0x45 ? 0 : x)),
    ]);
    const damagedA = Buffer.from(a);
    damagedA[40]! ^= 0xff;
    const buf = Buffer.concat([damagedA, junk, b]);
    assert.equal(parseRecord(buf, 0).kind, 'bad');
    assert.equal(resync(buf, 1), damagedA.length + junk.length);
    assert.equal(resync(Buffer.concat([damagedA, junk]), 1), -1);
  });

  it('never throws, whatever bytes it is given', () => {
    for (let i = 0; i < 2000; i++) {
      const buf = randomBytes(1 + (i % 97));
      if (i % 3 === 0) buf.write('EGR1', 0, 'latin1');
      const off = i % (buf.length + 2);
      const res = parseRecord(buf, off);
      assert.ok(['record', 'short', 'bad'].includes(res.kind));
      assert.ok(resync(buf, off) >= -1);
    }
  });
});
