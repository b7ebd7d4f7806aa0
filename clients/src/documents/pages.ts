/** A page the viewer can show: typed text that is not a number stays on the first page; beyond the ends, the ends. */
export function clampPage(asked: number, pages: number): number {
  if (!Number.isFinite(asked)) {
    return 1;
  }
  return Math.min(Math.max(1, Math.trunc(asked)), Math.max(1, pages));
}
