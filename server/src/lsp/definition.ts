/**
 * Go to definition on `[@key]`, `[^n]` or a cited link: the source file at the passage.
 */
import type { DefinitionParams, Location } from 'vscode-languageserver/node';
import { citationAt, citedPassage, citedSources } from './citations.ts';
import type { Workspace } from './workspace.ts';

/** Locations of the sources named by the citation under the cursor. */
export function definition(ws: Workspace, params: DefinitionParams): Location[] {
  const doc = ws.documents.get(params.textDocument.uri);
  const checked = doc && ws.check(doc);
  if (!doc || !checked) return [];
  const citation = citationAt(checked, doc.offsetAt(params.position));
  if (!citation) return [];
  const { sources } = citedSources(ws, checked, citation);
  return sources.map((s) => ws.sourceLocation(citedPassage(checked, citation, s)));
}
