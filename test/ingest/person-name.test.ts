// Tests author-name handling for exports: "Family, Given" turned around, Scopus author ids dropped, suffixes
// and organisations left alone, and the splitting of author lists written as one string.
import { describe, expect, it } from 'vitest';
import { displayName, splitAuthorList } from '../../src/ingest/person-name';

describe('displayName', () => {
  it.each([
    ['Lovelace, Ada', 'Ada Lovelace'],
    ['Lovelace, A.', 'A. Lovelace'],
    ['Lovelace, A', 'A Lovelace'],
    ['van der Berg, Jan-Peter', 'Jan-Peter van der Berg'],
    ["O'Neil, Cathy", "Cathy O'Neil"],
    ['García Márquez, Gabriel', 'Gabriel García Márquez'],
    ['Lovelace, Ada (57190000001)', 'Ada Lovelace'],
    ['Ada Lovelace', 'Ada Lovelace'],
    ['King, Jr.', 'King, Jr.'],
    ['King, Martin Luther, Jr.', 'King, Martin Luther, Jr.'],
    ['Google Research, Brain Team', 'Google Research, Brain Team'],
    ['Lovelace, ada', 'Lovelace, ada'],
  ])('%j -> %j', (name, display) => {
    expect(displayName(name)).toBe(display);
  });
});

describe('splitAuthorList', () => {
  it.each([
    ['Grace Hopper; Alan Turing and Ada Lovelace', ['Grace Hopper', 'Alan Turing', 'Ada Lovelace']],
    ['Lovelace, Ada; Turing, Alan', ['Lovelace, Ada', 'Turing, Alan']],
    ['Lovelace A., Turing A., van der Berg J.-P.', ['Lovelace A.', 'Turing A.', 'van der Berg J.-P.']],
    ['Lovelace A.', ['Lovelace A.']],
    // One "Family, Given" name is not a list.
    ['Lovelace, Ada', ['Lovelace, Ada']],
  ])('%j -> %j', (text, names) => {
    expect(splitAuthorList(text)).toEqual(names);
  });
});
