import { describe, expect, it } from 'vitest';
import { movedTo } from './queueOrder';

describe('moving a waiting request to where another stands', () => {
  const order = ['an', 'binh', 'cuong', 'dung'];

  it('puts it before the target when moving up and after it when moving down', () => {
    expect(movedTo(order, 'cuong', 'an')).toEqual(['cuong', 'an', 'binh', 'dung']);
    expect(movedTo(order, 'an', 'cuong')).toEqual(['binh', 'cuong', 'an', 'dung']);
    expect(movedTo(order, 'binh', 'dung')).toEqual(['an', 'cuong', 'dung', 'binh']);
  });

  it('changes nothing when dropped on itself or on something no longer waiting', () => {
    expect(movedTo(order, 'binh', 'binh')).toBeNull();
    expect(movedTo(order, 'binh', 'gone')).toBeNull();
    expect(movedTo(order, 'gone', 'binh')).toBeNull();
  });
});
