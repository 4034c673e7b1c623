import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG, type Config } from '../../server/src/core/config.ts';
import { createEngine, type Engine } from '../../server/src/core/engine.ts';
import type { Finding } from '../../server/src/core/types.ts';
import { createNodeFileSystem } from '../../server/src/node/nodefs.ts';

const root = resolve(__dirname, '../../examples');
const NIKKEI = '001-62cc25fecc494a02';

async function engine(over: Partial<Config> = {}): Promise<Engine> {
  const e = createEngine({ fs: createNodeFileSystem(), root, config: { ...DEFAULT_CONFIG, corpus: ['corpus'], ...over } });
  const problems = await e.loadCorpus();
  assert.deepEqual(problems, []);
  return e;
}

function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

function applyFix(text: string, f: Finding): string {
  const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
  assert.ok(fix, `finding ${f.code} has a fix`);
  return [...fix.edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

test('loads the demo corpus with keys and titles', async () => {
  const e = await engine();
  const keys = e.sources().map((s) => s.key).sort();
  assert.equal(keys.length, 4);
  assert.ok(keys.includes(NIKKEI));
});

test('figure.mismatch: a changed figure is found, with the source figure as fix', async () => {
  const e = await engine();
  const draft = "Beijing's negotiators have hinted at a quick restart on the $9 billion Main Line 1 railway, the largest single CPEC project.\n";
  const r = e.check(draft);
  const [f] = only(r.findings, 'figure.mismatch');
  assert.ok(f, JSON.stringify(r.findings, null, 1));
  assert.equal(draft.slice(f.start, f.end), '$9 billion');
  assert.equal(f.expected, '$7 billion');
  assert.equal(f.source?.key, NIKKEI);
  assert.match(f.source?.excerpt ?? '', /Main Line 1 railway/);
  const fixed = applyFix(draft, f);
  assert.match(fixed, /\$7 billion Main Line 1/);
  assert.match(fixed, new RegExp(`\\[@${NIKKEI}\\]\\.`));
});

test('figure forms that agree after normalisation are not flagged', async () => {
  const e = await engine();
  const draft = [
    'Negotiators hinted at a quick restart on the $7bn Main Line 1 railway, the largest single CPEC project.',
    'Two Chinese engineers died when their vehicle was struck by a pickup truck loaded with about 100 kilograms of explosives.',
    'The railway would connect Peshawar to Karachi through a more than 2,600-kilometre line.',
  ].join('\n\n');
  const r = e.check(draft);
  assert.deepEqual(only(r.findings, 'figure.mismatch'), [], JSON.stringify(r.findings, null, 1));
  assert.ok(r.matches.some((m) => m.kind === 'figure'));
});

test('quote.altered: changed words are shown as a word diff and the fix restores them', async () => {
  const e = await engine();
  const draft = '“Allowing Chinese personnel in Pakistan, who are not familiar with local culture, could result in a local backlash against them,” Ayesha Siddiqa told Nikkei Asia.\n';
  const r = e.check(draft);
  const [f] = only(r.findings, 'quote.altered');
  assert.ok(f, JSON.stringify(r.findings, null, 1));
  assert.match(f.message, /\{\+/);
  const fixed = applyFix(draft, f);
  assert.match(fixed, /could result in local backlash/);
});

test('a verbatim partial quotation with an ellipsis is accepted', async () => {
  const e = await engine();
  const draft = 'Iqbal said Beijing "is willing to assume a proactive role ... [to] ensure its overseas interests."\n';
  const r = e.check(draft);
  assert.deepEqual(only(r.findings, 'quote.altered'), []);
  assert.deepEqual(only(r.findings, 'quote.not-found'), []);
});

test('quote.not-found and scare quotes at a lower severity', async () => {
  const e = await engine();
  const draft = 'Officials said "the corridor will be finished by next spring without any further delay."\n\nCritics call it a "debt trap".\n';
  const r = e.check(draft);
  const nf = only(r.findings, 'quote.not-found');
  assert.equal(nf.length, 2, JSON.stringify(r.findings, null, 1));
  assert.equal(nf[0].severity, 'warning');
  assert.equal(nf[1].severity, 'info');
});

test('quote.misattributed: the source gives the words to someone else', async () => {
  const e = await engine();
  const draft = '“With its growing economic footprint across the world, Beijing is willing to assume a proactive role to ensure its overseas interests,” said Ayesha Siddiqa.\n';
  const r = e.check(draft);
  const [f] = only(r.findings, 'quote.misattributed');
  assert.ok(f, JSON.stringify(r.findings, null, 1));
  assert.equal(f.expected, 'Khuram Iqbal');
});

test('source.uncited: copied wording without a citation; citing it clears the finding', async () => {
  const e = await engine();
  const copied = 'Pakistan is grappling with a rise in militant activity ranging from Islamists aiming to topple the government to separatists seeking to carve out a homeland';
  const r = e.check(copied + '.\n');
  const [f] = only(r.findings, 'source.uncited');
  assert.ok(f, JSON.stringify(r.findings, null, 1));
  const fixed = applyFix(copied + '.\n', f);
  assert.deepEqual(only(e.check(fixed).findings, 'source.uncited'), []);
});

test('citation.unknown-key and citation.mismatch', async () => {
  const e = await engine();
  const draft = 'Negotiators hinted at a restart on the $7 billion Main Line 1 railway [@004-7d622b931650d239]. See also [@nikei].\n';
  const r = e.check(draft);
  const mm = only(r.findings, 'citation.mismatch');
  assert.equal(mm.length, 1, JSON.stringify(r.findings, null, 1));
  assert.equal(mm[0].expected, NIKKEI);
  const fixed = applyFix(draft, mm[0]);
  assert.match(fixed, new RegExp(`\\[@${NIKKEI}\\]`));
  assert.equal(only(r.findings, 'citation.unknown-key').length, 1);
});

test('severity config: off removes a code, a level overrides it', async () => {
  const e = await engine({ severity: { 'figure.mismatch': 'off', 'quote.not-found': 'error' } });
  const r = e.check('The $9 billion Main Line 1 railway is the largest single CPEC project. Critics call it a "debt trap".\n');
  assert.deepEqual(only(r.findings, 'figure.mismatch'), []);
  assert.equal(only(r.findings, 'quote.not-found')[0]?.severity, 'error');
});
