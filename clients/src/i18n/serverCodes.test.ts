import { describe, expect, it } from 'vitest';
import { en } from './en';
import { SERVER_CODES, SERVER_FIELD_CODES } from './serverCodes';
import { serverCodeKey, serverFieldKey } from './translate';
import { vi } from './vi';

// serverCodes.ts lists every code the server's sources can send (ServerErrorCodesTest keeps it current).
describe('server error codes', () => {
  it('each have an English and a Vietnamese text', () => {
    for (const code of SERVER_CODES) {
      const key = serverCodeKey(code);
      expect(key, `serverCode.${code} is missing from vi.ts and en.ts`).not.toBeNull();
      expect(en[key!], code).not.toBe(vi[key!]);
    }
  });

  it('of fields each have an English and a Vietnamese text', () => {
    for (const code of SERVER_FIELD_CODES) {
      const key = serverFieldKey(code);
      expect(key, `serverField.${code} is missing from vi.ts and en.ts`).not.toBeNull();
      expect(en[key!], code).not.toBe(vi[key!]);
    }
  });

  it('have no entries left for codes the server no longer sends', () => {
    const entries = (prefix: string) =>
      Object.keys(vi)
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length))
        .sort();
    expect(entries('serverCode.')).toEqual([...SERVER_CODES].sort());
    expect(entries('serverField.')).toEqual([...SERVER_FIELD_CODES].sort());
  });

  it('are told apart from codes nobody sends', () => {
    expect(serverCodeKey('no_such_code')).toBeNull();
    expect(serverCodeKey('toString')).toBeNull();
    expect(serverFieldKey('no_such_code')).toBeNull();
  });
});
