// The library: pure functions, no file or terminal access.
export { extract, type ExtractOptions } from './extract.js';
export { parseNumber, type ParsedNumber } from './numbers/parse.js';
export * from './model/schema.js';
export { VERSION } from './version.js';
