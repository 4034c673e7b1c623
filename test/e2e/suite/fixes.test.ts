/// <reference types="mocha" />
// Quick fixes and "Fix all" change the document as the engine proposes.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  citecheckDiagnostics, codeActions, editsIn, firstDiagnostic, openDraftCopy, preferredFix, waitForDiagnostics,
} from './helpers.ts';

suite('citecheck fixes', () => {
  test('the preferred quick fix replaces a wrong figure with the source figure', async () => {
    const editor = await openDraftCopy('e2e-quickfix.md');
    const doc = editor.document;
    const diag = await firstDiagnostic(doc.uri, 'figure.mismatch');
    const before = citecheckDiagnostics(doc.uri, 'figure.mismatch').length;
    const { action, main } = await preferredFix(doc.uri, diag);
    const offset = doc.offsetAt(main.range.start);
    assert.ok(await vscode.workspace.applyEdit(action.edit!), `applying "${action.title}" failed`);
    assert.equal(doc.getText().slice(offset, offset + main.newText.length), main.newText);
    await waitForDiagnostics(doc.uri, () => citecheckDiagnostics(doc.uri, 'figure.mismatch').length < before,
      'the fixed figure.mismatch to go away');
  });

  test('fix all (source.fixAll.citecheck) applies the preferred fixes', async () => {
    const editor = await openDraftCopy('e2e-fixall.md');
    const doc = editor.document;
    await firstDiagnostic(doc.uri, 'figure.mismatch');
    const mismatches = citecheckDiagnostics(doc.uri, 'figure.mismatch');
    const expected = await Promise.all(mismatches.map(async (d) => (await preferredFix(doc.uri, d)).main.newText));
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const actions = await codeActions(doc.uri, whole, 'source.fixAll.citecheck');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.citecheck');
    assert.ok(fixAll?.edit, `no source.fixAll.citecheck action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(editsIn(fixAll, doc.uri).length >= mismatches.length, 'fix all edits fewer places than there are mismatches');
    const original = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.notEqual(doc.getText(), original);
    for (const text of expected) assert.ok(doc.getText().includes(text), `"${text}" not in the fixed draft`);
    await waitForDiagnostics(doc.uri, () => citecheckDiagnostics(doc.uri, 'figure.mismatch').length === 0,
      'every figure.mismatch to be fixed');
  });
});
