import { Ajv2020 } from 'ajv/dist/2020.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, SEEDS, tempDir } from '../helpers/cli.js';

describe('lawrep schema', () => {
  const schema = JSON.parse(runBin(['schema']).stdout);
  const validate = new Ajv2020({ strict: false }).compile(schema);

  it('validates every output line: reports and error records', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 0, 0, 1]));
    const lines = [SEEDS, dir].flatMap((input) => runBin(['extract', input]).stdout.trim().split('\n'));
    expect(lines.length).toBe(6);
    for (const line of lines) {
      const record = JSON.parse(line);
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects what is not an output', () => {
    expect(validate({ schemaVersion: '1', metrics: 'none' })).toBe(false);
  });
});
