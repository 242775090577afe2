// Distinguishable community colours (hex: sigma draws hsl() black), after Kelly's 22 colours of maximum contrast
// minus white/black; communities past the palette get a neutral grey.

// biome-ignore format: a word list reads better packed
export const PALETTE: readonly string[] = [
  '#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#46a0bf', '#f032e6', '#9a9a00', '#008080', '#9a6324',
  '#800000', '#5a8f29', '#000075', '#e6a800', '#a05195', '#2f4b7c', '#d45087', '#665191', '#ff7c43', '#003f5c',
];
export const OTHER_COLOR = '#9e9e9e';

export const communityColor = (rank: number): string => PALETTE[rank] ?? OTHER_COLOR;
