/**
 * The one error `npm run import` reports to authors. Its message reads like a compiler's,
 * `file:line: problem. Fix.`, so editors and terminals can jump to the line; the CLI prints
 * it after `error: ` and exits 1 without writing anything.
 */
export interface ImportErrorLocation {
  /** The export file as the author named it on the command line. */
  file?: string;
  /** 1-based line in that file. */
  line?: number;
}

export class ImportError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(message: string, { file, line }: ImportErrorLocation = {}) {
    const where =
      file === undefined ? line && `line ${line}` : [file, line].filter(Boolean).join(':');
    super(where ? `${where}: ${message}` : message);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
  }
}
