import { describe, expect, it } from 'vitest';
import { catalogues, translate, type Locale } from '../i18n/translate';
import { asProblem, problemText } from './problemText';

const speaking = (locale: Locale) => ({ locale, t: (key: Parameters<typeof translate>[1]) => translate(catalogues[locale], key) });

describe('problem text', () => {
  it('shows the server’s own Vietnamese message in Vietnamese', () => {
    const problem = { code: 'not_found', serverMessage: 'Không tìm thấy phiên họp.' };
    expect(problemText(problem, speaking('vi'))).toBe('Không tìm thấy phiên họp.');
  });

  it('tells the server’s code in English, never its Vietnamese message', () => {
    expect(problemText({ code: 'sitting_not_planned', serverMessage: 'Phiên họp đã khai mạc hoặc đã kết thúc.' }, speaking('en'))).toBe(
      'The sitting has already started or ended.',
    );
    expect(problemText({ code: 'forbidden', serverMessage: 'Bạn không được theo dõi phiên họp kín này.' }, speaking('en'))).toBe(
      'You are not allowed to do this.',
    );
  });

  it('falls back to the server’s message for a code this client does not know yet', () => {
    expect(problemText({ code: 'ballot_closed', serverMessage: 'Cuộc biểu quyết đã kết thúc.' }, speaking('en'))).toBe(
      'Cuộc biểu quyết đã kết thúc.',
    );
  });

  it('uses the catalogue when the server sent a code without a message', () => {
    expect(problemText({ code: 'access_revoked', serverMessage: null }, speaking('vi'))).toBe('Bạn không còn quyền theo dõi phiên họp này.');
  });

  it('explains the client’s own failures in either language', () => {
    expect(problemText({ code: 'network', serverMessage: null }, speaking('en'))).toBe(
      'The server cannot be reached. Please check the network and try again.',
    );
    expect(problemText({ code: 'connection_lost', serverMessage: null }, speaking('vi'))).toBe(
      'Kết nối bị gián đoạn trước khi máy chủ trả lời. Vui lòng kiểm tra rồi thử lại.',
    );
    expect(problemText(asProblem(new Error('boom')), speaking('en'))).toBe('Something unexpected went wrong. Please try again.');
  });
});
