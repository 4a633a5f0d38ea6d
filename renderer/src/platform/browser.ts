import type { FileInput, FileOutput } from '../../../shared/api/files';
import type { Platform } from './types';

let saved = 0;

/** Browser mode: saving is the browser's download, picking is its upload dialog. */
export function browserPlatform(doc: Document = document): Platform {
  return {
    kind: 'browser',
    async saveFile(file) {
      const url = URL.createObjectURL(toBlob(file));
      const a = doc.createElement('a');
      a.href = url;
      a.download = file.name;
      a.style.display = 'none';
      doc.body.appendChild(a);
      a.click();
      a.remove();
      // The download has started from the URL; revoking later keeps slow browsers from losing it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      saved += 1;
      return `download-${saved}`;
    },
    // The browser keeps downloads to itself: the user opens them from its download bar.
    async openSaved() {},
    pickFiles: (options) => pickWithInput(doc, options),
    async printPdf(file) {
      const url = URL.createObjectURL(toBlob(file));
      // The browser's PDF viewer has its own print button; a new tab keeps the app where it was.
      window.open(url, '_blank');
      setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
    },
  };
}

function toBlob(file: FileOutput): Blob {
  // Copy into a plain ArrayBuffer: the bytes may be a view on a larger or shared buffer.
  return new Blob([file.data.slice().buffer as ArrayBuffer], { type: file.mime });
}

function pickWithInput(
  doc: Document,
  options: { multiple: boolean; accept: string[] },
): Promise<FileInput[] | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    input.accept = options.accept.join(',');
    input.style.display = 'none';
    doc.body.appendChild(input);
    const done = (files: FileInput[] | null) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('cancel', () => done(null));
    input.addEventListener('change', () => {
      const list = Array.from(input.files ?? []);
      if (!list.length) return done(null);
      void Promise.all(
        list.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })),
      ).then(done);
    });
    input.click();
  });
}
