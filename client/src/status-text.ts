/**
 * The texts of the status-bar item, from the server's `citecheck/status` and the active
 * draft: "$(book) 4 sources · 3 problems · $(check) 26/34 figures". No `vscode`
 * import, so it is testable outside VS Code.
 */
import { formatFigureCounts, type FigureCounts, type StatusParams } from '../../server/src/lsp/protocol.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The active draft's figure counts, when the server has checked it. */
export function activeCounts(s: StatusParams, activeUri: string | undefined): FigureCounts | undefined {
  return activeUri === undefined ? undefined : s.figures?.[activeUri];
}

/** The status-bar text; the figure part only for a checked active draft with figures. */
export function statusText(s: StatusParams, activeUri?: string): string {
  if (s.indexing) return '$(sync~spin) citecheck: indexing sources';
  const base = `$(book) ${plural(s.sources, 'source')} · ${plural(s.problems, 'problem')}`;
  const c = activeCounts(s, activeUri);
  return c && c.total > 0 ? `${base} · $(check) ${c.verified}/${c.total} figures` : base;
}

/** The tooltip: sources and problems, the active draft's verdict counts, the click action. */
export function statusTooltip(s: StatusParams, activeUri?: string, activeName?: string): string {
  const lines = [`citecheck: ${plural(s.sources, 'source')} indexed, ${plural(s.problems, 'problem')} in open drafts.`];
  const c = activeCounts(s, activeUri);
  if (c) lines.push(`${activeName ?? 'This draft'}: ${c.total === 0 ? 'no figures' : formatFigureCounts(c)}.`);
  lines.push('Click to show the output.');
  return lines.join('\n');
}
