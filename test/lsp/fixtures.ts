// The test draft: one wrong figure (the corpus says $7 billion), one cited sentence, and one
// sentence that matches a source but cites nothing.
export const WRONG = '$9 billion';

/** The draft, citing `key` (a corpus key) on the railway sentence. */
export function draft(key: string): string {
  return [
    '# Test draft',
    '',
    `Beijing has also hinted at a quick restart of the ${WRONG} Main Line 1 railway, which would link Peshawar to Karachi over more than 2,600 kilometers [@${key}].`,
    '',
    'Formed back in 2017, the Special Security Division consists of over 15,000 troops.',
    '',
  ].join('\n');
}

/** Completion labels offered after `[@` in a scratch document. */
export const SCRATCH = 'See [@';
