/**
 * Newswire abbreviations and the words they stand for. Hand-written for
 * citecheck (not from WordNet): the short forms of wire copy such as Reuters'
 * "Shr 1.20 dlrs vs 1.00" or "Nine mths revs", so that a draft's "revenues per
 * share" and a wire's "revs / shr" index under the same keys.
 *
 * Rules: an entry is only added when the short form has no other common reading
 * in news text (so no "net" → profit, no "sec" → second). scripts/build-lexicon.mjs
 * bakes these entries into lexicon-data.ts (regenerate after editing), and
 * index/terms.ts treats an abbreviation of a figure word ("mths", "qtr") like the
 * figure word itself: masked, never an alignment term.
 */

/** Abbreviation (lower case, as tokenised: "co", "shrs") → the full word it stands for. */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['rev', 'revenue'],
  ['revs', 'revenues'],
  ['shr', 'share'],
  ['shrs', 'shares'],
  ['mth', 'month'],
  ['mths', 'months'],
  ['qtr', 'quarter'],
  ['qtrs', 'quarters'],
  ['qtly', 'quarterly'],
  ['oper', 'operating'],
  ['avg', 'average'],
  ['dlr', 'dollar'],
  ['dlrs', 'dollars'],
  ['pct', 'percent'],
  ['mln', 'million'],
  ['mlns', 'millions'],
  ['bln', 'billion'],
  ['blns', 'billions'],
  ['stg', 'sterling'],
  ['cts', 'cents'],
  ['vs', 'versus'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['govt', 'government'],
  ['intl', 'international'],
  ['corp', 'corporation'],
  ['co', 'company'],
  ['cos', 'companies'],
  ['inc', 'incorporated'],
  ['ltd', 'limited'],
]);
