// Protocol tests over a real stdio connection: diagnostics, hover, code actions, definition,
// completion and commands on a draft with a wrong figure.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import type { CodeAction, CompletionItem, Diagnostic, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { applyEdit, Session } from './helpers.ts';
import { draft, SCRATCH, WRONG } from './fixtures.ts';

let s: Session;
let uri: string;
let key: string;
let keys: CompletionItem[];

const codeOf = (d: Diagnostic) => String(d.code);
const mismatch = (ds: Diagnostic[]) => ds.find((d) => codeOf(d) === 'figure.mismatch');

before(async () => {
  s = await Session.start();
  const scratch = await s.open('scratch.md', SCRATCH);
  keys = (await s.request<CompletionItem[]>('textDocument/completion', {
    textDocument: { uri: scratch },
    position: s.positionOf(scratch, SCRATCH, SCRATCH.length),
  })) ?? [];
  key = keys.find((k) => k.label.startsWith('001'))?.label ?? keys[0]?.label;
  assert.ok(key, 'no completion keys');
  uri = await s.open('draft.md', draft(key));
  await s.waitForDiagnostics(uri, (p) => mismatch(p.diagnostics) !== undefined, 'a figure.mismatch diagnostic');
});

after(() => s.stop());

test('completion after "[@" offers every corpus key with its title', () => {
  assert.equal(keys.length, 4, keys.map((k) => k.label).join(', '));
  for (const k of keys) assert.ok(k.detail && k.detail.length > 0, `${k.label} has no title`);
  assert.ok(keys.some((k) => k.documentation), 'no documentation');
});

test('published diagnostics carry code, source, docs link, version and the source passage', () => {
  const p = s.diagnostics.get(uri)!;
  assert.equal(p.version, s.version(uri));
  const d = mismatch(p.diagnostics)!;
  assert.equal(d.source, 'citecheck');
  assert.equal(d.severity, 1);
  assert.match(d.codeDescription!.href, /^https:\/\/github\.com\/citecheck\/citecheck#figuremismatch$/);
  const line = s.text(uri).split('\n')[d.range.start.line];
  assert.ok(line.slice(d.range.start.character, d.range.end.character).includes('9'), 'range does not cover the figure');
  const related = d.relatedInformation ?? [];
  assert.ok(related.length > 0, 'no relatedInformation');
  assert.match(related[0].location.uri, /\/corpus\/001_62cc25fecc494a02\.txt$/);
  assert.ok(related[0].location.range.start.line > 0, 'source range is at the file start');
  assert.ok(Array.isArray((d.data as { fixes: unknown[] }).fixes));
});

test('hover on the wrong figure shows the source value, the passage in bold and a link', async () => {
  const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: s.positionOf(uri, WRONG, 2) });
  assert.ok(h, 'no hover');
  const value = (h.contents as MarkupContent).value;
  assert.match(value, /\$?7 billion/);
  assert.match(value, /\*\*[^*]*7[^*]*\*\*/, 'the source value is not emphasised');
  assert.match(value, /\(file:\/\/[^)]*001_62cc25fecc494a02\.txt#L\d+/);
});

test('hover on an agreeing figure says which source and paragraph it matches', async () => {
  const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: s.positionOf(uri, '2,600', 1) });
  assert.ok(h, 'no hover on the agreeing figure');
  const value = (h.contents as MarkupContent).value;
  assert.match(value, /matches .*para \d+/);
  assert.match(value, /\*\*2,600[^*]*\*\*/);
});

test('hover on a citation mentions its source', async () => {
  const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: s.positionOf(uri, `@${key}`, 2) });
  assert.ok(h, 'no hover on the citation');
  assert.match((h.contents as MarkupContent).value, new RegExp(key));
});

test('the preferred quick fix replaces the figure; applying it yields the source figure', async () => {
  const d = mismatch(s.diagnostics.get(uri)!.diagnostics)!;
  const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
  });
  const fix = actions.find((a) => a.isPreferred);
  assert.ok(fix?.edit, `no preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(fix.kind, 'quickfix');
  const change = fix.edit.documentChanges![0] as { textDocument: { version: number } };
  assert.equal(change.textDocument.version, s.version(uri));
  const fixed = applyEdit(s.text(uri), uri, fix.edit);
  assert.ok(!fixed.includes(WRONG) && fixed.includes('7 billion'), fixed);
});

test('fix all (source.fixAll.citecheck) applies the preferred fixes', async () => {
  const whole = { start: { line: 0, character: 0 }, end: s.positionOf(uri, 'troops.', 7) };
  const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] },
  });
  const all = actions.find((a) => a.kind === 'source.fixAll.citecheck');
  assert.ok(all?.edit, 'no fix-all action');
  assert.ok(applyEdit(s.text(uri), uri, all.edit).includes('7 billion'));
});

test('insert citation on an uncited sentence that matches a source', async () => {
  const at = s.positionOf(uri, 'Special Security Division', 3);
  const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] },
  });
  const insert = actions.find((a) => a.kind?.startsWith('refactor'));
  assert.ok(insert?.edit, `no insert-citation action among ${actions.map((a) => `${a.kind}:${a.title}`).join(' | ')}`);
  const after = applyEdit(s.text(uri), uri, insert.edit);
  const line = after.split('\n').find((l) => l.includes('Special Security Division'))!;
  assert.match(line, /\[@[^\]]+\]/);
});

test('definition on [@key] opens the source file', async () => {
  const locs = await s.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: s.positionOf(uri, `@${key}`, 1) });
  assert.equal(locs.length, 1);
  assert.match(locs[0].uri, /\/corpus\/001_62cc25fecc494a02\.txt$/);
});

test('checkWorkspace publishes diagnostics for drafts that are not open', async () => {
  writeFileSync(s.path('closed.md'), draft(key));
  const r = await s.request<{ files: number; problems: number }>('workspace/executeCommand', {
    command: 'citecheck.server.checkWorkspace', arguments: [],
  });
  assert.ok(r.files >= 2 && r.problems >= 1, JSON.stringify(r));
  const closed = s.diagnostics.get(s.uri('closed.md'));
  assert.ok(closed && mismatch(closed.diagnostics), 'no figure.mismatch for the closed draft');
});

test('openSource returns the passage of the finding under the cursor', async () => {
  const loc = await s.request<Location | null>('workspace/executeCommand', {
    command: 'citecheck.server.openSource', arguments: [{ uri, position: s.positionOf(uri, WRONG, 1) }],
  });
  assert.ok(loc);
  assert.match(loc.uri, /001_62cc25fecc494a02\.txt$/);
});

test('the status notification counts sources and problems', () => {
  const last = s.notifications.filter((n) => n.method === 'citecheck/status').at(-1)?.params as { sources: number; problems: number };
  assert.equal(last.sources, 4);
  assert.ok(last.problems >= 1);
  assert.deepEqual([s.progress[0]?.kind, s.progress.at(-1)?.kind], ['begin', 'end'], 'no work-done progress');
});
