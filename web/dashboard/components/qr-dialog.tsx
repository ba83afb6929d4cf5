import { useMemo } from 'preact/hooks';
import { fileStem, saveBlob } from '../lib/browser-io.js';
import { messageOf } from '../lib/api.js';
import { qrMatrix, qrSvg } from '../lib/qr.js';
import { qrPng } from '../lib/qr-png.js';
import { Dialog } from './dialog.js';
import { useToast } from './toast.js';

/** The QR code of a short URL, with PNG and SVG downloads. */
export function QrDialog({ url, name, open, onClose }: { url: string; name: string; open: boolean; onClose(): void }) {
  const toast = useToast();
  const qr = useMemo(() => (open ? qrMatrix(url) : null), [url, open]);
  const stem = `qr-${fileStem(name)}`;
  return (
    <Dialog
      open={open}
      title="QR code"
      onClose={onClose}
      actions={
        <>
          <button
            type="button"
            class="btn"
            onClick={() => saveBlob(new Blob([qrSvg(url)], { type: 'image/svg+xml' }), `${stem}.svg`)}
          >
            Download SVG
          </button>
          <button
            type="button"
            class="btn btn-primary"
            onClick={async () => {
              try {
                saveBlob(await qrPng(url), `${stem}.png`);
              } catch (error) {
                toast.error(messageOf(error));
              }
            }}
          >
            Download PNG
          </button>
          <button type="button" class="btn" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      {qr && (
        <div class="qr">
          <svg viewBox={`0 0 ${qr.size} ${qr.size}`} shape-rendering="crispEdges" role="img" aria-label={`QR code for ${url}`}>
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
        </div>
      )}
      <p class="hint" style={{ marginTop: '0.6rem', textAlign: 'center' }}>
        {url}
      </p>
    </Dialog>
  );
}
