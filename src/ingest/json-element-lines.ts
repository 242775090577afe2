// Finds the line on which each element of a JSON array starts, so that issues about records of a JSON file
// can name a line. One pass over text that JSON.parse has already accepted; the array is the root, or the
// value of `key` in the root object.

export function arrayElementLines(text: string, key?: string): number[] {
  const lines: number[] = [];
  const stack: string[] = [];
  let line = 1;
  let targetDepth = key === undefined ? 1 : -1;
  let expectElement = false;
  let lastString = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      line++;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') continue;
    if (stack.length === targetDepth && stack[stack.length - 1] === '[') {
      if (char === ',') {
        expectElement = true;
        continue;
      }
      if (expectElement && char !== ']') {
        lines.push(line);
        expectElement = false;
      }
    }
    if (char === '"') {
      const start = i + 1;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      lastString = text.slice(start, i);
    } else if (char === '[' || char === '{') {
      stack.push(char);
      if (char === '[' && stack.length === 1 && key === undefined) expectElement = true;
      if (char === '[' && stack.length === 2 && stack[0] === '{' && targetDepth < 0 && lastString === key) {
        targetDepth = 2;
        expectElement = true;
      }
    } else if (char === ']' || char === '}') {
      if (stack.length === targetDepth && key !== undefined) targetDepth = -2; // the target array is done
      stack.pop();
    }
  }
  return lines;
}
