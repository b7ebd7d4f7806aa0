import type { PDFDocumentLoadingTask, PDFWorker, RenderTask } from 'pdfjs-dist';
import type { PageDrawer } from './pageDrawing';

interface Loaded {
  getDocument: (typeof import('pdfjs-dist'))['getDocument'];
  worker: PDFWorker;
}

let library: Promise<Loaded> | null = null;

/**
 * PDF.js, bundled with the app (no CDN) and loaded the first time a page is drawn, so the first screen does not wait
 * for it; its worker is a module worker from the app's own origin (the Content-Security-Policy allows no other).
 * The worker is the app's, handed to every document: a worker PDF.js made for a document (or took from
 * `GlobalWorkerOptions.workerPort`) is destroyed with that document, under the next page being opened.
 */
function pdfjs(): Promise<Loaded> {
  library ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?worker')]).then(
    ([loaded, worker]) => ({ getDocument: loaded.getDocument, worker: loaded.PDFWorker.create({ port: new worker.default() }) }),
  );
  library.catch(() => {
    library = null; // a failed download is tried again at the next page
  });
  return library;
}

/** Per canvas, the drawing under way: a newer page (or zoom) cancels it, PDF.js refusing two at once on a canvas. */
const drawing = new WeakMap<HTMLCanvasElement, { loading: PDFDocumentLoadingTask; render?: RenderTask }>();

export const pdfjsPages: PageDrawer = {
  async prepare() {
    await pdfjs();
  },
  async draw(pdf, canvas, cssWidth) {
    const { getDocument, worker } = await pdfjs();
    const earlier = drawing.get(canvas);
    earlier?.render?.cancel();
    void earlier?.loading.destroy();
    // The script the PDF may carry is never run (the server strips it too), and nothing is evaluated as code. PDF.js
    // hands the bytes over to its worker, so it gets a copy: the caller's (a kept offline page) stays whole.
    const loading = getDocument({ data: new Uint8Array(pdf).slice(), worker, isEvalSupported: false, enableXfa: false });
    const current: { loading: PDFDocumentLoadingTask; render?: RenderTask } = { loading };
    drawing.set(canvas, current);
    // A newer drawing of this canvas may start while this one waits: from then on this one touches nothing.
    const superseded = () => drawing.get(canvas) !== current;
    try {
      const document = await loading.promise;
      const page = superseded() ? null : await document.getPage(1);
      if (page === null || superseded()) {
        throw new Error('a newer page is being drawn on this canvas');
      }
      const natural = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: cssWidth / natural.width });
      const density = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * density);
      canvas.height = Math.floor(viewport.height * density);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      current.render = page.render({ canvas, viewport, transform: density === 1 ? undefined : [density, 0, 0, density, 0, 0] });
      await current.render.promise;
    } finally {
      if (drawing.get(canvas) === current) {
        drawing.delete(canvas);
        void loading.destroy();
      }
    }
  },
};
