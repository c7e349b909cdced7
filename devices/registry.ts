// Which codec decodes which machine kind. The gateway looks a device's kind up in its config and asks here.
import { lockerCodec } from './locker/codec.ts';
import { tellerCodec } from './teller/codec.ts';
import type { Kind, KindCodec } from './common/types.ts';
import { vendingCodec } from './vending/codec.ts';

export const KINDS: readonly Kind[] = ['teller', 'vending', 'locker'];

const CODECS: Readonly<Record<Kind, KindCodec>> = { teller: tellerCodec, vending: vendingCodec, locker: lockerCodec };

export function codecFor(kind: Kind): KindCodec {
  return CODECS[kind];
}
