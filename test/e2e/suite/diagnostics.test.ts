/// <reference types="mocha" />
// Diagnostics of the demo draft as VS Code shows them in the Problems panel.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FINDING_CODES } from '../../../server/src/core/types.ts';
import { codeOf, openDraftCopy, waitForDiagnostics } from './helpers.ts';

suite('citecheck diagnostics', () => {
  test('the demo draft gets citecheck diagnostics with finding codes', async () => {
    const editor = await openDraftCopy('e2e-diagnostics.md');
    const ds = await waitForDiagnostics(editor.document.uri,
      (all) => all.some((d) => codeOf(d) === 'figure.mismatch'), 'a figure.mismatch diagnostic');
    const known = new Set<string>(FINDING_CODES);
    for (const d of ds) assert.ok(known.has(codeOf(d)), `unknown code ${codeOf(d)}`);
    assert.ok(ds.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'no error-level finding');
    assert.ok(new Set(ds.map(codeOf)).size >= 2, `only one kind of finding: ${ds.map(codeOf).join(', ')}`);
  });

  test('a figure mismatch points at the source passage in the corpus', async () => {
    const editor = await openDraftCopy('e2e-related.md');
    const ds = await waitForDiagnostics(editor.document.uri,
      (all) => all.some((d) => codeOf(d) === 'figure.mismatch'), 'a figure.mismatch diagnostic');
    const related = ds.filter((d) => codeOf(d) === 'figure.mismatch').flatMap((d) => d.relatedInformation ?? []);
    assert.ok(related.length > 0, 'figure.mismatch has no relatedInformation');
    for (const r of related) assert.match(r.location.uri.path, /\/corpus\//);
  });
});
