// Generic phrases that are never terms ("this paper", "our approach", "results"), kept as data.
// Matched against normalised keys (lower case, singular head).

// biome-ignore format: a word list reads better packed
export const GENERIC_PHRASES: readonly string[] = [
  // whole generic phrases
  'state of the art', 'state-of-the-art', 'paper', 'this paper', 'work', 'this work', 'our work', 'approach',
  'our approach', 'method', 'our method', 'model', 'our model', 'result', 'experiment', 'experimental result',
  'performance', 'art', 'state', 'way', 'number', 'set', 'use', 'case', 'problem', 'task', 'system', 'framework',
  'technique', 'algorithm', 'study', 'analysis', 'data', 'information', 'example', 'fact', 'order', 'part',
  'term', 'terms', 'kind', 'type', 'form', 'level', 'amount', 'variety', 'range', 'lot', 'thing', 'time', 'step',
  'issue', 'question', 'idea', 'aspect', 'point', 'end', 'effect', 'impact', 'importance', 'need', 'ability',
  'capability', 'advantage', 'improvement', 'gain', 'benefit', 'contribution', 'limitation', 'challenge',
  'difficulty', 'solution', 'goal', 'aim', 'purpose', 'focus', 'direction', 'field', 'area', 'domain', 'setting',
  'scenario', 'context', 'condition', 'situation', 'application', 'property', 'feature', 'component', 'element',
  'factor', 'value', 'quality', 'process', 'procedure', 'manner', 'degree', 'extent', 'role', 'source', 'insight',
  'evidence', 'finding', 'observation', 'analysis result', 'evaluation', 'comparison', 'baseline', 'literature',
  'researcher', 'user', 'people', 'human', 'practitioner', 'community', 'author', 'we', 'code', 'github',
  'publicly', 'available', 'source code', 'project page', 'extensive experiment', 'empirical result',
  'experimental evaluation', 'empirical evaluation', 'large margin', 'wide range', 'first time', 'best of our',
  'best of our knowledge', 'knowledge', 'art performance', 'art method', 'art result', 'existing method',
  'existing approach', 'previous work', 'prior work', 'related work', 'future work', 'recent work',
  'recent year', 'year', 'recent advance', 'advance', 'progress', 'success', 'attention', 'interest', 'trend',
  'help', 'key', 'end-to-end', 'variant', 'version', 'extension', 'alternative', 'combination', 'respect',
  'addition', 'contrast', 'general', 'total', 'average', 'instance', 'sample', 'output', 'input', 'detail',
  'lack', 'presence', 'absence', 'basis', 'means', 'mean', 'pair', 'list', 'sequence', 'structure', 'pattern',
  'model performance', 'strong performance', 'superior performance', 'better performance', 'high quality',
  'e.g.', 'i.e.', 'et al', 'etc', 'vs', 'cf', 'fig', 'figure', 'table', 'section', 'appendix', 'dataset',
  'benchmark', 'metric', 'score', 'accuracy', 'architecture', 'network', 'module', 'strategy', 'mechanism',
  'scheme', 'tool', 'resource', 'research', 'researchers', 'topic', 'concept', 'notion', 'principle',
  'theory', 'assumption', 'hypothesis', 'claim', 'argument', 'conclusion', 'discussion', 'overview', 'survey',
  'review', 'introduction', 'abstract', 'summary', 'proposal', 'design', 'implementation', 'experimentation',
  'significant improvement', 'substantial improvement', 'new state', 'real world', 'real-world', 'world',
  'practice', 'theory and practice', 'other', 'others', 'one', 'two', 'three', 'million', 'billion', 'thousand',
  'percent', 'times', 'x', 'downstream', 'effectiveness', 'gap', 'parameter', 'encode', 'efficiency', 'computation',
  'future research', 'vast amount', 'par', 'definition', 'way', 'variety', 'fraction', 'portion', 'majority',
  'orders of magnitude', 'magnitude', 'margin', 'size', 'cost', 'speed', 'scale', 'capacity', 'accuracy',
  'representation', 'learning', 'training', 'layer', 'image', 'video', 'behavior', 'class', 'vector', 'language', 'new', 'novel', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its',
];
