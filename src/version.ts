// Kept equal to package.json's version by a test (the library reads no files).
export const VERSION = '0.1.0';
