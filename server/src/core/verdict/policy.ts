/**
 * Every threshold of the figure decisions, named in one place. Scores are on the
 * engine's scales: sentence alignment 0..1 (idf-weighted coverage + Dice), local
 * context ≥ 0 (idf-weighted shared words around two figures, nearer words counting more),
 * coverage 0..1 (share of a passage's content weight that a source's words contain).
 */
export const FIGURE_POLICY = {
  /** Pairing a draft figure with a figure of an aligned source sentence. */
  pairing: {
    /**
     * Source sentences retrieved (by shared terms) and scored for alignment with a draft sentence.
     * A call transcript has hundreds of sentences sharing a summary's few words ("revenue", "quarter").
     */
    alignCandidates: 16,
    /** Aligned sentences of the drawn-on sources searched for a list of as many names as a count in words ("eleven states"). */
    listSentences: 5,
    /** A same-value pair counts at this alignment, or at `sameAlignLow` with `sameLocal` context. */
    sameAlign: 0.45,
    sameAlignLow: 0.2,
    sameLocal: 1.5,
    /** A differing pair needs a closer passage, or more shared context the looser the passage. */
    differAlign: 0.5,
    differTiers: [
      { align: 0.3, local: 3 },
      { align: 0.2, local: 6 },
    ],
    /** The only comparable pair of two sentences: this alignment and context suffice. */
    uniqueAlign: 0.3,
    uniqueLocal: 1.5,
    /**
     * The cited source "matches the sentence far less well" than an agreeing uncited one (a citation
     * problem) when its best alignment is below this floor, or this far below the agreeing one.
     */
    citedWeakerFloor: 0.25,
    citedWeakerMargin: 0.3,
    /** A clearly closer differing passage outweighs a looser agreement by this strength margin. */
    overrideMargin: 0.3,
    overrideAlign: 0.6,
    /** A pairing is certain (its fix applied automatically) only with this much context around the figure. */
    certainLocal: 1,
    /** Bonus to the alignment when an anchor figure (money, percent, ≥ 10) agrees with local context. */
    anchorBonus: 0.2,
    /** Weight of local context in a pairing's strength (align + weight × local). */
    localWeight: 0.04,
    /** A pairing without unique evidence needs this much local context, and this lead over the next. */
    clearLocal: 1.5,
    clearLead: 1.2,
    /** Values more than this ratio apart are not the same fact mis-stated (unless a power of 1000). */
    implausibleRatio: 20,
    /** Numbers from this value up (and every money, percent, quantity) anchor an alignment. */
    anchorMinNumber: 10,
    /** The only comparable figure of two sentences pairs without context at this alignment. */
    aloneAlign: 0.5,
    /** A neighbouring source sentence that states the value with this much context vetoes a mismatch. */
    neighbourLocal: 1,
    /** Sentences apart within which a source figure sits beside another of the draft sentence's values (a table row, the next sentence). */
    siblingReach: 1,
    /** Passages weaker by this much than the best of their source, or than the best source, only confirm. */
    weakerInSource: 0.2,
    weakerThanBest: 0.3,
  },
  /** Which sources a passage draws on. */
  drawsOn: {
    /** A sentence aligned at least this well draws on that source. */
    sentenceAlign: 0.5,
    /** A paragraph whose content words a source covers at least this share of draws on it. */
    paragraphCoverage: 0.6,
    /** Content words a paragraph needs before its coverage by a source means anything. */
    minStems: 6,
    /** The whole draft (when it cites nothing) draws on a source covering this share of its content words ... */
    draftCoverage: 0.45,
    /** A one-paragraph draft that cites nothing (a summary) draws on a source covering this share. */
    summaryCoverage: 0.2,
    /** ... or any share, when the corpus holds no more sources than maxSources. */
    fewSourcesCoverage: 0,
    /** ... and within this much of the best source's coverage ... */
    draftLead: 0.15,
    /** ... and a paragraph inherits it when the source covers at least this share of the paragraph. */
    paragraphInherit: 0.35,
    /** Best-aligned sources whose coverage of a whole draft is measured. */
    draftSourceCandidates: 24,
    /** Sentences retrieved by the whole draft's words to find the sources it is written from. */
    draftCandidates: 64,
    /** Sentence retrieval across the corpus: the last resort. */
    retrievalAlign: 0.35,
    /** Sources this far behind the best one (alignment + coverage) are other stories, not this passage's. */
    sourceLead: 0.3,
    /** A source reports on years up to this many after its publication (a passage naming only later years is not from it). */
    yearsAfterPublication: 1,
    /** Weight of the share of a passage's figures a source states, when ranking its sources. */
    figureWeight: 0.5,
    /** Figures of a passage (or draft) looked up when ranking sources (bounded work). */
    supportFigures: 40,
    /**
     * A passage with this many telling figures (not ordinals or dates) draws only on sources stating
     * at least this share of what the best-stating source states.
     */
    tellingFigures: 2,
    figureShareRatio: 0.34,
    /** Sources found by the numerals of a passage's telling figures, and how many of them each must state (fewer if the passage has fewer). */
    numeralCandidates: 16,
    numeralMatches: 2,
    /** A source found by the figures it states draws on a passage (or draft) covering this share of its words. */
    figureSourceCoverage: 0.2,
    /** At most this many sources per passage. */
    maxSources: 3,
    /** Aligned sentences retrieved per draft sentence to find candidate sources. */
    candidates: 8,
  },
  /** Searching the sources a passage draws on for the value, sentence by sentence. */
  docSearch: {
    /**
     * A differing source figure contradicts when its sentence is this similar to the draft's,
     * it has this much shared context, and it leads any agreeing figure by this strength margin
     * (an intrinsic swap: the draft's value is stated, but about another quantity).
     */
    contradictAlign: 0.45,
    /** A passage aligned below this with the draft's sentence barely resembles it (a value stated there is a stray match). */
    strayAlign: 0.15,
    contradictLocal: 4,
    contradictMargin: 0.2,
    /** With decisive context (twice contradictLocal), a looser sentence suffices. */
    decisiveAlign: 0.35,
    /** A draft sentence needs this many content words to tell one quantity of a source from another. */
    swapMinWords: 5,
    /** Context a score found elsewhere in the source needs to verify (names, the match). */
    scoreLocal: 1.5,
    /** Context a count needs to agree with an ordinal of the same value. */
    ordinalLocal: 1.5,
    /** Context an ordinal in words needs to be read as the one other ordinal (not "first") its sources state. */
    loneOrdinalLocal: 1,
    /** Dates this many days (or years) apart, otherwise equal, are one date mis-stated; further apart, another event's. */
    dateSlipDays: 3,
    dateSlipYears: 1,
    /** Added to the similarity of a source sentence that names a year the draft sentence names. */
    sameYearBonus: 0.2,
    /** An uncited source this well aligned with the sentence is searched too, before calling a figure unsupported. */
    otherSourceAlign: 0.5,
    /** Context needed to read a numeral one digit away from a stated value as a slip. */
    nearMissLocal: 1.5,
    /** Strength needed for an agreeing figure elsewhere in the source to verify. */
    verifyStrength: 0,
    /** Source sentences searched per passage (bounded work on long sources). */
    maxSentences: 4000,
  },
  /** Another cited source's value for the quantity the draft agrees on (verdict/rivals.ts, figure.sources-disagree). */
  rivals: {
    /** Share of idf weight the two source figures' contexts must have in common. */
    contextOverlap: 0.4,
    /** Largest ratio between the two values (a revision or another count, not another quantity). */
    valueRatio: 1.5,
  },
  /** Recall of agreeing figures by their context in sources the sentence does not align with. */
  recall: {
    /** Sentences retrieved by the figure's context words, and how well they must match them. */
    candidates: 25,
    minScore: 0.3,
    /** Context words taken on each side of the figure, and at least how many. */
    window: 4,
    minStems: 2,
    minLocal: 1,
    /** The alignment credited to a recalled agreement. */
    credit: 0.45,
    /** A sentence aligned this closely comes from that passage: nothing to recall. */
    verbatimAlign: 0.9,
  },
  /** Reporting periods (verdict/periods.ts, verdict/quarters.ts). */
  periods: {
    /** Characters after a figure within which a period named in the same clause is the figure's. */
    followingReach: 40,
    /** Sentences of its paragraph a draft sentence looks back over for the period it continues. */
    lookBack: 5,
    /** Durations that span a reporting period, in days, and how far off they may be (12 or 13 weeks, 39 or 40 weeks). */
    spanDays: [['quarter', 91], ['half', 182], ['nine-months', 273], ['year', 365]] as readonly (readonly ['quarter' | 'half' | 'nine-months' | 'year', number])[],
    spanSlack: 0.1,
    /** The quarter a source names most is the one it reports on when named this many times as often as the next. */
    quarterDominance: 1.5,
  },
  /** Below this many, numbers written as words ("two sources") are the writer's own counting. */
  smallWordNumber: 10,
} as const;

/** The policy's type, for functions that take a policy (tests may vary it). */
export type FigurePolicy = typeof FIGURE_POLICY;
