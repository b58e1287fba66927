// --shard K/N: a deterministic share of the inputs, chosen by a hash of each
// path, so that N machines given the same inputs split them without overlap.
import { UsageError } from '../errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(spec);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count) throw new UsageError(`--shard ${spec}: expected K/N with 1 ≤ K ≤ N, e.g. --shard 2/8`);
  return { index, count };
}

export function inShard(path: string, shard: Shard): boolean {
  return fnv1a(path) % shard.count === shard.index - 1;
}

/** 32-bit FNV-1a over UTF-16 code units: fast, and the same on every machine. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}
