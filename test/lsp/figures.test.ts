// Figure verdicts over a real stdio connection: the hover of a verified, an unchecked and an
// unsupported figure, and the figure counts of the status notification (plus the client's
// status-bar texts built from it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { statusText, statusTooltip } from '../../client/src/status-text.ts';
import type { StatusParams } from '../../server/src/lsp/protocol.ts';
import { Session, waitFor } from './helpers.ts';

const NIKKEI = '001-62cc25fecc494a02';
/** Copied from a sentence of the cited Nikkei article (para 9): verified. */
const VERIFIED = `Beijing's negotiators have hinted at a quick restart on the $7 billion Main Line 1 railway, the largest single CPEC project [@${NIKKEI}].`;
/** About nothing any source mentions: unchecked. */
const UNCHECKED = 'My grandmother baked 12 loaves of rye bread in her village kitchen.';
/** Cites the Nikkei article, whose sentence states no such number: unsupported. */
const UNSUPPORTED = `Beijing and Islamabad are close to a deal on joint security companies, according to 37 people familiar with the talks [@${NIKKEI}].`;

let s: Session;
let uri: string;

const hoverAt = async (needle: string): Promise<string> => {
  const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: s.positionOf(uri, needle, 1) });
  assert.ok(h, `no hover on ${needle}`);
  return (h.contents as MarkupContent).value;
};

const lastStatus = () => s.notifications.filter((n) => n.method === 'citecheck/status').at(-1)?.params as StatusParams | undefined;

before(async () => {
  s = await Session.start();
  uri = await s.open('draft.md', ['# Figures', '', VERIFIED, '', UNCHECKED, '', UNSUPPORTED, ''].join('\n'));
  await s.waitForDiagnostics(uri, () => true, 'the first diagnostics');
});

after(() => s.stop());

test('a verified figure: ✓ verified, the source and paragraph, the passage with its value in bold', async () => {
  const value = await hoverAt('$7 billion');
  assert.match(value, /^\*\*citecheck\*\* ✓ verified: matches \*ISLAMABAD .*\*.*, para 9\n/);
  assert.match(value, /^> .*\*\*\$7 billion\*\* Main Line 1 railway/m);
  assert.match(value, /\[Open source\]\(file:\/\/[^)]*001_62cc25fecc494a02\.txt#L\d+,\d+\)/);
});

test('an unchecked figure: "not checked", never a ✓', async () => {
  const value = await hoverAt('12 loaves');
  assert.equal(value, '**citecheck** · not checked: this passage draws on no source');
  assert.ok(!value.includes('✓'));
});

test('the status notification carries the open draft\'s figure counts; the status bar shows them', async () => {
  const status = await waitFor(() => {
    const st = lastStatus();
    return st?.figures?.[uri] ? st : undefined;
  }, 'a status with figure counts');
  assert.deepEqual(status.figures[uri], { total: 3, verified: 1, contradicted: 0, unsupported: 1, unchecked: 1 });
  assert.equal(statusText(status, uri), `$(book) 4 sources · ${status.problems} problem${status.problems === 1 ? '' : 's'} · $(check) 1/3 figures`);
  assert.equal(statusText(status, 'file:///elsewhere.md'), `$(book) 4 sources · ${status.problems} problem${status.problems === 1 ? '' : 's'}`);
  assert.equal(statusTooltip(status, uri, 'draft.md'), [
    `citecheck: 4 sources indexed, ${status.problems} problem${status.problems === 1 ? '' : 's'} in open drafts.`,
    'draft.md: 3 figures: 1 verified, 0 contradicted, 1 unsupported, 1 unchecked.',
    'Click to show the output.',
  ].join('\n'));
});

test('status-bar text while indexing, and without figures', () => {
  const st: StatusParams = { sources: 1, problems: 0, indexing: false, figures: { 'file:///a.md': { total: 0, verified: 0, contradicted: 0, unsupported: 0, unchecked: 0 } } };
  assert.equal(statusText(st, 'file:///a.md'), '$(book) 1 source · 0 problems');
  assert.equal(statusTooltip(st, 'file:///a.md', 'a.md'), 'citecheck: 1 source indexed, 0 problems in open drafts.\na.md: no figures.\nClick to show the output.');
  assert.equal(statusText({ ...st, indexing: true }, 'file:///a.md'), '$(sync~spin) citecheck: indexing sources');
});

test('an unsupported figure: ⚠ unsupported and the passage it draws on, no ✓', async () => {
  const value = await hoverAt('37 people');
  assert.match(value, /^\*\*citecheck\*\* ⚠ unsupported: no source this passage draws on states this value\n/);
  assert.match(value, /The passage draws on \*ISLAMABAD /);
  assert.ok(!value.includes('✓'));
  assert.equal(lastStatus()?.figures[uri]?.unsupported, 1);
});
