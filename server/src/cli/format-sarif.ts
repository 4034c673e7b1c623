/**
 * `--format sarif`: SARIF 2.1.0 with one rule per finding code, results with 1-based
 * regions (UTF-16 columns, the SARIF default), fixes and the source passage as a related
 * location.
 */
import type { Finding, Severity, SourceRef } from '../core/types.ts';
import { CODE_DESCRIPTIONS, CODES_HELP_URI, HOMEPAGE, VERSION } from './meta.ts';
import { FINDING_CODES } from '../core/types.ts';
import { byPosition, positioner, type Positioner, type Report } from './report.ts';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A SARIF region (1-based lines and columns, end column exclusive). */
export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error', warning: 'warning', info: 'note', hint: 'note',
};

function region(pos: Positioner, start: number, end: number): SarifRegion {
  const r = pos.range(start, end);
  return {
    startLine: r.start.line + 1, startColumn: r.start.character + 1,
    endLine: r.end.line + 1, endColumn: r.end.character + 1,
  };
}

/** A relative path as a URI reference: each segment percent-encoded, forward slashes kept. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function rules() {
  return FINDING_CODES.map((id) => ({
    id,
    shortDescription: { text: CODE_DESCRIPTIONS[id] },
    helpUri: CODES_HELP_URI,
  }));
}

function relatedLocation(source: SourceRef, report: Report) {
  const text = report.sourceText(source.path);
  const physicalLocation = {
    artifactLocation: { uri: pathToUri(report.sourcePath(source.path)) },
    ...(text !== undefined ? { region: region(positioner(text), source.start, source.end) } : {}),
  };
  return { id: 0, physicalLocation, message: { text: `${source.title} (${source.key}): ${source.excerpt}` } };
}

function fixes(f: Finding, uri: string, pos: Positioner) {
  return f.fixes.map((fix) => ({
    description: { text: fix.title },
    artifactChanges: [{
      artifactLocation: { uri },
      replacements: fix.edits.map((e) => ({
        deletedRegion: region(pos, e.start, e.end),
        insertedContent: { text: e.newText },
      })),
    }],
  }));
}

function result(f: Finding, uri: string, pos: Positioner, report: Report) {
  return {
    ruleId: f.code,
    ruleIndex: FINDING_CODES.indexOf(f.code),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(pos, f.start, f.end) } }],
    ...(f.source ? { relatedLocations: [relatedLocation(f.source, report)] } : {}),
    ...(f.fixes.length > 0 ? { fixes: fixes(f, uri, pos) } : {}),
  };
}

/** Builds the SARIF log for a report. */
export function toSarif(report: Report) {
  const results = report.files.flatMap((file) => {
    const pos = positioner(file.text);
    return byPosition(file.findings).map((f) => result(f, pathToUri(file.path), pos, report));
  });
  return {
    $schema: SCHEMA,
    version: '2.1.0' as const,
    runs: [{
      tool: { driver: { name: 'citecheck', version: VERSION, informationUri: HOMEPAGE, rules: rules() } },
      columnKind: 'utf16CodeUnits' as const,
      results,
    }],
  };
}

/** Renders the report as SARIF JSON, ending with a newline. */
export function formatSarif(report: Report): string {
  return JSON.stringify(toSarif(report), null, 2) + '\n';
}
