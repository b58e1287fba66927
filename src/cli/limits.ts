// Input size limit. A law-based government report is tens of kilobytes; a text
// far past this is not one report, and refusing it keeps memory bounded (the
// pipeline peaks near 11× the input size).
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
