/**
 * Reads an export's bytes as text. UTF-8 is expected; UTF-16 with a byte-order mark (what
 * some Windows editors save as "Unicode") is decoded too. Anything else stops the import
 * with the line of the first unreadable byte, instead of silently turning letters into "�".
 */
import { ImportError } from './import-error.ts';

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

export function decodeExport(bytes: Uint8Array, file?: string): string {
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(body);
    const at = lossy.indexOf('\uFFFD');
    const line = lossy.slice(0, Math.max(at, 0)).split('\n').length;
    throw new ImportError(
      'this file is not UTF-8 text, so some letters cannot be read (it may be Latin-1 or Windows-1252). Open it in a text editor, save it with the encoding "UTF-8", and import it again.',
      { file, line },
    );
  }
}
