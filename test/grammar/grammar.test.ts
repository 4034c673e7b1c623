// The citation injection grammar, tokenised by the real vscode-textmate + oniguruma engine
// over a stand-in Markdown base grammar.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const { Registry, INITIAL, parseRawGrammar } = textmate;
type Grammar = textmate.IGrammar;

const here = (p: string) => resolve(__dirname, p);
const INJECTION = 'citecheck.citations.injection';
const FILES: Record<string, string> = {
  'text.html.markdown': here('./markdown-standin.tmLanguage.json'),
  [INJECTION]: here('../../syntaxes/citecheck.citations.tmLanguage.json'),
};

let grammar: Grammar;

before(async () => {
  const wasm = await readFile(here('../../node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) => {
      const file = FILES[scope];
      return file ? parseRawGrammar(await readFile(file, 'utf8'), file) : null;
    },
    getInjections: (scope: string) => (scope === 'text.html.markdown' ? [INJECTION] : undefined),
  });
  const g = await registry.loadGrammar('text.html.markdown');
  assert.ok(g, 'base grammar did not load');
  grammar = g;
});

/** Tokenises lines; returns [text, scopes] of every token. */
function tokenize(...lines: string[]): { text: string; scopes: string[] }[] {
  let stack = INITIAL;
  const out: { text: string; scopes: string[] }[] = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  }
  return out;
}

/** The scopes of the first token whose text is exactly `text`. */
function scopesOf(tokens: { text: string; scopes: string[] }[], text: string): string[] {
  const t = tokens.find((x) => x.text === text);
  assert.ok(t, `no token "${text}" in ${JSON.stringify(tokens.map((x) => x.text))}`);
  return t.scopes;
}

test('a pandoc citation scopes brackets, @, keys, separators and locators', () => {
  const tokens = tokenize('Exports fell 4% [see @nikkei2024, p. 3; -@dawn_2024].');
  assert.ok(scopesOf(tokens, '[').includes('punctuation.definition.citation.begin.citecheck'));
  assert.ok(scopesOf(tokens, ']').includes('punctuation.definition.citation.end.citecheck'));
  const key = scopesOf(tokens, 'nikkei2024');
  assert.ok(key.includes('variable.other.citation-key.citecheck'));
  assert.ok(key.includes('entity.name.tag.citation.citecheck'));
  assert.ok(key.includes('meta.citation.pandoc.citecheck'));
  assert.ok(scopesOf(tokens, '@').includes('punctuation.definition.citation-key.citecheck'));
  assert.ok(scopesOf(tokens, 'dawn_2024').includes('variable.other.citation-key.citecheck'));
  assert.ok(scopesOf(tokens, '-').includes('keyword.operator.suppress-author.citecheck'));
  assert.ok(scopesOf(tokens, ';').includes('punctuation.separator.citation.citecheck'));
  assert.ok(scopesOf(tokens, 'p').includes('keyword.other.locator-label.citecheck'));
  assert.ok(scopesOf(tokens, '3').includes('constant.numeric.locator.citecheck'));
  assert.ok(!scopesOf(tokens, 'Exports fell 4% ').some((s) => s.includes('citecheck')), 'prose before is not a citation');
});

test('keys with internal punctuation end before trailing punctuation', () => {
  const tokens = tokenize('As [@doe:2020.a] shows.');
  assert.ok(scopesOf(tokens, 'doe:2020.a').includes('variable.other.citation-key.citecheck'));
});

test('page ranges are one locator number', () => {
  const tokens = tokenize('[@smith04, pp. 33-35]');
  assert.ok(scopesOf(tokens, 'pp').includes('keyword.other.locator-label.citecheck'));
  assert.ok(scopesOf(tokens, '33-35').includes('constant.numeric.locator.citecheck'));
});

test('footnote references and definitions are scoped, with their labels', () => {
  const tokens = tokenize('The port handled 1.2 million tonnes.[^3]', '[^3]: Dawn, 2024-05-01.');
  const label = tokens.filter((t) => t.text === '3');
  assert.equal(label.length, 2);
  assert.ok(label[0].scopes.includes('meta.footnote.reference.citecheck'));
  assert.ok(label[0].scopes.includes('entity.name.label.footnote.citecheck'));
  assert.ok(label[1].scopes.includes('meta.footnote.definition.citecheck'));
  assert.ok(scopesOf(tokens, '^').includes('punctuation.definition.footnote.marker.citecheck'));
});

test('links, e-mail addresses and plain brackets are not citations', () => {
  const tokens = tokenize('Write to [me@example.com] or see [the report](https://x.org/@a) [1].');
  for (const t of tokens) {
    assert.ok(!t.scopes.some((s) => s.includes('citation')), `"${t.text}" scoped as ${t.scopes.join(' ')}`);
  }
});

test('citations inside inline code and fenced code are left alone', () => {
  const inline = tokenize('Use `[@key]` to cite.');
  assert.ok(!inline.some((t) => t.scopes.some((s) => s.includes('citecheck'))), 'inline code got citation scopes');
  const fenced = tokenize('```md', 'A fact [@key] and a note[^1].', '```', 'After [@key].');
  const inFence = fenced.filter((t) => t.scopes.includes('markup.fenced_code.block.markdown'));
  assert.ok(inFence.length > 0);
  assert.ok(!inFence.some((t) => t.scopes.some((s) => s.includes('citecheck'))), 'fenced code got citation scopes');
  const after = fenced.filter((t) => t.text === 'key');
  assert.ok(after.at(-1)!.scopes.includes('variable.other.citation-key.citecheck'), 'citation after the fence not scoped');
});

test('author-in-text citations (@key [p. 4]) are scoped outside brackets', () => {
  const tokens = tokenize('@dawn2024 [p. 4] reports the loan.');
  assert.ok(scopesOf(tokens, 'dawn2024').includes('variable.other.citation-key.citecheck'));
  assert.ok(!tokens.at(-1)!.scopes.some((s) => s.includes('citecheck')), 'prose after the key is not a citation');
});
