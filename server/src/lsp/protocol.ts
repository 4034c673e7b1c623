/**
 * The custom protocol between the citecheck server and its VS Code client, shared by both
 * (the client bundles this file): method names and payload types, nothing else at run time
 * but the figure-counts formatter.
 */
import type { FigureCounts } from '../core/types.ts';

export { formatFigureCounts, type FigureCounts } from '../core/types.ts';

/** Method name of the status notification (server → client). */
export const STATUS_NOTIFICATION = 'citecheck/status';

/** Payload of `citecheck/status`, sent after every check and corpus change. */
export interface StatusParams {
  /** Number of loaded sources. */
  sources: number;
  /** Findings over the open drafts. */
  problems: number;
  /** True while the corpus is being (re)indexed. */
  indexing: boolean;
  /**
   * Figure verdict counts of each open, checked draft, keyed by document URI (as the
   * client sent it), from the draft's latest check.
   */
  figures: Record<string, FigureCounts>;
}
