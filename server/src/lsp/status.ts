/**
 * The `citecheck/status` notification that drives the client's status-bar item (the
 * protocol types live in ./protocol.ts, shared with the client).
 */
import { STATUS_NOTIFICATION, type StatusParams } from './protocol.ts';
import type { Workspace } from './workspace.ts';

/** The current status of the workspace. */
export function currentStatus(ws: Workspace): StatusParams {
  return {
    sources: ws.engine?.sources().length ?? 0,
    problems: ws.problemCount(),
    indexing: ws.indexing,
    figures: ws.figureCounts(),
  };
}

/** Sends the current status to the client. */
export function sendStatus(ws: Workspace): void {
  void ws.connection.sendNotification(STATUS_NOTIFICATION, currentStatus(ws));
}
