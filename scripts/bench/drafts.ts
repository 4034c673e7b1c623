/**
 * Seeded Markdown drafts built from source sentences: verbatim with a citation, with a
 * figure perturbed, with a quotation altered, paraphrased, and unrelated sentences, laid
 * out in headings, paragraphs and lists. Also the one-figure edit used for re-checks.
 */
import { Rng } from './rng.ts';
import { alterQuotation, changeNumber, numberSpans, paraphrase, perturbFigure, splitArticle, wordCount } from './sentences.ts';
import { unrelatedSentence } from './synthetic.ts';

/** A source the draft may draw from: its citation key and plain article text. */
export interface DraftSource {
  key: string;
  text: string;
}

/** How a draft sentence was made. */
export type SentenceKind = 'verbatim' | 'figure' | 'quote' | 'paraphrase' | 'unrelated';

/** A generated draft and what it is made of. */
export interface GeneratedDraft {
  text: string;
  /** Words of prose (headings and citation markup excluded). */
  words: number;
  counts: Record<SentenceKind, number>;
  /** Keys of the sources it draws from. */
  sources: string[];
}

const WEIGHTS: [SentenceKind, number][] = [['verbatim', 0.3], ['figure', 0.2], ['quote', 0.1], ['paraphrase', 0.15], ['unrelated', 0.25]];

interface Pool {
  key: string;
  sentences: string[];
}

function pickKind(rng: Rng): SentenceKind {
  let x = rng.next();
  for (const [kind, w] of WEIGHTS) if ((x -= w) < 0) return kind;
  return 'unrelated';
}

/** Picks the sources a draft cites: about one per 150 words, at least 3. */
function choosePools(sources: readonly DraftSource[], words: number, rng: Rng): Pool[] {
  const wanted = Math.max(3, Math.ceil(words / 150));
  const pools: Pool[] = [];
  for (const i of rng.shuffle(sources.map((_, k) => k))) {
    const sentences = splitArticle(sources[i].text);
    if (sentences.length >= 2) pools.push({ key: sources[i].key, sentences });
    if (pools.length >= wanted) break;
  }
  if (pools.length === 0) throw new Error('no source has two usable sentences');
  return pools;
}

/** Makes one draft sentence of the wanted kind (falling back to verbatim). */
function makeSentence(kind: SentenceKind, pool: Pool, rng: Rng): { kind: SentenceKind; text: string } {
  if (kind === 'unrelated') return { kind, text: unrelatedSentence(rng) };
  const base = rng.pick(pool.sentences);
  const cite = (s: string) => s.replace(/([.!?]["')]?)$/, ` [@${pool.key}]$1`);
  if (kind === 'figure') {
    const quoted = pool.sentences.filter((s) => /\d/.test(s));
    const changed = quoted.length ? perturbFigure(rng.pick(quoted), rng) : undefined;
    if (changed) return { kind, text: cite(changed) };
  }
  if (kind === 'quote') {
    const quoted = pool.sentences.filter((s) => s.includes('"'));
    const changed = quoted.length ? alterQuotation(rng.pick(quoted), rng) : undefined;
    if (changed) return { kind, text: cite(changed) };
  }
  if (kind === 'paraphrase') return { kind, text: cite(paraphrase(base, rng)) };
  return { kind: 'verbatim', text: cite(base) };
}

/** Lays sentences out as Markdown blocks: headings, paragraphs of 2-5 sentences, some lists. */
function layout(sentences: string[], rng: Rng, title: string): string {
  const blocks = [`# ${title}`];
  let i = 0;
  let section = 1;
  let sinceHeading = 0;
  while (i < sentences.length) {
    if (sinceHeading >= rng.int(4, 7)) {
      blocks.push(`## Section ${++section}`);
      sinceHeading = 0;
    }
    const n = Math.min(sentences.length - i, rng.int(2, 5));
    const chunk = sentences.slice(i, i + n);
    blocks.push(rng.chance(0.15) ? chunk.map((s) => `- ${s}`).join('\n') : chunk.join(' '));
    i += n;
    sinceHeading++;
  }
  return blocks.join('\n\n') + '\n';
}

/** A seeded draft of at least `words` words of prose drawn from `sources`. */
export function buildDraft(sources: readonly DraftSource[], words: number, seed: number): GeneratedDraft {
  const rng = new Rng(seed);
  const pools = choosePools(sources, words, rng);
  const counts: Record<SentenceKind, number> = { verbatim: 0, figure: 0, quote: 0, paraphrase: 0, unrelated: 0 };
  const sentences: string[] = [];
  let total = 0;
  while (total < words) {
    const s = makeSentence(pickKind(rng), rng.pick(pools), rng);
    counts[s.kind]++;
    sentences.push(s.text);
    total += wordCount(s.text.replace(/ \[@[^\]]*\]/g, ''));
  }
  return { text: layout(sentences, rng, `Draft of ${words} words`), words: total, counts, sources: pools.map((p) => p.key) };
}

/**
 * `text` with one figure in one prose sentence changed (headings and citations left
 * alone); `n` picks which figure, deterministically. Undefined when there is none.
 */
export function editOneFigure(text: string, n: number): string | undefined {
  const headings = [...text.matchAll(/^#.*$/gm)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const spans = numberSpans(text).filter((s) => !headings.some(([a, b]) => s.start >= a && s.end <= b));
  if (spans.length === 0) return undefined;
  const s = spans[Math.abs(n * 7919) % spans.length];
  return text.slice(0, s.start) + changeNumber(text.slice(s.start, s.end), 1 + (n % 7)) + text.slice(s.end);
}
