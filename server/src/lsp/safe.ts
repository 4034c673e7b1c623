/**
 * Handler boundaries: bad input never crashes the server. Every handler runs inside
 * `guard`, which logs one error and answers with an empty result.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/** Something that can log an error line (the connection console). */
export interface ErrorLog {
  error(message: string): void;
}

/** The error a handler returns when its request was cancelled. */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/** Throws the cancellation error when the token is cancelled. */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw cancelled();
}

/** A readable one-line description of a thrown value. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return String(e);
}

/**
 * Wraps a request handler: ResponseErrors (e.g. cancellation) pass through, any other
 * exception is logged once and replaced by `fallback`.
 */
export function guard<P, R, F>(
  log: ErrorLog,
  name: string,
  fallback: F,
  fn: (params: P, token: CancellationToken) => Promise<R> | R,
): (params: P, token: CancellationToken) => Promise<R | F | ResponseError<void>> {
  return async (params, token) => {
    try {
      return await fn(params, token);
    } catch (e) {
      if (e instanceof ResponseError) return e;
      log.error(`citecheck: ${name} failed: ${describeError(e)}`);
      return fallback;
    }
  };
}

/** Wraps a notification handler: exceptions are logged, never thrown. */
export function guardNotification<P>(
  log: ErrorLog,
  name: string,
  fn: (params: P) => Promise<void> | void,
): (params: P) => Promise<void> {
  return async (params) => {
    try {
      await fn(params);
    } catch (e) {
      log.error(`citecheck: ${name} failed: ${describeError(e)}`);
    }
  };
}
