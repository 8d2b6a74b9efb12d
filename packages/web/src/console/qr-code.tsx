import encodeQR from 'qr';
import { useMemo } from 'react';

/**
 * A QR code drawn as inline SVG from the `qr` package's module matrix (dependency-free, no canvas, no data: URL, so the
 * console's Content-Security-Policy stays as strict as it is). Dark modules on white with a quiet zone of 4 modules
 * (ISO/IEC 18004 §9.1), so phone cameras read it in either colour scheme.
 */
export function QrCode({ text, label, size = 208 }: { text: string; label: string; size?: number }) {
  const { path, modules } = useMemo(() => {
    const matrix = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
    let d = '';
    matrix.forEach((row, y) => row.forEach((dark, x) => { if (dark) d += `M${x} ${y}h1v1h-1z`; }));
    return { path: d, modules: matrix.length };
  }, [text]);
  return (
    <svg className="qr-code" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${modules} ${modules}`} shapeRendering="crispEdges">
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
