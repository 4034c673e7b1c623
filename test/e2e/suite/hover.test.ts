/// <reference types="mocha" />
// Hovering a wrong figure shows what the source says.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { firstDiagnostic, firstNumber, hoverText, openDraftCopy, preferredFix } from './helpers.ts';

suite('citecheck hover', () => {
  test('the hover at a wrong figure contains the source value', async () => {
    const editor = await openDraftCopy('e2e-hover.md');
    const uri = editor.document.uri;
    const diag = await firstDiagnostic(uri, 'figure.mismatch');
    const { main } = await preferredFix(uri, diag);
    const sourceValue = firstNumber(main.newText);
    assert.ok(sourceValue, `the fix "${main.newText}" holds no figure`);
    const inside = diag.range.start.translate(0, diag.range.isSingleLine && diag.range.end.character - diag.range.start.character > 1 ? 1 : 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, inside);
    const text = hoverText(hovers ?? []);
    assert.ok(text.includes(sourceValue), `hover does not mention ${sourceValue}: ${text}`);
    assert.ok(text.includes(editor.document.getText(diag.range).trim()) || text.length > sourceValue.length,
      'hover is empty apart from the figure');
  });
});
