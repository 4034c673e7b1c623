/// <reference types="mocha" />
// Completion of citation keys after "[@" and go-to-definition on a citation.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { alnum, corpusFiles, openDraftCopy, waitFor } from './helpers.ts';

/** Appends a paragraph to the editor's document; returns the position right after `text`. */
async function append(editor: vscode.TextEditor, text: string): Promise<vscode.Position> {
  const doc = editor.document;
  const end = doc.positionAt(doc.getText().length);
  assert.ok(await editor.edit((b) => b.insert(end, `\n\n${text}`)));
  return doc.positionAt(doc.getText().length);
}

/** Completion labels offered at `pos` (waits until the corpus is loaded and keys appear). */
async function completionKeys(uri: vscode.Uri, pos: vscode.Position): Promise<string[]> {
  return waitFor(async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', uri, pos, '@');
    const labels = (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    return labels.length > 0 ? labels.map((l) => l.replace(/^@/, '')) : undefined;
  }, 'citation key completions');
}

suite('citecheck navigation', () => {
  test('completion after "[@" lists the corpus keys', async () => {
    const editor = await openDraftCopy('e2e-completion.md');
    const pos = await append(editor, 'As reported in [@');
    const keys = (await completionKeys(editor.document.uri, pos)).map(alnum);
    for (const file of await corpusFiles()) {
      const stem = alnum(file.replace(/\.[^.]+$/, ''));
      assert.ok(keys.includes(stem), `no completion for ${file} among ${keys.join(', ')}`);
    }
  });

  test('definition on a [@key] citation opens the cited source file', async () => {
    const editor = await openDraftCopy('e2e-definition.md');
    const uri = editor.document.uri;
    const keys = await completionKeys(uri, await append(editor, 'See [@'));
    const file = (await corpusFiles())[0]!;
    const key = keys.find((k) => alnum(k) === alnum(file.replace(/\.[^.]+$/, '')));
    assert.ok(key, `no key for ${file}`);
    const end = await append(editor, `The figures are from the report [@${key}].`);
    const inKey = end.translate(0, -(key.length + 2) + 1);
    const locations = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider', uri, inKey);
      return r && r.length > 0 ? r : undefined;
    }, `a definition for [@${key}]`);
    const target = locations.map((l) => ('targetUri' in l ? l.targetUri : l.uri))[0]!;
    assert.ok(target.path.endsWith(`/corpus/${file}`), `definition points at ${target.toString()}`);
  });
});
