// The wire contract as the gateway uses it: generated classes from proto/gen (never edit those by hand; run `npm run proto`).
// 64-bit fields (sequence numbers, Unix milliseconds) stay far below 2^53, so they are read as plain numbers rather than Long.
import protobuf from 'protobufjs/minimal.js';
import { edge } from './gen/edge.js';

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

export const pb = edge.v1;
export type { edge };
