/**
 * The `citecheck/status` notification that drives the client's status-bar item.
 */
import type { Workspace } from './workspace.ts';

/** Method name of the status notification (server → client). */
export const STATUS_NOTIFICATION = 'citecheck/status';

/** Payload of `citecheck/status`. */
export interface StatusParams {
  sources: number;
  problems: number;
  indexing: boolean;
}

/** The current status of the workspace. */
export function currentStatus(ws: Workspace): StatusParams {
  return {
    sources: ws.engine?.sources().length ?? 0,
    problems: ws.problemCount(),
    indexing: ws.indexing,
  };
}

/** Sends the current status to the client. */
export function sendStatus(ws: Workspace): void {
  void ws.connection.sendNotification(STATUS_NOTIFICATION, currentStatus(ws));
}
