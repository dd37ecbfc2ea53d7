/**
 * Colours a theme may take. Each has a name (the colour is never the only way to tell themes
 * apart) and a contrast of at least 4.5:1 against white, so a swatch or a coloured edge is
 * visible to everyone and white text on it would still read.
 */
export const THEME_PALETTE = [
  { value: '#1d4f91', name: 'Blue' },
  { value: '#12284c', name: 'Navy' },
  { value: '#00695c', name: 'Teal' },
  { value: '#1e6b34', name: 'Green' },
  { value: '#5c3c92', name: 'Purple' },
  { value: '#a0185a', name: 'Magenta' },
  { value: '#b3261e', name: 'Red' },
  { value: '#8a4b00', name: 'Orange' },
  { value: '#6d4c41', name: 'Brown' },
  { value: '#4f5965', name: 'Grey' },
] as const;

export function colourName(value: string | null): string | null {
  if (!value) return null;
  return THEME_PALETTE.find((c) => c.value.toLowerCase() === value.toLowerCase())?.name ?? value;
}
