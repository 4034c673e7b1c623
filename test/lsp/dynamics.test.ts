// Protocol tests of the server's life cycle: pull diagnostics, configuration and corpus
// changes mid-session, cancellation, oversized documents and malformed requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { ResponseError } from 'vscode-jsonrpc/node';
import type { CompletionItem, Diagnostic, DocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import { CancellationTokenSource, Session, waitFor } from './helpers.ts';
import { draft, SCRATCH, WRONG } from './fixtures.ts';

const hasMismatch = (ds: Diagnostic[]) => ds.some((d) => String(d.code) === 'figure.mismatch');

/** Starts a session and opens the test draft (citing the first source's key). */
async function withDraft(options: Parameters<typeof Session.start>[0] = {}): Promise<{ s: Session; uri: string }> {
  const s = await Session.start(options);
  const scratch = await s.open('scratch.md', SCRATCH);
  const keys = await s.request<CompletionItem[]>('textDocument/completion', {
    textDocument: { uri: scratch }, position: s.positionOf(scratch, SCRATCH, SCRATCH.length),
  });
  const key = keys.find((k) => k.label.startsWith('001'))?.label ?? keys[0].label;
  return { s, uri: await s.open('draft.md', draft(key)) };
}

test('a pull client gets diagnostics by request, and none are pushed for the draft', async () => {
  const { s, uri } = await withDraft({ pull: true });
  try {
    const report = await s.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.ok(report.kind === 'full' && hasMismatch(report.items), 'no figure.mismatch in the pulled report');
    assert.equal(s.diagnostics.get(uri), undefined, 'diagnostics were pushed to a pull client');
  } finally {
    await s.stop();
  }
});

test('typing re-checks only the latest version (debounced, superseded versions dropped)', async () => {
  const { s, uri } = await withDraft();
  try {
    await s.waitForDiagnostics(uri, (p) => hasMismatch(p.diagnostics), 'the first diagnostics');
    const fixed = s.text(uri).replace(WRONG, '$7 billion');
    for (let i = 0; i < 5; i++) await s.change(uri, fixed + ' '.repeat(i));
    const p = await s.waitForDiagnostics(uri, (x) => x.version === s.version(uri), 'diagnostics of the last version');
    assert.ok(!hasMismatch(p.diagnostics), 'the fixed figure is still reported');
  } finally {
    await s.stop();
  }
});

test('didChangeConfiguration with severity off removes the diagnostic without restart', async () => {
  const { s, uri } = await withDraft();
  try {
    await s.waitForDiagnostics(uri, (p) => hasMismatch(p.diagnostics), 'a figure.mismatch diagnostic');
    s.settings = { severity: { 'figure.mismatch': 'off' } };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.waitForDiagnostics(uri, (p) => !hasMismatch(p.diagnostics), 'figure.mismatch to disappear');
  } finally {
    await s.stop();
  }
});

test('editing .citecheck.json mid-session applies the new config', async () => {
  const { s, uri } = await withDraft();
  try {
    await s.waitForDiagnostics(uri, (p) => hasMismatch(p.diagnostics), 'a figure.mismatch diagnostic');
    writeFileSync(s.path('.citecheck.json'), JSON.stringify({ corpus: ['corpus'], severity: { 'figure.mismatch': 'off' } }));
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: s.uri('.citecheck.json'), type: 2 }] });
    await s.waitForDiagnostics(uri, (p) => !hasMismatch(p.diagnostics), 'figure.mismatch to disappear');
  } finally {
    await s.stop();
  }
});

test('editing a corpus file mid-session updates the open draft', async () => {
  const { s, uri } = await withDraft();
  try {
    await s.waitForDiagnostics(uri, (p) => hasMismatch(p.diagnostics), 'a figure.mismatch diagnostic');
    const file = s.path('corpus/001_62cc25fecc494a02.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('$7 billion', WRONG));
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: s.uri('corpus/001_62cc25fecc494a02.txt'), type: 2 }] });
    await s.waitForDiagnostics(uri, (p) => !hasMismatch(p.diagnostics), 'figure.mismatch to go once the source agrees');
    assert.ok(s.registrations.length > 0, 'no file watchers registered');
  } finally {
    await s.stop();
  }
});

test('a cancelled hover answers RequestCancelled or a result, and the server keeps going', async () => {
  const { s, uri } = await withDraft();
  try {
    const source = new CancellationTokenSource();
    const pending = s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: s.positionOf(uri, WRONG, 1) }, source);
    source.cancel();
    const outcome = await pending.then((r) => ({ r }), (e: unknown) => ({ e }));
    if ('e' in outcome) {
      assert.ok(outcome.e instanceof ResponseError);
      assert.equal(outcome.e.code, -32800);
    }
    const again = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: s.positionOf(uri, WRONG, 1) });
    assert.ok(again, 'no hover after the cancellation');
  } finally {
    await s.stop();
  }
});

test('a document over maxFileSize is skipped with a one-time notice', async () => {
  const { s } = await withDraft({ settings: { maxFileSize: 20_000 } });
  try {
    const big = await s.open('big.md', 'The railway cost $9 billion. '.repeat(2000));
    const notice = await waitFor(
      () => s.notifications.find((n) => n.method === 'window/showMessage' && /big\.md/.test(JSON.stringify(n.params))),
      'a showMessage notice',
    );
    assert.match(JSON.stringify(notice.params), /maxFileSize/);
    const p = await s.waitForDiagnostics(big, () => true, 'diagnostics of the big file');
    assert.equal(p.diagnostics.length, 0);
    await s.change(big, s.text(big) + ' more');
    await s.waitForDiagnostics(big, (x) => x.version === s.version(big), 'the second version');
    assert.equal(s.notifications.filter((n) => n.method === 'window/showMessage').length, 1);
  } finally {
    await s.stop();
  }
});

test('malformed requests get empty answers or errors, never a crash', async () => {
  const { s, uri } = await withDraft();
  try {
    assert.equal(await s.request('textDocument/hover', {}), null);
    assert.deepEqual(await s.request('textDocument/codeAction', { textDocument: { uri }, range: 'x', context: 3 }), []);
    assert.deepEqual(await s.request('textDocument/definition', { textDocument: { uri: 'bogus:' }, position: { line: -5 } }), []);
    await assert.rejects(s.request('citecheck/noSuchMethod', {}), (e: unknown) => e instanceof ResponseError);
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nope.md', version: 2 }, contentChanges: [{ text: 1 }] });
    assert.equal(await s.request('workspace/executeCommand', { command: 'citecheck.server.nope' }), null);
    const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: s.positionOf(uri, WRONG, 1) });
    assert.ok(h, 'the server stopped answering');
    assert.ok(s.alive());
  } finally {
    await s.stop();
  }
});
