// A cheap language check before extraction: our lexicons and compromise's tagger are English-only, and running
// them on French or German abstracts produces junk terms ("système", "la"). Function-word counts decide.

const ENGLISH = new Set(
  'the of and to in is for that we this with on are by as an be from which our these it can at or has have was were not its their such than also'.split(
    ' ',
  ),
);
/** Function words of French, German, Spanish, Italian, Portuguese and Dutch that are not English words. */
const OTHER = new Set(
  'le la les des du une et est dans pour que qui sur par aux ces der die das und ist mit für von den dem nicht eine ein ich los las del y con para una por il di che della per gli sono não uma com em het een voor zijn niet'.split(
    ' ',
  ),
);

/** True unless the text is clearly in another language (short texts count as English). */
export function isProbablyEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return true;
  let en = 0;
  let other = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) en++;
    else if (OTHER.has(w)) other++;
  }
  return en >= other && en / words.length >= 0.06;
}
