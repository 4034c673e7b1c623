/**
 * Package facts shown by the CLI (--version, SARIF tool driver), read from package.json
 * at build time (esbuild inlines it).
 */
import pkg from '../../../package.json';
import type { FindingCode } from '../core/types.ts';

const manifest = pkg as { version: string; homepage?: string; repository?: string | { url?: string } };

function repositoryUrl(): string | undefined {
  const repo = manifest.repository;
  const url = typeof repo === 'string' ? repo : repo?.url;
  return url?.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** citecheck's version. */
export const VERSION: string = manifest.version;

/** Where the README lives (package.json homepage or repository, else the project page). */
export const HOMEPAGE: string = manifest.homepage ?? repositoryUrl() ?? 'https://github.com/citecheck/citecheck';

/** README section that documents the finding codes. */
export const CODES_HELP_URI = `${HOMEPAGE.replace(/#.*$/, '')}#finding-codes`;

/** One-line description of each finding code (SARIF rules, docs). */
export const CODE_DESCRIPTIONS: Record<FindingCode, string> = {
  'figure.mismatch': 'A figure differs from the figure its source gives.',
  'figure.sources-disagree': 'Sources give different values for this figure.',
  'figure.unsupported': 'The passage draws on sources, and none of them states this figure in any form.',
  'quote.altered': 'A quotation differs from the wording in its source.',
  'quote.not-found': 'A quotation appears in none of the sources.',
  'quote.misattributed': 'A quotation is attributed to a different speaker than in its source.',
  'source.uncited': 'A sentence closely follows a source without quotation marks or citation.',
  'citation.mismatch': 'The cited source does not support the figure or quotation; another source does.',
  'citation.unknown-key': 'A citation key matches no source in the corpus.',
};
