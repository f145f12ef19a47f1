import { create } from 'qrcode';
import { useMemo } from 'react';

interface QrCodeProps {
  /** What the code holds: an address. */
  value: string;
  /** What the code is, for people who cannot see it. */
  label: string;
  size?: number;
}

/**
 * A QR code drawn as SVG in the page: no image file and no data: address, which the Content
 * Security Policy would refuse. Dark on white with a four-module quiet zone, as scanners expect.
 */
export function QrCode({ value, label, size = 224 }: QrCodeProps) {
  const { path, modules } = useMemo(() => qrPath(value), [value]);
  const extent = modules + 8;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`-4 -4 ${extent} ${extent}`}
      shapeRendering="crispEdges"
    >
      <rect x={-4} y={-4} width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

function qrPath(value: string): { path: string; modules: number } {
  const { size, data } = create(value, { errorCorrectionLevel: 'M' }).modules;
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1)
    for (let col = 0; col < size; col += 1) if (data[row * size + col]) parts.push(`M${col} ${row}h1v1h-1z`);
  return { path: parts.join(''), modules: size };
}
