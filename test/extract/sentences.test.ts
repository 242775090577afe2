// Sentence splitting of `tagText` on scientific prose: abbreviations, citations, figure and equation references,
// decimals and version numbers must not end a sentence; "et al." at a sentence end must.
import { describe, expect, it } from 'vitest';
import { tagText } from '../../src/extract/nlp';

const sentencesOf = (text: string): string[] => tagText(text).map((s) => text.slice(s.start, s.end));

describe('tagText sentence splitting', () => {
  it.each([
    ['We use models, e.g. BERT and GPT-2, for tagging. Results improve.', 'We use models, e.g. BERT'],
    ['We use models, e.g., BERT, for tagging. Results improve.', 'e.g., BERT, for tagging'],
    ['The loss is convex, i.e. it has one minimum. We prove it.', 'i.e. it has one minimum'],
    ['The loss is convex, i.e., it has one minimum. We prove it.', 'i.e., it has one minimum'],
    ['As shown by Smith et al. in 2019, the method works. We extend it.', 'et al. in 2019'],
    ['Following Smith et al. (2019), we train a parser. It is fast.', 'et al. (2019), we train'],
    ['Results are summarised in Fig. 3 and Table 2. The gain is large.', 'Fig. 3 and Table 2'],
    ['As Fig. 3 shows, the gain is large. We conclude.', 'As Fig. 3 shows'],
    ['See Eq. 2 for the loss. It is differentiable.', 'See Eq. 2 for the loss'],
    ['Sizes vs. accuracy are plotted. We see a trend.', 'Sizes vs. accuracy'],
    ['Compare with prior work (cf. Section 4). We discuss limits.', 'cf. Section 4'],
    ['Accuracy improves from 92.5% to 94.1 points. The gain is 1.6 points.', 'from 92.5% to 94.1'],
    ['We release version 2.0.1 of the toolkit. It runs on Python 3.10 and Node v20.1.', 'version 2.0.1 of'],
    ['Experiments with GPT-3.5 and Llama 2 follow. They confirm the trend.', 'GPT-3.5 and Llama 2'],
    ['We cite Smith et al. We also cite Jones.', 'We cite Smith et al'],
  ])('splits %j into two sentences, one containing %j', (text, inside) => {
    const sentences = sentencesOf(text);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toContain(inside);
    expect(sentences[1]).not.toContain(inside);
  });

  it('keeps offsets pointing at the text after a split', () => {
    const text = 'We cite Smith et al. We also cite Jones et al. in passing.';
    const sentences = tagText(text);
    expect(sentences).toHaveLength(2);
    for (const sentence of sentences) {
      for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    }
    expect(text.slice(sentences[1].start)).toMatch(/^We also cite/);
  });
});
