// The reproducibility stamp every record carries: lawrep version + rule-set hash.
import { createHash } from 'node:crypto';
import { describeRules } from './indicators/find.js';
import type * as z from 'zod/mini';
import type { Stamp as StampSchema } from './model/schema.js';
import { VERSION } from './version.js';

export type Stamp = z.infer<typeof StampSchema>;

let cached: Stamp | undefined;

export function stamp(): Stamp {
  cached ??= { version: VERSION, rules: createHash('sha256').update(describeRules()).digest('hex').slice(0, 16) };
  return cached;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
