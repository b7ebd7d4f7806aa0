/** The ids with the one at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveItem(ids: readonly string[], index: number, direction: -1 | 1): string[] {
  const target = index + direction;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) {
    return [...ids];
  }
  const moved = [...ids];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}
