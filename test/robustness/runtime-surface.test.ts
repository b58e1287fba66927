// What lawrep's own code can reach: no network, no child processes, no code
// built from strings anywhere in src/; and the pipeline (everything outside
// src/cli) never touches files or the CLI.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { sourceFiles } from './regex-sources.js';

const SRC = join(ROOT, 'src');

/** Module specifiers of static imports, re-exports, dynamic import() and require(). */
function importsOf(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/\b(?:import|require)\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g),
  ];
  return specifiers.map((m) => m[1] ?? '');
}

/** Code without comments, so that a comment may name what the code must not do. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const FILES = sourceFiles(SRC).map((path) => {
  const code = withoutComments(readFileSync(path, 'utf8'));
  return { name: relative(SRC, path), code, imports: importsOf(code) };
});

const FORBIDDEN_MODULES = /^(?:node:)?(?:child_process|net|tls|http|https|http2|dgram|dns|cluster|vm|inspector)(?:\/|$)/;
const FORBIDDEN_CALLS: Array<[string, RegExp]> = [
  ['fetch()', /\bfetch\s*\(/],
  ['eval()', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function()', /(?<![\w.])Function\s*\(/],
  ['WebSocket', /\bWebSocket\b/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['process.binding', /\bprocess\s*\.\s*(?:binding|dlopen)\b/],
];

const PIPELINE_FORBIDDEN = /^(?:(?:node:)?(?:fs|readline|tty)(?:\/|$)|commander$|chalk$)|(?:^|\/)cli\//;
const PROCESS_ACCESS = /\bprocess\s*\.\s*(?:stdout|stderr|stdin|exit|argv|env|chdir|cwd)\b/;

describe('runtime surface of src/', () => {
  it('finds the sources and their imports', () => {
    expect(FILES.length).toBeGreaterThan(10);
    expect(FILES.find((f) => f.name === 'extract.ts')?.imports).toContain('./decode/decode.js');
  });

  it('imports no network, process or vm module', () => {
    const offending = FILES.flatMap((f) => f.imports.filter((s) => FORBIDDEN_MODULES.test(s)).map((s) => `${f.name}: ${s}`));
    expect(offending).toEqual([]);
  });

  it('fetches nothing and evaluates no string', () => {
    const offending = FILES.flatMap((f) => FORBIDDEN_CALLS.filter(([, pattern]) => pattern.test(f.code)).map(([what]) => `${f.name}: ${what}`));
    expect(offending).toEqual([]);
  });

  it('keeps the pipeline (all but src/cli) away from files, the terminal and the CLI', () => {
    const offending = FILES.filter((f) => !f.name.startsWith('cli/')).flatMap((f) => [
      ...f.imports.filter((s) => PIPELINE_FORBIDDEN.test(s)).map((s) => `${f.name}: ${s}`),
      ...(PROCESS_ACCESS.test(f.code) ? [`${f.name}: process I/O`] : []),
    ]);
    expect(offending).toEqual([]);
  });

  it.each([
    ['import { exec } from "node:child_process";', 'node:child_process'],
    ["export * from 'https';", 'https'],
    ["const m = await import('node:net');", 'node:net'],
    ['const c = require("dgram");', 'dgram'],
    ["import 'node:http';", 'node:http'],
  ])('the scan sees %s', (code, specifier) => {
    expect(importsOf(code)).toContain(specifier);
    expect(FORBIDDEN_MODULES.test(specifier)).toBe(true);
  });

  it.each([
    ["import { readFile } from 'node:fs/promises';", 'node:fs/promises'],
    ["import { UsageError } from '../cli/errors.js';", '../cli/errors.js'],
  ])('the pipeline scan sees %s', (code, specifier) => {
    expect(importsOf(code)).toContain(specifier);
    expect(PIPELINE_FORBIDDEN.test(specifier)).toBe(true);
  });
});
