/** Speech verbs that attribute a quotation ("said", "told", "warned", ...). */
export const SPEECH_VERBS: readonly string[] = (
  'said says say told tells added adds warned warns noted notes wrote writes argued argues stated states ' +
  'explained explains claimed claims insisted insists asked asks replied replies announced announces declared ' +
  'declares stressed stresses urged urges observed commented recalled acknowledged admitted conceded remarked ' +
  'tweeted posted called calls described describes termed dubbed put puts'
).split(' ');

const VERB_SET = new Set(SPEECH_VERBS);

/** True for a speech verb. */
export function isSpeechVerb(word: string): boolean {
  return VERB_SET.has(word);
}
