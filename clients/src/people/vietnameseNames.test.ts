import { describe, expect, it } from 'vitest';
import { compareVietnameseNames, sortByVietnameseName } from './vietnameseNames';

const sorted = (names: string[]) => sortByVietnameseName(names, (name) => name);

describe('Vietnamese name order', () => {
  it('orders by given name (the last word), not by family name', () => {
    expect(sorted(['Nguyễn Văn Bình', 'Trần Thị An'])).toEqual(['Trần Thị An', 'Nguyễn Văn Bình']);
  });

  it('orders people with the same given name by family name', () => {
    expect(sorted(['Nguyễn Văn An', 'Lê An'])).toEqual(['Lê An', 'Nguyễn Văn An']);
  });

  it('orders by middle names when given and family names are equal', () => {
    expect(sorted(['Nguyễn Văn An', 'Nguyễn Thị An'])).toEqual(['Nguyễn Thị An', 'Nguyễn Văn An']);
  });

  it('uses Vietnamese letter order: d before đ, a before ă before â', () => {
    expect(sorted(['Phạm Đức', 'Đặng Văn Dũng'])).toEqual(['Đặng Văn Dũng', 'Phạm Đức']);
    expect(sorted(['Hồ Ân', 'Hồ Ăn', 'Hồ An'])).toEqual(['Hồ An', 'Hồ Ăn', 'Hồ Ân']);
    expect(sorted(['Lê Đào', 'Lê Eo', 'Lê Dao'])).toEqual(['Lê Dao', 'Lê Đào', 'Lê Eo']);
  });

  it('treats composed and decomposed spellings alike and ignores extra spaces', () => {
    const decomposed = 'Nguye\u0302\u0303n  Va\u0306n An';
    expect(compareVietnameseNames(decomposed, 'Nguyễn Văn An')).toBe(0);
  });

  it('sorts a council list and leaves the input untouched', () => {
    const council = ['Võ Văn Thưởng', 'Trần Thanh Mẫn', 'Lương Cường', 'Phạm Minh Chính', 'Tô Lâm', 'Nguyễn Thị Thanh'];
    const copy = [...council];
    expect(sorted(council)).toEqual([
      'Phạm Minh Chính',
      'Lương Cường',
      'Tô Lâm',
      'Trần Thanh Mẫn',
      'Nguyễn Thị Thanh',
      'Võ Văn Thưởng',
    ]);
    expect(council).toEqual(copy);
  });
});
