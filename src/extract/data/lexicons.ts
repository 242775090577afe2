// Word lists the extractor uses, kept as data and written by hand: head nouns and names that type a term, cue
// words, modifiers to strip (evaluative) or to treat as generic with a generic head (weak), nominal gerunds,
// participles and nouns compromise tends to tag as verbs in technical text, verbs it tends to tag as nouns, and
// generic trailing heads.
import type { TermType } from '../../types';

/**
 * Head nouns (last word of a term, singular) and names that decide its type. Checked in the order of TYPE_ORDER,
 * longer heads first. Only heads that name one kind of thing are here: "function", "layer", "rule" or "feature"
 * can be anything and leave a term `concept`.
 */
// biome-ignore format: a word list reads better packed
export const HEAD_LEXICON: Record<Exclude<TermType, 'concept'>, readonly string[]> = {
  metric: [
    'accuracy', 'precision', 'recall', 'f1', 'f-score', 'f-measure', 'fscore', 'bleu', 'rouge', 'meteor',
    'cider', 'perplexity', 'error rate', 'wer', 'cer', 'ter', 'auc', 'mse', 'rmse', 'mae', 'mrr', 'ndcg',
    'eer', 'metric', 'measure', 'score', 'bertscore', 'fid', 'psnr', 'ssim', 'top-1', 'top-5', 'exact match',
    'kappa', 'agreement', 'quality', 'complexity', 'robustness', 'efficiency', 'coverage', 'sensitivity',
    'specificity', 'fidelity', 'fluency', 'adequacy', 'naturalness', 'intelligibility', 'throughput',
    'latency', 'criterion', 'rate', 'informativeness', 'readability', 'usability', 'scalability',
    'compression ratio', 'signal-to-noise ratio', 'f measure', 'f score', 'mean average precision',
  ],
  dataset: [
    'dataset', 'data set', 'corpus', 'treebank', 'tree bank', 'benchmark', 'database', 'collection', 'bank',
    'imagenet', 'wikipedia', 'mnist', 'cifar', 'coco', 'mscoco', 'squad', 'glue', 'superglue', 'wordnet',
    'framenet', 'propbank', 'verbnet', 'wikidata', 'freebase', 'europarl', 'gigaword', 'ontonotes', 'timit',
    'switchboard', 'atis', 'kitti', 'archive', 'testbed', 'testset', 'test set', 'training set',
    'development set', 'validation set', 'training data', 'test data', 'data', 'text', 'speech', 'image',
    'video', 'language', 'sentence', 'document', 'utterance', 'dictionary', 'thesaurus', 'encyclopedia',
    'resource', 'material', 'recording', 'lyric', 'subtitle', 'photo', 'photograph', 'picture', 'footage',
    'news', 'blog', 'tweet', 'transcript', 'knowledge base', 'web', 'newswire', 'newspaper', 'english',
    'french', 'german', 'chinese', 'japanese', 'korean', 'arabic', 'spanish', 'italian', 'russian', 'czech',
    'turkish', 'finnish', 'hindi', 'portuguese', 'dutch', 'swedish', 'danish', 'greek', 'hebrew', 'persian',
    'urdu', 'bengali', 'thai', 'vietnamese', 'indonesian', 'polish', 'hungarian', 'basque', 'catalan',
    'mandarin', 'cantonese', 'swahili', 'tamil', 'latin',
  ],
  task: [
    'translation', 'recognition', 'classification', 'detection', 'segmentation', 'generation',
    'summarization', 'summarisation', 'retrieval', 'answering', 'tagging', 'labeling', 'labelling',
    'extraction', 'prediction', 'estimation', 'tracking', 'understanding', 'disambiguation', 'synthesis',
    'completion', 'captioning', 'inpainting', 'localization', 'localisation', 'reconstruction', 'matching',
    'planning', 'navigation', 'forecasting', 'modeling', 'identification', 'induction', 'verification',
    'editing', 'resolution', 'parsing', 'inference', 'simplification', 'paraphrasing', 'grounding',
    'manipulation', 'diarization', 'alignment', 'categorization', 'compression', 'correction', 'discovery',
    'linking', 'mining', 'annotation', 'evaluation', 'restoration', 'super-resolution', 'denoising',
    'recommendation', 'spotting', 'filling', 'acquisition', 'interpretation', 'comprehension', 'problem',
    'task', 'application', 'processing', 'construction', 'registration', 'enhancement', 'adaptation',
    'vision', 'indexing', 'browsing', 'authoring', 'transliteration',
    // "machine learning", "sentiment analysis" name fields and problems at least as often as methods.
    'learning', 'analysis', 'architecture search', 'anomaly detection', 'question answering',
    'reading comprehension', 'retargeting', 'deblurring', 'dehazing', 'colorization', 'stylization',
    'reidentification', 're-identification', 'pos tagging', 'coreference', 'entailment', 'mt', 'smt', 'nmt',
    'asr', 'ir', 'nlp', 'nlg', 'nlu', 'slu', 'wsd', 'ner', 'srl', 'qa', 'vqa', 'ocr', 'tts', 'ie',
  ],
  // Strong method heads only: "system", "process", "function", "training", "search" or "program" name methods
  // in some papers and tasks or plain things in others, so they leave a term untyped (`concept`).
  method: [
    'model', 'network', 'net', 'algorithm', 'method', 'approach', 'technique', 'framework', 'architecture',
    'parser', 'tagger', 'classifier', 'encoder', 'decoder', 'autoencoder', 'transformer', 'mechanism',
    'regression', 'optimizer', 'optimiser', 'procedure', 'scheme', 'strategy', 'heuristic', 'machine',
    'attention', 'module', 'pipeline', 'descent', 'propagation', 'decoding', 'distillation', 'fine-tuning',
    'finetuning', 'pretraining', 'pre-training', 'dropout', 'normalization', 'sampling', 'sampler', 'solver',
    'toolkit', 'tool', 'pooling', 'convolution', 'pruning', 'hashing', 'prompting', 'tuning', 'adapter',
    'grammar', 'perceptron', 'filter', 'diffusion', 'augmentation', 'representation', 'component',
    'formalism', 'theory', 'optimization', 'tracker', 'recognizer', 'recogniser', 'comparator', 'paradigm',
    'stemmer', 'analyzer', 'analyser', 'checker', 'vocoder', 'transform', 'formulation', 'technology',
    'approximation', 'editor', 'generator', 'detector', 'segmenter', 'extractor', 'translator', 'synthesizer',
    'summarizer', 'matcher', 'ranker', 'retriever', 'predictor', 'simulator', 'planner', 'controller',
    'selector', 'aligner', 'chunker', 'lemmatizer', 'tokenizer', 'compiler', 'reranker', 'scorer', 'calculus',
    'cross-validation', 'voting', 'bootstrapping', 'boosting', 'bagging', 'smoothing', 'interpolation',
    'back-off', 'backoff', 'reasoning', 'clustering', 'factorization', 'decomposition', 'relaxation',
    'programming', 'random field', 'graph neural network', 'markov chain', 'monte carlo', 'beam search',
    'gan', 'lstm', 'cnn', 'rnn', 'bert', 'gpt', 'svm', 'crf', 'hmm', 'mlp', 'pca', 'lda', 'em', 'ica', 'nmf',
    'knn', 'cky', 'ltag', 'hpsg', 'lfg', 'ccg', 'pcfg', 'cfg', 'gpsg', 'drt', 'sift', 'ransac', 'adaboost',
    'word2vec', 'glove', 'elmo', 'mert', 'lsa', 'lsi', 'tf-idf', 'bm25', 'ilp', 'mcmc', 'mrf', 'rbm', 'dbn',
    'vae', 'resnet', 'vgg', 'bayes',
  ],
};

/** Order in which head lexicons are consulted (multi-word heads first, so "error rate" beats "rate"). */
export const TYPE_ORDER: readonly Exclude<TermType, 'concept'>[] = ['metric', 'dataset', 'task', 'method'];

/** Words right before a term that hint at its type (tie-breakers only, for terms no head types). */
// biome-ignore format: a word list reads better packed
export const CUE_BEFORE: Record<string, TermType> = {
  propose: 'method', proposes: 'method', introduce: 'method', introduces: 'method', employ: 'method',
  employs: 'method', apply: 'method', applies: 'method', train: 'method', trains: 'method',
  tackle: 'task', tackles: 'task', address: 'task', addresses: 'task', solve: 'task', solves: 'task',
};

/** Words right after a term that hint at its type (tie-breakers only, for terms no head types). */
export const CUE_AFTER: Record<string, TermType> = {
  task: 'task',
  tasks: 'task',
  problem: 'task',
  problems: 'task',
  dataset: 'dataset',
  datasets: 'dataset',
  corpus: 'dataset',
  corpora: 'dataset',
  model: 'method',
  models: 'method',
  architecture: 'method',
  algorithm: 'method',
  algorithms: 'method',
};

/**
 * Leading modifiers that evaluate, quantify or point rather than name ("a novel", "several", "existing"): stripped
 * from terms. Descriptive adjectives that are part of names ("natural language", "robust parsing", "large
 * vocabulary", "low-level") are not here.
 */
// biome-ignore format: a word list reads better packed
export const EVALUATIVE_MODIFIERS: ReadonlySet<string> = new Set([
  'novel', 'new', 'simple', 'simpler', 'robust', 'efficient', 'effective', 'powerful', 'proposed', 'existing',
  'various', 'different', 'several', 'many', 'significant', 'good', 'better', 'best', 'improved', 'strong',
  'stronger', 'strongest', 'great', 'greater', 'high', 'higher', 'important', 'major', 'standard',
  'traditional', 'conventional', 'typical', 'specific', 'particular', 'certain', 'such', 'other', 'same',
  'similar', 'whole', 'entire', 'recent', 'current', 'previous', 'popular', 'promising', 'competitive',
  'comprehensive', 'extensive', 'further', 'additional', 'modern', 'overall', 'original', 'resulting',
  'respective', 'corresponding', 'given', 'first', 'final', 'only', 'remarkable', 'impressive', 'superior',
  'substantial', 'considerable', 'fundamental', 'crucial', 'critical', 'challenging', 'difficult', 'easy',
  'useful', 'successful', 'state-of-the-art', 'sota', 'accurate', 'numerous', 'few', 'fewer', 'more', 'most',
  'less', 'much', 'own', 'able', 'interesting', 'notable', 'whose', 'each', 'every', 'all', 'both', 'either',
  'any', 'some', 'no', 'two', 'three', 'four', 'five', 'one', 'single', 'novelty', 'appropriate', 'suitable',
  'relevant', 'necessary', 'possible', 'potential', 'well-known', 'widely-used', 'commonly-used', 'so-called',
  'underlying', 'related', 'desired', 'best-performing', 'correct', 'reliable', 'costly', 'equivalent',
  'meaningful', 'reasonable', 'adequate', 'desirable', 'individual', 'little', 'increased', 'used', 'based',
  'called', 'obtained', 'considered', 'following', 'above', 'below', 'latter', 'former', 'total',
  'sufficient', 'valuable', 'excellent', 'poor', 'worse', 'satisfactory', 'encouraging', 'favorable',
  'favourable', 'attractive', 'elegant', 'sophisticated', 'realistic', 'severe', 'main', 'true', 'exact',
  'actual', 'available', 'associated', 'classical', 'known', 'described', 'investigated', 'proprietary',
  'practical', 'experimental', 'technical', 'dominant', 'feasible', 'careful', 'off-the-shelf', 'suggested',
  'complete', 'expanded', 'art', 'newly', 'usual', 'special', 'advanced', 'leading', 'complementary',
  'alternative', 'average', 'competing', 'easy-to-implement', 'representative', 'present', 'presented',
  'introduced', 'developed', 'designed', 'serious', 'increasing', 'growing', 'renewed', 'detailed',
  'thorough', 'preliminary',
]);

/**
 * Modifiers that say nothing about which method is meant: with a generic head alone ("general framework",
 * "computational model", "baseline system") the phrase is a generic reference, not a term.
 */
// biome-ignore format: a word list reads better packed
export const WEAK_MODIFIERS: ReadonlySet<string> = new Set([
  'general', 'generic', 'unified', 'real', 'basic', 'common', 'complex', 'computational', 'automatic',
  'learned', 'trained', 'smaller', 'larger', 'small', 'large', 'prototype', 'baseline', 'base', 'pilot',
  'draft', 'key', 'core', 'formal', 'crude', 'coherent', 'separate', 'predictive', 'integrated', 'hybrid',
  'global', 'local', 'joint', 'overall', 'full', 'simple', 'robust', 'flexible', 'fast', 'interactive',
  'automated', 'parametric', 'structured', 'explicit', 'implicit', 'hierarchical', 'modular', 'principled',
  'systematic', 'evaluation', 'submitted', 'autonomous', 'direct', 'specialized', 'partial', 'top-down',
  'bottom-up', 'public', 'benchmark', 'natural', 'diverse', 'massive', 'huge', 'big', 'real-world',
  'open-source',
]);

/** Generic heads ("approach", "system", "dataset"): a term only with a modifier that names something. */
// biome-ignore format: a word list reads better packed
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'dataset', 'corpus', 'benchmark', 'approach', 'method', 'model', 'system', 'algorithm', 'framework',
  'technique', 'scheme', 'architecture', 'strategy', 'procedure', 'mechanism', 'process', 'tool',
  'methodology', 'solution', 'component', 'module', 'program', 'formalism', 'paradigm', 'technology',
  'formulation', 'implementation', 'tracker', 'detector', 'learner', 'recognizer', 'generator', 'classifier',
  'software',
]);

/** Words compromise may tag as plural nouns that are verbs in abstracts ("This paper describes"). */
// biome-ignore format: a word list reads better packed
export const NEVER_NOUNS: ReadonlySet<string> = new Set([
  'describes', 'presents', 'proposes', 'outperforms', 'introduces', 'investigates', 'examines', 'discusses',
  'explores', 'outlines', 'demonstrates', 'achieves', 'improves', 'yields', 'requires', 'enables', 'allows',
  'provides', 'performs', 'exploits', 'employs', 'learns', 'combines', 'extends', 'reduces', 'increases',
  'generates', 'produces', 'predicts', 'computes', 'considers', 'evaluates', 'compares', 'relies', 'depends',
  'contains', 'consists', 'includes', 'obtains', 'captures', 'handles', 'incorporates', 'leverages',
  'applies', 'adopts', 'integrates', 'identifies', 'extracts', 'suggests', 'indicates', 'reveals', 'argues',
  'surpasses', 'utilizes', 'utilises', 'operates', 'focuses', 'aims', 'addresses', 'tackles', 'solves',
  'constructs', 'builds', 'defines', 'derives', 'treats', 'infers', 'determines', 'selects', 'assigns',
  'represents', 'establishes', 'concludes', 'confirms', 'becomes', 'remains', 'seems', 'helps', 'makes',
  'gives', 'takes', 'finds', 'uses', 'compare', 'parsed', 'e.g', 'i.e', 'etc', 'via', 'whereas', 'thus',
  'hence', 'therefore', 'moreover', 'over', 'under', 'versus', 'vs', 'per', 'against', 'toward', 'towards',
  'within', 'without', 'upon', 'whether', 'despite', 'unlike', 'among', 'amongst', 'throughout', 'beyond',
  'onto', 'done', 'here', 'there',
  // Base forms after a plural subject ("the algorithms outperform ...") and -ing forms that take an object.
  'outperform', 'achieve', 'improve', 'require', 'enable', 'allow', 'provide', 'perform', 'exploit', 'employ',
  'combine', 'extend', 'reduce', 'predict', 'compute', 'consider', 'evaluate', 'rely', 'depend', 'contain',
  'consist', 'include', 'obtain', 'capture', 'incorporate', 'apply', 'adopt', 'integrate', 'identify',
  'suggest', 'indicate', 'reveal', 'surpass', 'utilize', 'utilise', 'operate', 'tackle', 'solve', 'define',
  'derive', 'infer', 'determine', 'establish', 'conclude', 'confirm', 'become', 'remain', 'seem', 'propose',
  'introduce', 'investigate', 'examine', 'discuss', 'explore', 'demonstrate', 'describe', 'leveraging',
  'adopting', 'utilizing', 'utilising', 'exploiting', 'employing', 'applying', 'using', 'incorporating',
  'combining', 'introducing', 'proposing', 'developing', 'achieving', 'improving', 'outperforming',
  'yielding', 'requiring', 'enabling', 'allowing', 'providing', 'performing', 'obtaining', 'considering',
  'exploring',
]);

/** -ing words that name things in technical text although compromise may tag them as verbs. */
// biome-ignore format: a word list reads better packed
export const NOMINAL_GERUNDS: ReadonlySet<string> = new Set([
  'learning', 'parsing', 'training', 'tagging', 'labeling', 'labelling', 'modeling', 'modelling',
  'clustering', 'ranking', 'reasoning', 'planning', 'matching', 'answering', 'understanding', 'processing',
  'sampling', 'decoding', 'encoding', 'embedding', 'captioning', 'forecasting', 'tracking', 'mining',
  'pruning', 'hashing', 'inpainting', 'denoising', 'fine-tuning', 'finetuning', 'pretraining', 'pre-training',
  'prompting', 'reranking', 'indexing', 'smoothing', 'filtering', 'pooling', 'scheduling', 'computing',
  'programming', 'boosting', 'bagging', 'spotting', 'linking', 'filling', 'editing', 'rendering',
  'tokenization', 'retrieving', 'grounding', 'paraphrasing', 'summarizing', 'segmenting', 'recognizing',
  'generating', 'translating', 'labeling', 'coding', 'testing', 'thinking', 'writing', 'reading', 'speaking',
  'understanding', 'hallucinating', 'routing',
]);

/** Past participles that work as modifiers of a following noun ("named entity", "supervised learning"). */
// biome-ignore format: a word list reads better packed
export const MODIFIER_PARTICIPLES: ReadonlySet<string> = new Set([
  'named', 'supervised', 'unsupervised', 'semi-supervised', 'self-supervised', 'pretrained', 'pre-trained',
  'labeled', 'labelled', 'unlabeled', 'unlabelled', 'annotated', 'structured', 'unstructured', 'shared',
  'distributed', 'weighted', 'conditioned', 'augmented', 'masked', 'gated', 'learned', 'fixed', 'hidden',
  'connected', 'generated', 'automated', 'randomized', 'stacked', 'layered', 'grounded', 'guided', 'informed',
  'constrained', 'regularized', 'quantized', 'sparsified', 'compressed', 'fine-tuned', 'finetuned', 'tuned',
  'aligned', 'mixed', 'embedded', 'nested', 'attended', 'parameterized', 'generalized', 'specialized',
  'directed', 'undirected', 'typed', 'untyped', 'synthesized', 'simulated', 'recurrent', 'contextualized',
  'tied', 'gated',
]);

/** Nouns compromise tags as verbs in technical text, accepted as nouns inside a noun phrase. */
// biome-ignore format: a word list reads better packed
export const TECHNICAL_NOUNS: ReadonlySet<string> = new Set([
  'model', 'models', 'network', 'networks', 'approach', 'approaches', 'transformer', 'transformers',
  'encoder', 'encoders', 'decoder', 'decoders', 'attention', 'process', 'processes', 'search', 'searches',
  'design', 'designs', 'control', 'controls', 'rate', 'rates', 'test', 'tests', 'map', 'maps', 'match',
  'matches', 'graph', 'graphs', 'layer', 'layers', 'loss', 'losses', 'signal', 'signals', 'flow', 'flows',
  'head', 'heads', 'shift', 'shifts', 'answer', 'answers', 'query', 'queries', 'tree', 'trees', 'set', 'sets',
  'parse', 'parses', 'sample', 'samples', 'label', 'labels', 'tag', 'tags', 'code', 'codes', 'plan', 'plans',
  'output', 'outputs', 'input', 'inputs', 'study', 'studies', 'function', 'functions', 'state', 'states',
  'cost', 'costs', 'weight', 'weights', 'feature', 'features', 'score', 'scores', 'filter', 'filters', 'pool',
  'link', 'links', 'rank', 'ranks', 'mask', 'masks', 'prompt', 'prompts', 'token', 'tokens', 'embed',
  'detector', 'detectors', 'generator', 'generators', 'design', 'scale', 'scales', 'mix', 'fit', 'edit',
  'edits', 'summary', 'summaries', 'call', 'calls', 'access', 'update', 'updates', 'change', 'changes',
  'report', 'reports', 'result', 'transfer', 'walk', 'task', 'tasks', 'scene', 'scenes', 'cue', 'cues',
  'rule', 'rules', 'base', 'bases', 'measure', 'measures', 'position', 'positions', 'text', 'texts',
  'question', 'questions', 'sentence', 'sentences', 'frame', 'frames', 'talk', 'talks', 'analyses', 'edge',
  'edges', 'time', 'times', 'patch', 'patches', 'message', 'messages', 'interface', 'interfaces', 'pair',
  'pairs', 'point', 'points', 'object', 'objects', 'word', 'words', 'affix', 'structure', 'structures',
  'plan', 'value', 'values', 'shape', 'shapes', 'problem', 'problems', 'face', 'faces', 'image', 'images',
]);

/** Generic heads that follow a term without making a new one ("tracking performance", "parsing results"). */
// biome-ignore format: a word list reads better packed
export const TRAILING_GENERIC: ReadonlySet<string> = new Set([
  'performance', 'performances', 'result', 'results', 'experiment', 'experiments', 'improvement',
  'improvements', 'gain', 'gains', 'study', 'studies', 'example', 'examples', 'difference', 'differences',
  'output', 'outputs', 'choice', 'choices', 'implementation', 'implementations', 'behavior', 'behaviour',
  'capability', 'capabilities', 'setting', 'settings', 'scenario', 'scenarios', 'community', 'researchers',
  'literature', 'effort', 'efforts',
]);
