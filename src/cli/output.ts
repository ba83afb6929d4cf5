/**
 * How every command answers: text for people, or with `--json` one JSON document on stdout for
 * scripts. Failures the API also knows are reported with the API's own code and message
 * (`src/core/errors.ts`): as text on stderr, or with `--json` as the API's error envelope
 * `{"error":{"code","message","details"}}` on stdout, and exit code 1 either way.
 */
import { AppError } from '../core/errors.js';

export interface OutputOptions {
  json?: boolean;
}

/** Print the command's result: `value` as JSON, or `text` (a trailing newline is added). */
export function emit(opts: OutputOptions, value: unknown, text: () => string): void {
  process.stdout.write(opts.json ? `${JSON.stringify(value, null, 2)}\n` : `${text().replace(/\n$/, '')}\n`);
}

/** Report an error in the API's words and set exit code 1. Anything that is not an AppError is a bug: rethrown. */
export function reportError(opts: OutputOptions, error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  if (opts.json) {
    const body = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    process.stderr.write(`ricochet: ${error.code}: ${error.message}\n`);
  }
  process.exitCode = 1;
}

/**
 * A commander action that reports AppErrors as above. The options object is the action's last
 * argument (commander passes positional arguments first, then options, then the command).
 * @example .action(command(async (file: string, opts: ImportOptions) => { … }))
 */
export function command<A extends unknown[]>(run: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    // The options object is a plain object; the Command instance that follows it is not.
    const opts = (args.findLast((a) => typeof a === 'object' && a !== null && Object.getPrototypeOf(a) === Object.prototype) ?? {}) as OutputOptions;
    try {
      await run(...args);
    } catch (error) {
      reportError(opts, error);
    }
  };
}
