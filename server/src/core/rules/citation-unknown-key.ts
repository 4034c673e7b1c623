/**
 * citation.unknown-key — a Pandoc citation (or footnote definition) names a key that no
 * source has; the fix suggests the nearest known key.
 */
import { editDistance } from '../text/distance.ts';
import type { Fix } from '../types.ts';
import type { CheckContext, RawFinding, Rule } from './context.ts';


function nearestKey(ctx: CheckContext, key: string): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const doc of ctx.index.docs) {
    if (!doc) continue;
    const d = editDistance(key.toLowerCase(), doc.key.toLowerCase());
    if (d < bestD) [best, bestD] = [doc.key, d];
  }
  return bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function finding(ctx: CheckContext, key: string, start: number, end: number): RawFinding {
  const at = ctx.draft.text.indexOf('@' + key, start);
  const s = at >= start && at < end ? at + 1 : start;
  const e = at >= start && at < end ? s + key.length : end;
  const near = nearestKey(ctx, key);
  const fixes: Fix[] = near && at >= 0 ? [{ title: `Change to @${near}`, edits: [{ start: s, end: e, newText: near }], preferred: true }] : [];
  return {
    code: 'citation.unknown-key',
    message: `Unknown citation key "@${key}": no source in the corpus has it.${near ? ` Did you mean "@${near}"?` : ''}`,
    start: s,
    end: e,
    actual: key,
    ...(near ? { expected: near } : {}),
    fixes,
  };
}

export const citationUnknownKey: Rule = {
  code: 'citation.unknown-key',
  defaultSeverity: 'warning',
  run(ctx) {
    if (ctx.index.size === 0) return [];
    const out: RawFinding[] = [];
    for (const c of ctx.draft.citations) {
      if (c.kind !== 'pandoc') continue;
      for (const k of c.keys) if (ctx.index.docByKey(k) === undefined) out.push(finding(ctx, k, c.start, c.end));
    }
    for (const def of ctx.draft.footnotes.values()) {
      for (const k of def.keys) if (ctx.index.docByKey(k) === undefined) out.push(finding(ctx, k, def.start, def.end));
    }
    return out;
  },
};
