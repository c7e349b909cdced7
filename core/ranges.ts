// Sequence numbers -> the fewest inclusive ranges, for compact acks.
export function toRanges(seqs: number[]): { first: number; last: number }[] {
  const sorted = [...new Set(seqs)].sort((a, b) => a - b);
  const out: { first: number; last: number }[] = [];
  for (const s of sorted) {
    const cur = out[out.length - 1];
    if (cur && s === cur.last + 1) cur.last = s;
    else out.push({ first: s, last: s });
  }
  return out;
}
