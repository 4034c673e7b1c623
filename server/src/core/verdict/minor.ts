/**
 * Figures that are the writer's own rather than a reported value: counts in words, dates
 * relative to the time of writing, centuries named as background, occasions ("scored
 * twice"). They are compared when a source speaks to them, but never called unsupported.
 */
import type { Figure } from '../figures/index.ts';
import { FIGURE_POLICY } from './policy.ts';

/**
 * Why a figure is not worth calling unsupported, if so: a small count in words ("two
 * sources", "the first time") is the writer's own counting; a date relative to the time
 * of writing ("last year") cannot be placed without the draft's date.
 */
export function minor(f: Figure, text: string): string | undefined {
  if (f.relative) return 'a date relative to the time of writing';
  // "eight years ago", "for three years, since 2022": a span up to the time of writing.
  if (f.kind === 'duration' && (AGO.test(text.slice(f.end, f.end + 6)) || SINCE_YEAR.test(text))) return 'a span up to the time of writing';
  // "the 17th century": a period named as background, not a reported figure.
  if (f.kind === 'ordinal' && /^[\s-]*century/i.test(text.slice(f.end, f.end + 10))) return 'a century, named as background';
  // "scored twice", "was burgled twice": a count of occasions, unlike "twice as many", "twice the size".
  if (f.kind === 'multiple' && /^(?:twice|thrice)$/i.test(f.text) && !TIMES_AS_MUCH.test(text.slice(f.end, f.end + 16))) {
    return 'a count of occasions in words';
  }
  if (/\d/.test(f.text)) return undefined;
  const small = Math.abs(f.value) < FIGURE_POLICY.smallWordNumber;
  return small && (f.kind === 'number' || f.kind === 'ordinal') ? 'a small count in words' : undefined;
}

const AGO = /^\s+ago\b/i;
const SINCE_YEAR = /\bsince\s+(?:(?:early|late|mid|the\s+end\s+of|\p{Lu}\p{Ll}+)\s+)?(?:1[89]|20)\d\d\b/u;

/** "Twice as many", "twice the size": a multiple; not "scored twice as his side won" (a conjunction). */
const TIMES_AS_MUCH = /^\s+(?:as\s+(?!(?:the|a|an|his|her|their|its|he|she|they|it|we|i|you|our)\b)\p{Ll}|the|that|its|their|his|her|what)/u;

