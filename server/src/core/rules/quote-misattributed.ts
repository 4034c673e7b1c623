/**
 * quote.misattributed — the source gives the quotation to a different speaker.
 */
import { sourceName } from '../align/source-ref.ts';
import { isNamedSpeaker, misattribution, surname } from '../align/speaker.ts';
import type { RawFinding, Rule } from './context.ts';

const ORGANISATION = /^(?:the\s+)?[A-Z]{2,}s?$|\b(?:Ministry|Department|Agency|Bureau|Office|Commission|Administration|Service|Council|Government|Police|Army|Company|Corporation|Bank)\b/;

export const quoteMisattributed: Rule = {
  code: 'quote.misattributed',
  defaultSeverity: 'error',
  run(ctx) {
    const out: RawFinding[] = [];
    let speakers: (string | undefined)[] | undefined;
    const surnames = () => (speakers ??= ctx.quotes().map((o) => (o.quote.speaker ? surname(o.quote.speaker.name) : undefined)));
    for (const [i, qa] of ctx.quotes().entries()) {
      const v = qa.verdict;
      const sp = qa.quote.speaker;
      if (!sp || !isNamedSpeaker(sp.name) || v.sid === undefined || (v.status !== 'verbatim' && v.status !== 'altered')) continue;
      const other = misattribution(ctx.index, v.sid, v.srcStart as number, v.srcEnd as number, sp.name);
      if (!other) continue;
      // The draft names the source's speaker next to the quotation: the attribution was read wrongly, not written wrongly.
      // Quoting the organisation that published the source ("USDA said" for a USDA release) is fair attribution.
      const doc = ctx.doc(v.docId as number);
      const publisher = [doc.publication, doc.author, doc.title].filter(Boolean).join(' ').toLowerCase();
      if (ORGANISATION.test(sp.name) && publisher.includes(sp.name.toLowerCase())) continue;
      const around = ctx.sentencesIn(qa.quote.start, qa.quote.end).map((x) => x.text.toLowerCase()).join(' ');
      // …unless that mention is the attribution of another quotation ("…", while Jiang described …).
      const theirs = surname(other);
      const speaksElsewhere = surnames().some((name, j) => j !== i && name !== undefined && name === theirs);
      if (around.includes(surname(other)) && !speaksElsewhere) continue;
      const source = ctx.refOfRange(v.docId as number, v.srcStart as number, v.srcEnd as number);
      out.push({
        code: 'quote.misattributed',
        message: `${sourceName(source)} attributes this quotation to ${other}, not ${sp.name}.`,
        start: sp.start,
        end: sp.end,
        actual: sp.name,
        expected: other,
        source,
        fixes: [{ title: `Attribute to ${other}`, edits: [{ start: sp.start, end: sp.end, newText: other }], preferred: true }],
      });
    }
    return out;
  },
};
