// Word lists the extractor uses, kept as data: head nouns that type a term, cue words, modifiers to strip,
// nominal gerunds and participles compromise tends to tag as verbs in technical text.
import type { TermType } from '../../types';

/** Head nouns (last word of a term, singular) that decide its type. Checked in the order of TYPE_ORDER. */
// biome-ignore format: a word list reads better packed
export const HEAD_LEXICON: Record<Exclude<TermType, 'concept'>, readonly string[]> = {
  metric: [
    'accuracy', 'precision', 'recall', 'f1', 'f-score', 'f-measure', 'fscore', 'bleu', 'rouge', 'meteor', 'cider',
    'perplexity', 'error rate', 'wer', 'cer', 'auc', 'roc', 'mse', 'rmse', 'mrr', 'ndcg', 'correlation',
    'metric', 'measure', 'score', 'bertscore', 'fid', 'psnr', 'ssim', 'map', 'top-1', 'top-5', 'exact match',
    'log-likelihood', 'likelihood', 'kappa', 'agreement',
  ],
  dataset: [
    'dataset', 'data set', 'corpus', 'treebank', 'benchmark', 'database', 'collection', 'bank', 'suite',
    'imagenet', 'wikipedia', 'mnist', 'cifar', 'coco', 'squad', 'glue', 'superglue', 'wordnet', 'framenet',
    'propbank', 'wikidata', 'freebase', 'europarl', 'gigaword', 'lexicon', 'archive', 'testbed', 'testset',
    'test set', 'training set', 'development set', 'leaderboard', 'training data', 'test data', 'data',
  ],
  task: [
    'translation', 'recognition', 'classification', 'detection', 'segmentation', 'generation', 'summarization',
    'retrieval', 'answering', 'tagging', 'labeling', 'extraction', 'prediction', 'estimation', 'tracking',
    'understanding', 'reasoning', 'disambiguation', 'synthesis', 'completion', 'captioning', 'inpainting',
    'localization', 'reconstruction', 'matching', 'ranking', 'planning', 'navigation', 'forecasting', 'analysis',
    'modeling', 'identification', 'induction', 'verification', 'editing', 'resolution', 'parsing', 'labelling',
    'inference', 'simplification', 'paraphrasing', 'grounding', 'manipulation', 'control', 'search',
    'transcription', 'diarization', 'alignment', 'categorization', 'clustering', 'compression', 'correction',
    'discovery', 'linking', 'mining', 'understanding', 'annotation', 'evaluation', 'dialogue', 'dialog',
    'chatbot', 'conversation', 'restoration', 'super-resolution', 'denoising', 'recommendation', 'localisation',
    'anomaly detection', 'spotting', 'filling', 'acquisition', 'interpretation', 'comprehension', 'tracing',
  ],
  method: [
    'model', 'network', 'net', 'algorithm', 'method', 'approach', 'technique', 'framework', 'architecture',
    'parser', 'tagger', 'classifier', 'encoder', 'decoder', 'autoencoder', 'transformer', 'mechanism', 'regression',
    'optimizer', 'optimiser', 'estimator', 'procedure', 'scheme', 'strategy', 'heuristic', 'kernel', 'machine',
    'attention', 'layer', 'module', 'pipeline', 'forest', 'descent', 'propagation', 'decoding', 'learning',
    'training', 'distillation', 'fine-tuning', 'finetuning', 'pretraining', 'pre-training', 'regularization',
    'dropout', 'normalization', 'sampling', 'sampler', 'gan', 'lstm', 'cnn', 'rnn', 'bert', 'gpt', 'embedding',
    'agent', 'policy', 'solver', 'system', 'toolkit', 'tool', 'library', 'baseline', 'ensemble',
    'pooling', 'convolution', 'quantization', 'pruning', 'hashing', 'prompting', 'tuning', 'adapter', 'head',
    'grammar', 'automaton', 'perceptron', 'svm', 'crf', 'hmm', 'bayes', 'filter', 'graph neural network',
    'diffusion', 'objective', 'loss', 'function', 'projection', 'augmentation', 'initialization', 'search',
  ],
};

/** Order in which head lexicons are consulted (multi-word heads first, so "error rate" beats "rate"). */
export const TYPE_ORDER: readonly Exclude<TermType, 'concept'>[] = ['metric', 'dataset', 'task', 'method'];

/** Words right before a term that hint at its type (tie-breakers only). */
// biome-ignore format: a word list reads better packed
export const CUE_BEFORE: Record<string, TermType> = {
  propose: 'method', proposes: 'method', introduce: 'method', introduces: 'method', present: 'method',
  presents: 'method', using: 'method', use: 'method', uses: 'method', employ: 'method', employs: 'method',
  apply: 'method', applies: 'method', via: 'method', train: 'method', trains: 'method',
  outperforms: 'method', outperform: 'method',
  of: 'task', for: 'task', tackle: 'task', address: 'task', addresses: 'task', solve: 'task', solves: 'task',
};

/** Words right after a term that hint at its type (tie-breakers only). */
export const CUE_AFTER: Record<string, TermType> = {
  task: 'task',
  tasks: 'task',
  problem: 'task',
  problems: 'task',
  dataset: 'dataset',
  datasets: 'dataset',
  benchmark: 'dataset',
  benchmarks: 'dataset',
  corpus: 'dataset',
  score: 'metric',
  scores: 'metric',
  model: 'method',
  models: 'method',
  architecture: 'method',
  algorithm: 'method',
  network: 'method',
};

/** Leading modifiers that evaluate rather than name ("a novel", "robust", "efficient"): stripped from terms. */
// biome-ignore format: a word list reads better packed
export const EVALUATIVE_MODIFIERS: ReadonlySet<string> = new Set([
  'novel', 'new', 'simple', 'efficient', 'effective', 'robust', 'powerful', 'proposed', 'existing', 'various',
  'different', 'several', 'many', 'multiple', 'significant', 'good', 'better', 'best', 'improved', 'strong',
  'stronger', 'great', 'greater', 'large', 'larger', 'small', 'smaller', 'high', 'higher', 'low', 'lower', 'key',
  'important', 'main', 'major', 'standard', 'traditional', 'conventional', 'typical', 'common', 'general',
  'generic', 'specific', 'particular', 'certain', 'such', 'other', 'same', 'similar', 'whole', 'entire',
  'recent', 'current', 'prior', 'previous', 'popular', 'promising', 'competitive', 'comprehensive', 'extensive',
  'further', 'additional', 'modern', 'overall', 'original', 'resulting', 'respective', 'corresponding', 'given', 'first',
  'second', 'third', 'final', 'initial', 'only', 'unified', 'remarkable', 'impressive', 'superior', 'substantial',
  'considerable', 'extensive', 'fundamental', 'crucial', 'critical', 'challenging', 'difficult', 'hard', 'easy',
  'practical', 'real', 'useful', 'successful', 'state-of-the-art', 'sota', 'strongest', 'accurate', 'fast',
  'faster', 'scalable', 'flexible', 'lightweight', 'wide', 'broad', 'diverse', 'numerous', 'few', 'more', 'most',
  'less', 'least', 'much', 'own', 'open', 'able', 'interesting', 'notable', 'natural', 'core', 'basic', 'simpler',
  'complex', 'whose', 'each', 'every', 'all', 'both', 'either', 'any', 'some', 'no', 'non', 'two', 'three', 'four',
  'five', 'one', 'single', 'novelty', 'appropriate', 'suitable', 'relevant', 'necessary', 'possible', 'potential',
  'well-known', 'widely-used', 'commonly-used', 'so-called', 'underlying', 'related', 'desired', 'best-performing',
]);

/** -ing words that name things in technical text although compromise may tag them as verbs. */
// biome-ignore format: a word list reads better packed
export const NOMINAL_GERUNDS: ReadonlySet<string> = new Set([
  'learning', 'parsing', 'training', 'tagging', 'labeling', 'labelling', 'modeling', 'modelling', 'clustering',
  'ranking', 'reasoning', 'planning', 'matching', 'answering', 'understanding', 'processing', 'sampling',
  'decoding', 'encoding', 'embedding', 'captioning', 'forecasting', 'tracking', 'mining', 'pruning', 'hashing',
  'inpainting', 'denoising', 'fine-tuning', 'finetuning', 'pretraining', 'pre-training', 'prompting', 'reranking',
  'indexing', 'smoothing', 'filtering', 'pooling', 'scheduling', 'computing', 'programming', 'boosting', 'bagging',
  'spotting', 'linking', 'filling', 'editing', 'rendering', 'tokenization', 'retrieving', 'grounding',
  'paraphrasing', 'summarizing', 'segmenting', 'recognizing', 'generating', 'translating', 'labeling', 'coding',
  'testing', 'thinking', 'writing', 'reading', 'speaking', 'understanding', 'hallucinating', 'routing',
]);

/** Past participles that work as modifiers of a following noun ("named entity", "supervised learning"). */
// biome-ignore format: a word list reads better packed
export const MODIFIER_PARTICIPLES: ReadonlySet<string> = new Set([
  'named', 'supervised', 'unsupervised', 'semi-supervised', 'self-supervised', 'pretrained', 'pre-trained',
  'labeled', 'labelled', 'unlabeled', 'unlabelled', 'annotated', 'structured', 'unstructured', 'shared',
  'distributed', 'weighted', 'conditioned', 'augmented', 'masked', 'gated', 'learned', 'fixed', 'hidden',
  'connected', 'generated', 'automated', 'randomized', 'stacked', 'layered', 'grounded', 'guided', 'informed',
  'constrained', 'regularized', 'quantized', 'sparsified', 'compressed', 'fine-tuned', 'finetuned', 'tuned',
  'aligned', 'mixed', 'embedded', 'nested', 'attended', 'parameterized', 'generalized', 'specialized', 'directed',
  'undirected', 'typed', 'untyped', 'synthesized', 'simulated', 'recurrent', 'contextualized', 'tied', 'gated',
]);

/** Nouns compromise tags as verbs in technical text, accepted as nouns inside a noun phrase. */
// biome-ignore format: a word list reads better packed
export const TECHNICAL_NOUNS: ReadonlySet<string> = new Set([
  'model', 'models', 'network', 'networks', 'approach', 'approaches', 'transformer', 'transformers', 'encoder',
  'encoders', 'decoder', 'decoders', 'attention', 'process', 'processes', 'search', 'searches', 'design', 'designs',
  'control', 'controls', 'need', 'rate', 'rates', 'test', 'tests', 'map', 'maps', 'match', 'matches', 'graph',
  'graphs', 'layer', 'layers', 'loss', 'losses', 'signal', 'signals', 'flow', 'flows', 'head', 'heads', 'shift',
  'shifts', 'answer', 'answers', 'query', 'queries', 'tree', 'trees', 'set', 'sets', 'parse', 'parses', 'sample',
  'samples', 'label', 'labels', 'tag', 'tags', 'code', 'codes', 'plan', 'plans', 'output', 'outputs', 'input',
  'inputs', 'study', 'studies', 'function', 'functions', 'state', 'states', 'cost', 'costs', 'weight', 'weights',
  'feature', 'features', 'score', 'scores', 'filter', 'filters', 'pool', 'link', 'links', 'rank', 'ranks',
  'mask', 'masks', 'prompt', 'prompts', 'token', 'tokens', 'embed', 'detector', 'detectors', 'generator',
  'generators', 'design', 'scale', 'scales', 'mix', 'fit', 'edit', 'edits', 'summary', 'summaries', 'call',
  'calls', 'access', 'update', 'updates', 'change', 'changes', 'report', 'reports', 'result', 'transfer', 'walk',
]);
