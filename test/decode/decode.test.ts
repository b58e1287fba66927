import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../../src/decode/decode.js';

const TEXT = '赣州市卫生健康委关于2024年法治政府建设情况的报告\n行政处罚案件37宗。';

const utf16be = (s: string) => Buffer.from(Buffer.from(s, 'utf16le').swap16());

describe('decode', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'utf-16be'],
    ['GB18030', iconv.encode(TEXT, 'gb18030'), 'gb18030'],
    ['GBK', iconv.encode(TEXT, 'gbk'), 'gb18030'],
  ];
  it.each(cases)('%s decodes to the same text', (_name, bytes, encoding) => {
    expect(decode(bytes)).toEqual({ text: TEXT, encoding, replaced: 0 });
  });

  it.each([
    ['CRLF', 'a\r\nb\r\n', 'a\nb\n'],
    ['CR', 'a\rb', 'a\nb'],
    ['mixed', 'a\r\n\rb\n', 'a\n\nb\n'],
  ])('folds %s line ends to LF', (_name, input, expected) => {
    expect(decode(Buffer.from(input)).text).toBe(expected);
  });

  it.each([
    ['NUL bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x14, 0x00])],
    ['control characters', Buffer.from('\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f'.repeat(3))],
    ['a NUL after a byte-order mark', Buffer.from(`\ufeff${TEXT}\x00`)],
    ['vertical tabs and unit separators', Buffer.from('\x0b\x1f'.repeat(10))],
  ])('refuses binary input (%s)', (_name, bytes) => {
    expect(() => decode(bytes)).toThrow(DecodeError);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), /PDF.*pdftotext/],
    ['a .docx (ZIP)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), /ZIP archive \(\.docx/],
    ['an old .doc (OLE2)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]), /old Office document/],
  ])('names the format of %s it refuses', (_name, bytes, message) => {
    expect(() => decode(bytes)).toThrowError(message);
    expect(() => decode(bytes)).toThrow(expect.objectContaining({ code: 'binary' }));
  });

  it('reads a text that merely starts with the letters of a format name', () => {
    expect(decode(Buffer.from(`%PDF 报告\n${TEXT}`)).text).toBe(`%PDF 报告\n${TEXT}`);
    expect(decode(Buffer.from(`PK${TEXT}`)).encoding).toBe('utf-8');
  });

  it.each([
    ['tabs, form feeds, ESC and SUB', `${TEXT}\t\f\x1b\x1a`.repeat(20)],
    ['a few stray controls in a long text', `${TEXT}\x01\x02\x03`.repeat(2) + TEXT.repeat(20)],
  ])('reads text with %s', (_name, text) => {
    expect(decode(Buffer.from(text)).encoding).toBe('utf-8');
  });

  it.each([
    ['UTF-8', Buffer.concat([Buffer.from(TEXT.repeat(3), 'utf8'), Buffer.from([0xff]), Buffer.from(TEXT, 'utf8')]), 'utf-8'],
    ['GBK', Buffer.concat([iconv.encode(TEXT.repeat(3), 'gbk'), Buffer.from([0xff]), iconv.encode(TEXT, 'gbk')]), 'gb18030'],
  ])('reads %s with a stray byte, the byte as U+FFFD', (_name, bytes, encoding) => {
    expect(decode(bytes)).toEqual({ text: `${TEXT.repeat(3)}\uFFFD${TEXT}`, encoding, replaced: 1 });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(() => decode(Buffer.from([0xff, 0xff, 0xff, 0x80, 0x80]))).toThrowError(/neither/);
  });

  it('decodes with a forced encoding', () => {
    expect(decode(iconv.encode(TEXT, 'gb18030'), 'gb18030').encoding).toBe('gb18030');
    expect(() => decode(iconv.encode(TEXT, 'gb18030'), 'utf-8')).toThrowError(/utf-8/);
  });
});
