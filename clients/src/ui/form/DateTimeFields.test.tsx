// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byTestId, fakeApi, mount, testServices, unmount } from '../../testing/testApp';
import { DateField, TimeField } from './DateTimeFields';
import { checkFields, required, typedDate, typedTime } from './rules';
import { useForm } from './useForm';

type Values = { day: string; time: string };

function Harness() {
  const form = useForm<Values>({ day: '', time: '' }, (values) =>
    checkFields(values, { day: [required, typedDate], time: [typedTime] }),
  );
  return (
    <form>
      <DateField form={form} name="day" label="Ngày họp" required />
      <TimeField form={form} name="time" label="Giờ họp" hint="Giờ Việt Nam." />
    </form>
  );
}

/** Key by key, as a person types at the end of the field. */
async function typeKeys(input: HTMLInputElement, keys: string): Promise<void> {
  for (const key of keys) {
    await act(() => {
      input.value += key;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: key, inputType: 'insertText' }));
    });
  }
}

async function leave(input: HTMLInputElement): Promise<void> {
  await act(() => {
    input.dispatchEvent(new FocusEvent('blur'));
  });
}

const described = (input: HTMLInputElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('date and time fields', () => {
  let container: HTMLElement;
  const storage = new Map<string, string>();

  beforeEach(() => {
    vi.useFakeTimers();
    storage.clear();
  });
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  const start = async () => {
    container = await mount(<Harness />, testServices(fakeApi({}), storage).services);
    return { day: byTestId<HTMLInputElement>(container, 'field-day'), time: byTestId<HTMLInputElement>(container, 'field-time') };
  };

  it('are labelled text inputs that say the expected form, never the browser’s date or time picker', async () => {
    const { day, time } = await start();
    expect(day.type).toBe('text');
    expect(day.inputMode).toBe('numeric');
    expect(day.placeholder).toBe('dd/mm/yyyy');
    expect(container.querySelector(`label[for="${day.id}"]`)?.textContent).toBe('Ngày họp (bắt buộc)');
    expect(described(day)).toBe('Ngày/tháng/năm, ví dụ 08/12/2026.');
    expect(time.placeholder).toBe('HH:mm');
    expect(described(time)).toBe('Giờ:phút theo 24 giờ, ví dụ 14:30. Giờ Việt Nam.');
  });

  it('put the separators in while digits are typed', async () => {
    const { day, time } = await start();
    await typeKeys(day, '08122026');
    await typeKeys(time, '1430');
    expect(day.value).toBe('08/12/2026');
    expect(time.value).toBe('14:30');
    expect(day.getAttribute('aria-invalid')).toBeNull();
  });

  it('tidy a short form to the full one when left', async () => {
    const { day, time } = await start();
    await typeKeys(day, '8/12/26');
    await leave(day);
    await typeKeys(time, '8h');
    await leave(time);
    expect(day.value).toBe('08/12/2026');
    expect(time.value).toBe('08:00');
  });

  it('say what is wrong with a date that does not exist, tied to the field', async () => {
    const { day, time } = await start();
    await typeKeys(day, '31022026');
    await typeKeys(time, '2530');
    await leave(day);
    expect(day.value).toBe('31/02/2026');
    expect(day.getAttribute('aria-invalid')).toBe('true');
    expect(described(day)).toContain('Ngày không đúng. Hãy nhập theo dạng ngày/tháng/năm.');
    expect(described(time)).toContain('Giờ không đúng. Hãy nhập giờ:phút theo 24 giờ.');
  });

  it('keep the day-first form and the 24-hour clock in English', async () => {
    storage.set('hopso.locale', 'en');
    const { day } = await start();
    expect(day.placeholder).toBe('dd/mm/yyyy');
    expect(described(day)).toBe('Day/month/year, for example 08/12/2026.');
    await typeKeys(day, '12312026');
    expect(described(day)).toContain('Not a date: type it as day/month/year.');
  });
});
