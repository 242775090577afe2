import { parse } from '@retorquere/bibtex-parser';
const abs = 'We study sparse attention patterns for long documents and show that our method halves memory use on three benchmarks with simple changes. ';
for (const n of [500, 1000, 2000]) {
  let src = '';
  for (let i = 0; i < n; i++) src += `@article{k${i},\n  title = {Paper number ${i} on Sparse Attention},\n  author = {Lovelace, Ada and Turing, Alan},\n  year = {2021},\n  abstract = {${abs.repeat(5)}}\n}\n\n`;
  const t0 = performance.now();
  parse(src, { sentenceCase: false, english: false });
  console.log(n, src.length, Math.round(performance.now() - t0), 'ms');
}
for (const n of [5000, 10000, 20000]) {
  const src = `@article{k, title={T}, abstract={${'a{b}c '.repeat(n)}}}\n`;
  let t0 = performance.now();
  parse(src, { sentenceCase: false, english: false });
  const a = performance.now() - t0;
  const src2 = `@article{k, title={T}, abstract={${'$x$ \\emph{y} '.repeat(n)}}}\n`;
  t0 = performance.now();
  parse(src2, { sentenceCase: false, english: false });
  console.log('braces', n, Math.round(a), 'math', Math.round(performance.now() - t0));
}
