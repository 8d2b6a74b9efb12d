/// <reference lib="dom" />

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black text, whichever reads better on the brand colour (WCAG 1.4.3 asks 4.5:1). */
export function textOn(background: string): string {
  return contrast(background, '#ffffff') >= contrast(background, '#1b1f24') ? '#ffffff' : '#1b1f24';
}

/** The brand colour, darkened step by step until white or dark text on it reaches 4.5:1 (mid greys need this). */
export function readableBrand(hex: string): string {
  let [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const toHex = () => '#' + [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
  for (let i = 0; i < 20 && contrast(toHex(), textOn(toHex())) < 4.5; i += 1) [r, g, b] = [r * 0.9, g * 0.9, b * 0.9];
  return toHex();
}

/**
 * The manifest's colours as CSS custom properties, set through the CSSOM (allowed by our style-src 'self' CSP).
 * A brand colour too light to carry text on white is still used for the header, but buttons fall back to a dark one.
 */
export function applyBrand(primary: string | null, accent: string | null): void {
  const root = document.documentElement.style;
  if (primary && /^#[0-9a-f]{6}$/i.test(primary)) {
    primary = readableBrand(primary);
    root.setProperty('--brand', primary);
    root.setProperty('--brand-text', textOn(primary));
    // Text and outlines in the brand colour on white need 4.5:1 too; otherwise they use the dark text colour.
    root.setProperty('--brand-ink', contrast(primary, '#ffffff') >= 4.5 ? primary : '#1b1f24');
  }
  if (accent && /^#[0-9a-f]{6}$/i.test(accent) && contrast(accent, '#ffffff') >= 3) root.setProperty('--accent', accent);
}
