/**
 * A seeded synthetic newswire corpus: articles full of figures (counts, money,
 * percentages, dates, quantities) and attributed quotations, for runs without
 * a real corpus.
 */
import type { Article } from './jsonl.ts';
import { Rng } from './rng.ts';

const SYLLABLES = ['ka', 'lo', 'mer', 'tan', 'vi', 'dor', 'sel', 'ru', 'pa', 'nix', 'bel', 'cor', 'ten', 'ash', 'gro', 'lin', 'mar', 'os', 'qui', 'ven', 'zel', 'har', 'tor', 'em'];
const SUFFIXES = ['Corp', 'Group', 'Holdings', 'Inc', 'Bank', 'Energy', 'Motors', 'Foods', 'Mining', 'Airlines'];
const ROLES = ['chief executive', 'finance minister', 'spokeswoman', 'spokesman', 'chief economist', 'chairman', 'analyst', 'union leader', 'mayor', 'director'];
const METRICS = ['net profit', 'revenue', 'operating income', 'exports', 'output', 'sales', 'shipments', 'debt', 'investment', 'payroll'];
const MOVES = ['rose', 'fell', 'climbed', 'dropped', 'increased', 'declined', 'jumped', 'slipped'];
const GOODS = ['wheat', 'copper', 'crude oil', 'coffee', 'steel', 'cotton', 'sugar', 'aluminium', 'rice', 'natural gas'];
const TOPICS = ['inflation', 'interest rates', 'the budget deficit', 'jobs', 'the currency', 'trade talks', 'the harvest', 'wages', 'tariffs', 'the merger'];
const VERBS = ['expect', 'see', 'forecast', 'want', 'need', 'plan'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CURRENCIES = ['$', '€', '£'];
const UNITS = ['tonnes', 'barrels', 'kilometres', 'megawatts', 'hectares', 'units'];

/** A capitalised made-up word of 2-3 syllables. */
function name(rng: Rng): string {
  const w = Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES)).join('');
  return w[0].toUpperCase() + w.slice(1);
}

/** The cast of one article: companies, people and places it talks about. */
interface Cast {
  company: string;
  other: string;
  person: string;
  role: string;
  place: string;
  year: number;
}

function money(rng: Rng): string {
  const scale = rng.pick(['million', 'billion', '']);
  const value = scale ? (rng.int(1, 9999) / 10).toString() : rng.int(1000, 999999).toLocaleString('en-US');
  return `${rng.pick(CURRENCIES)}${value}${scale ? ' ' + scale : ''}`;
}

const pct = (rng: Rng): string => `${rng.int(1, 399) / 10}${rng.chance(0.5) ? '%' : ' percent'}`;
const date = (rng: Rng, c: Cast): string => `${rng.pick(MONTHS)} ${rng.int(1, 28)}, ${c.year}`;
const count = (rng: Rng): string => rng.int(2, 250000).toLocaleString('en-US');

type Template = (rng: Rng, c: Cast) => string;

const TEMPLATES: Template[] = [
  (r, c) => `${c.company} said its ${r.pick(METRICS)} ${r.pick(MOVES)} ${pct(r)} to ${money(r)} in the ${r.pick(['first', 'second', 'third', 'fourth'])} quarter.`,
  (r, c) => `The ${c.place} government will spend ${money(r)} on ${r.pick(TOPICS)} over the next ${r.int(2, 12)} years, officials said on ${date(r, c)}.`,
  (r, c) => `"We ${r.pick(VERBS)} ${r.pick(TOPICS)} to ease by ${pct(r)} before the end of ${c.year}," said ${c.person}, ${r.pick(ROLES)} of ${c.company}.`,
  (r, c) => `${c.person} told reporters: "There is no reason to panic about ${r.pick(TOPICS)}, and we will not cut ${count(r)} jobs."`,
  (r, c) => `${c.place} produced ${count(r)} ${r.pick(UNITS)} of ${r.pick(GOODS)} last year, up from ${count(r)} ${r.pick(UNITS)} a year earlier.`,
  (r, c) => `Shares of ${c.other} ${r.pick(MOVES)} ${r.int(1, 90)} cents to ${money(r)} after the announcement on ${date(r, c)}.`,
  (r, c) => `${c.company} agreed to buy ${c.other} for ${money(r)}, or about ${money(r)} a share, the companies said.`,
  (r, c) => `About ${count(r)} workers in ${c.place} walked off the job, according to ${c.person}, who said talks would resume in ${r.pick(MONTHS)}.`,
  (r, c) => `Analysts polled by the agency had expected ${r.pick(METRICS)} of ${money(r)}, a gain of ${pct(r)} from ${c.year - 1}.`,
  (r, c) => `The central bank of ${c.place} raised its key rate by ${r.int(1, 10) * 25} basis points to ${pct(r)}, the ${r.pick(['first', 'second', 'third'])} increase this year.`,
  (r, c) => `"It was a difficult year for ${r.pick(GOODS)}," ${c.person} said, adding that prices had ${r.pick(MOVES)} ${pct(r)} since ${r.pick(MONTHS)}.`,
  (r, c) => `The plant in ${c.place} will employ ${count(r)} people and start operating in ${c.year + r.int(1, 4)}.`,
];

/** One article: a headline, a dateline and several paragraphs of 2-4 sentences. */
export function syntheticArticle(rng: Rng, index: number): Article {
  const year = rng.int(1995, 2024);
  const c: Cast = { company: `${name(rng)} ${rng.pick(SUFFIXES)}`, other: `${name(rng)} ${rng.pick(SUFFIXES)}`, person: `${name(rng)} ${name(rng)}`, role: rng.pick(ROLES), place: name(rng), year };
  const paragraphs: string[] = [];
  for (let p = rng.int(2, 6); p > 0; p--) {
    paragraphs.push(Array.from({ length: rng.int(2, 4) }, () => rng.pick(TEMPLATES)(rng, c)).join(' '));
  }
  const title = `${c.company} ${rng.pick(MOVES)} on ${rng.pick(TOPICS)}`;
  paragraphs[0] = `${c.place.toUpperCase()}, ${date(rng, c)} - ${paragraphs[0]}`;
  const id = String(index + 1);
  return { id, title, date: `${year}-01-01`, text: `${title}\n\n${paragraphs.join('\n\n')}\n`, file: `${id.padStart(6, '0')}.txt` };
}

/** A seeded corpus of `count` synthetic newswire articles. */
export function syntheticCorpus(count: number, seed = 1): Article[] {
  const rng = new Rng(seed);
  return Array.from({ length: count }, (_, i) => syntheticArticle(rng, i));
}

/** Filler sentences unrelated to any source (same style, fresh names and figures). */
export function unrelatedSentence(rng: Rng): string {
  const c: Cast = { company: `${name(rng)} ${rng.pick(SUFFIXES)}`, other: `${name(rng)} ${rng.pick(SUFFIXES)}`, person: `${name(rng)} ${name(rng)}`, role: rng.pick(ROLES), place: name(rng), year: rng.int(1995, 2024) };
  return rng.pick(TEMPLATES)(rng, c);
}
