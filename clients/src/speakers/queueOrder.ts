/**
 * The waiting order once the request {@code moved} is put where {@code target} stands (before it when moving up,
 * after it when moving down, as a list reordered by dragging shows it); null when nothing would change.
 */
export function movedTo(order: readonly string[], moved: string, target: string): string[] | null {
  const from = order.indexOf(moved);
  const to = order.indexOf(target);
  if (from < 0 || to < 0 || from === to) {
    return null;
  }
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}
