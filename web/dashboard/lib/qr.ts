/**
 * QR codes for short links, drawn from uqr's module matrix. Pure (no DOM): the same path feeds the
 * on-screen preview, the SVG download and the PNG (lib/qr-png.ts).
 */
import { encode } from 'uqr';

export interface QrMatrix {
  /** Modules per side, quiet zone included. */
  size: number;
  /** One SVG path of 1×1 squares, one subpath per run of dark modules in a row. */
  path: string;
  data: boolean[][];
}

/** Error correction M (15%): survives print wear without making the code much denser. */
export function qrMatrix(text: string): QrMatrix {
  const qr = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  qr.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      path += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  });
  return { size: qr.size, path, data: qr.data };
}

/** A standalone SVG document (black on white, crisp edges), `px` wide. */
export function qrSvg(text: string, px = 512): string {
  const { size, path } = qrMatrix(text);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
