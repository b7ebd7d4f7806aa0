import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Where a rule is left open, every rule after it is read as nested in it and silently does nothing. */
function unclosedRules(css: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  const lines = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).split('\n');
  lines.forEach((line, index) => {
    for (const character of line) {
      if (character === '{') {
        depth += 1;
      } else if (character === '}') {
        depth -= 1;
        if (depth < 0) {
          problems.push(`line ${index + 1}: a brace closes nothing`);
          depth = 0;
        }
      }
    }
    const startsRule = /^[.#a-z:@[*]/i.test(line);
    if (startsRule && depth > 1 && !line.trimStart().startsWith('@')) {
      problems.push(`line ${index + 1}: a rule starts inside another one left open`);
    }
  });
  if (depth !== 0) {
    problems.push(`${depth} rule(s) left open at the end`);
  }
  return problems;
}

describe('the stylesheets', () => {
  for (const name of ['app.css', 'fonts.css']) {
    it(`${name} closes every rule it opens`, () => {
      expect(unclosedRules(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'))).toEqual([]);
    });
  }

  it('a rule left open is found', () => {
    expect(unclosedRules('.a {\n  color: red;\n.b {\n  color: blue;\n}\n')).toEqual([
      'line 3: a rule starts inside another one left open',
      '1 rule(s) left open at the end',
    ]);
  });
});
