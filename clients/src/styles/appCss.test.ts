import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The depth of braces at the end of each line, comments left out. */
function depths(css: string): number[] {
  let depth = 0;
  return css
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n')
    .map((line) => {
      for (const character of line) {
        depth += character === '{' ? 1 : character === '}' ? -1 : 0;
      }
      return depth;
    });
}

describe('the style sheet', () => {
  // A rule left open nests every later rule inside it (CSS nesting), which then matches nothing: a merge once lost
  // one closing brace and so unstyled the whole document room.
  it('closes every rule it opens', () => {
    const lines = depths(readFileSync(new URL('./app.css', import.meta.url), 'utf8'));
    expect(Math.min(...lines)).toBe(0);
    expect(lines.at(-1)).toBe(0);
  });
});
