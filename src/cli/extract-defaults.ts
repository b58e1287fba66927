// What `lawrep extract` takes for the options not given: commander's defaults in
// program.ts, and all the options of the one-report command line main.ts runs itself.
import type { ExtractCommandOptions } from './extract-command.js';
import { DEFAULT_MAX_BYTES } from './limits.js';

export const EXTRACT_DEFAULTS = { glob: '*.txt', maxBytes: DEFAULT_MAX_BYTES, format: 'json' } as const satisfies ExtractCommandOptions;
