import { qrMatrix } from './qr.js';

/**
 * A PNG of the QR code: the module matrix drawn onto a canvas in whole pixels per module (sharp
 * edges, no SVG decoding step), at least `minPx` wide.
 */
export function qrPng(text: string, minPx = 1024): Promise<Blob> {
  const { size, data } = qrMatrix(text);
  const scale = Math.max(1, Math.ceil(minPx / size));
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * scale;
  const g = canvas.getContext('2d');
  if (!g) return Promise.reject(new Error('This browser cannot draw images.'));
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#000';
  data.forEach((row, y) => row.forEach((dark, x) => dark && g.fillRect(x * scale, y * scale, scale, scale)));
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Could not make the PNG.'))), 'image/png'),
  );
}
