import type { Copy, Diagnostic } from './schema/document.js';

/** A span in UTF-16 units of the source text; converted to code points only when the document is written. */
export type Range = [number, number];

export interface InternalDiagnostic extends Omit<Diagnostic, 'span'> { span?: Range }
export interface InternalCopy extends Omit<Copy, 'span' | 'of'> { span: Range; of?: Range }

/**
 * What travels with one input through the pipeline: its name, and the diagnostics and
 * dropped copies every stage reports (as in vfile: report, don't throw).
 *
 * @example
 * const file = new ParseFile('notice.txt');
 * file.warn('numbering-gap', '二、 expected before 三、', [120, 122]);
 */
export class ParseFile {
  readonly messages: InternalDiagnostic[] = [];
  readonly copies: InternalCopy[] = [];
  constructor(readonly path: string) {}

  warn(code: string, message: string, span?: Range): void { this.report('warning', code, message, span); }
  info(code: string, message: string, span?: Range): void { this.report('info', code, message, span); }
  error(code: string, message: string, span?: Range): void { this.report('error', code, message, span); }

  copy(copy: InternalCopy): void { this.copies.push(copy); }

  private report(severity: Diagnostic['severity'], code: string, message: string, span?: Range): void {
    this.messages.push(span ? { severity, code, message, span } : { severity, code, message });
  }
}

/** An input that cannot be parsed at all (missing, a directory, binary…): the one thing a stage may throw. */
export class InputError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
    this.name = 'InputError';
  }
}
