/**
 * Draws a page file (one page as a PDF of its own, the reader's watermarked copy made by the server) into a canvas:
 * text stays sharp at any zoom, and a weak link fetches a few kilobytes per page instead of an image. The browser's
 * is PDF.js ({@link pdfjsPages}); tests give their own.
 */
export interface PageDrawer {
  /**
   * Draws the file's page `cssWidth` CSS pixels wide (at the screen's pixel density), replacing any drawing of the
   * same canvas still under way. Rejects when this browser cannot draw it; the viewer then shows the page image.
   */
  draw(pdf: ArrayBuffer, canvas: HTMLCanvasElement, cssWidth: number): Promise<void>;
  /** Loads what drawing needs (PDF.js), so that pages can be drawn later without a connection. */
  prepare(): Promise<void>;
}
