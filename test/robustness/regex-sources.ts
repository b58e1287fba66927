// Every regular expression of src/, found three ways so that a new one in any
// module is checked without being registered: regex literals scanned in the
// source text, RegExp objects reachable from module exports, and RegExps
// constructed at run time (while importing src/ and extracting the seeds).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface FoundRegex {
  source: string;
  flags: string;
  /** Where it was found: `file:line` for literals, the export path or `constructed` otherwise. */
  where: string;
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
    })
    .sort();
}

// After these, a `/` starts a regex literal; after anything else (a name, a
// number, `)` or `]`) it divides.
const BEFORE_REGEX = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^', '']);
const KEYWORDS_BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'of', 'in', 'void', 'yield', 'await', 'throw', 'else', 'do', 'delete', 'new']);

/** Regex literals of one TypeScript/JavaScript file: skips strings, templates and comments. */
export function regexLiterals(code: string): Array<{ source: string; flags: string; line: number }> {
  const found: Array<{ source: string; flags: string; line: number }> = [];
  const templateDepth: number[] = []; // brace depth at each open `${`
  let braces = 0;
  let previous = ''; // last significant character, or the last word
  let i = 0;
  const lineAt = (at: number) => code.slice(0, at).split('\n').length;
  const skipQuoted = (quote: string) => {
    i++;
    while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
    i++;
  };
  // Reads template text up to the closing backtick or a `${`.
  const skipTemplateText = () => {
    while (i < code.length) {
      if (code[i] === '\\') i += 2;
      else if (code[i] === '`') return void i++;
      else if (code[i] === '$' && code[i + 1] === '{') {
        templateDepth.push(braces);
        braces++;
        i += 2;
        previous = '{';
        return;
      } else i++;
    }
  };
  while (i < code.length) {
    const c = code[i] ?? '';
    if (/\s/.test(c)) i++;
    else if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i) === -1 ? code.length : code.indexOf('\n', i);
    else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i + 2) === -1 ? code.length : code.indexOf('*/', i + 2) + 2;
    else if (c === "'" || c === '"') {
      skipQuoted(c);
      previous = 'string';
    } else if (c === '`') {
      i++;
      skipTemplateText();
      if (previous !== '{') previous = 'string';
    } else if (c === '/' && (BEFORE_REGEX.has(previous) || KEYWORDS_BEFORE_REGEX.has(previous))) {
      const start = i;
      let inClass = false;
      i++;
      while (i < code.length && (inClass || code[i] !== '/') && code[i] !== '\n') {
        if (code[i] === '\\') i++;
        else if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        i++;
      }
      const source = code.slice(start + 1, i);
      i++;
      const flagsStart = i;
      while (i < code.length && /[a-z]/.test(code[i] ?? '')) i++;
      found.push({ source, flags: code.slice(flagsStart, i), line: lineAt(start) });
      previous = 'regex';
    } else if (/[\w$]/.test(c)) {
      const start = i;
      while (i < code.length && /[\w$]/.test(code[i] ?? '')) i++;
      previous = code.slice(start, i);
    } else {
      if (c === '{') braces++;
      if (c === '}') {
        braces--;
        if (templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braces) {
          templateDepth.pop();
          i++;
          skipTemplateText();
          previous = 'string';
          continue;
        }
      }
      previous = c;
      i++;
    }
  }
  return found;
}

export function literalRegexes(root: string, files: string[]): FoundRegex[] {
  return files.flatMap((file) =>
    regexLiterals(readFileSync(file, 'utf8')).map(({ source, flags, line }) => ({ source, flags, where: `${relative(root, file)}:${line}` })),
  );
}

/** RegExps reachable from a module's exports (objects, arrays, maps, sets, nested). */
export function exportedRegexes(name: string, exports: object): FoundRegex[] {
  const found: FoundRegex[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string, depth: number) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value) || depth > 8) return;
    seen.add(value);
    if (value instanceof RegExp) return void found.push({ source: value.source, flags: value.flags, where: path });
    const entries: Array<[string, unknown]> =
      value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v])
      : value instanceof Set ? [...value].map((v, i) => [String(i), v])
      : typeof value === 'function' ? []
      : Object.entries(value);
    for (const [key, child] of entries) visit(child, `${path}.${key}`, depth + 1);
  };
  visit(exports, name, 0);
  return found;
}

/**
 * Records every RegExp constructed from code in `srcDir` while `run` runs, by
 * standing in for the global RegExp (literals do not pass through it; the
 * scanner finds those).
 */
export async function constructedRegexes(srcDir: string, run: () => Promise<void>): Promise<FoundRegex[]> {
  const found: FoundRegex[] = [];
  const Original = globalThis.RegExp;
  const record = (made: RegExp) => {
    // The caller is the first frame outside this file: a regex that a library builds for src/ is not src/'s.
    const caller = (new Error().stack ?? '').split('\n').slice(1).find((frame) => !frame.includes('regex-sources'));
    if (caller?.includes(srcDir) && !caller.includes('node_modules')) found.push({ source: made.source, flags: made.flags, where: 'constructed' });
    return made;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)),
    apply: (target, self, args) => record(Reflect.apply(target, self, args)),
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** Imports every module of src/ and returns their exports by relative name. */
export async function importAll(root: string, files: string[]): Promise<Array<[string, object]>> {
  const modules: Array<[string, object]> = [];
  for (const file of files) modules.push([relative(root, file), (await import(pathToFileURL(file).href)) as object]);
  return modules;
}
