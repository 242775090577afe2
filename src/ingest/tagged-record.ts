// One record of a line-based tagged export (RIS, Web of Science): the values of each two-letter tag in order,
// with continuation lines appended to the last value (or added as a new value, for list tags like authors).

export class TaggedRecord {
  private readonly values = new Map<string, string[]>();
  private lastTag: string | undefined;

  /** `line`: the 1-based line the record starts on. */
  constructor(readonly line: number) {}

  add(tag: string, value: string): void {
    const list = this.values.get(tag);
    if (list) list.push(value);
    else this.values.set(tag, [value]);
    this.lastTag = tag;
  }

  /** Appends a continuation line to the last value (or as a new value); false when no tag came yet. */
  continueLast(text: string, asNewValue: boolean): boolean {
    if (this.lastTag === undefined) return false;
    const list = this.values.get(this.lastTag)!;
    if (asNewValue) list.push(text);
    else list[list.length - 1] = list[list.length - 1] ? `${list[list.length - 1]} ${text}` : text;
    return true;
  }

  /** The tag of the last value added, if any. */
  lastTagName(): string | undefined {
    return this.lastTag;
  }

  /** The non-empty values of `tag`. */
  list(tag: string): string[] {
    return (this.values.get(tag) ?? []).map((value) => value.trim()).filter((value) => value !== '');
  }

  /** The values of the first of `tags` that has any, joined with a space; undefined when none has. */
  text(...tags: string[]): string | undefined {
    for (const tag of tags) {
      const values = this.list(tag);
      if (values.length) return values.join(' ');
    }
    return undefined;
  }

  /** True when the record has no value at all (only a start tag). */
  isEmpty(): boolean {
    return [...this.values.values()].every((list) => list.every((value) => !value.trim()));
  }
}
