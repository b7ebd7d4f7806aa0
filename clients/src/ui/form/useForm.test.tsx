// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../api/apiFailure';
import type { FieldError } from '../../protocol/generated';
import { byTestId, click, fakeApi, mount, settle, testServices, type, unmount } from '../../testing/testApp';
import { TextField } from './fields';
import { checkFields } from './rules';
import { useForm } from './useForm';

type Values = { startTime: string; endTime: string };

function Harness({ save }: { save: () => Promise<void> }) {
  // The server checks `endsAt`; this form types that moment as `endTime`.
  const form = useForm<Values>({ startTime: '08:00', endTime: '' }, (values) => checkFields(values, {}), { endsAt: 'endTime' });
  return (
    <form onSubmit={form.onSubmit(save)}>
      <TextField form={form} name="startTime" label="Bắt đầu" />
      <TextField form={form} name="endTime" label="Kết thúc" />
      <button type="submit" data-testid="submit" />
    </form>
  );
}

const refusing = (field: FieldError) => () =>
  Promise.reject(new ApiFailure(400, 'invalid', 'Dữ liệu chưa hợp lệ.', [field], null));

describe('a form refused by the server', () => {
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

  const submitted = async (save: () => Promise<void>) => {
    container = await mount(<Harness save={save} />, testServices(fakeApi({}), storage).services);
    const endTime = byTestId<HTMLInputElement>(container, 'field-endTime');
    await click(byTestId(container, 'submit'));
    await settle();
    return { endTime, message: () => document.getElementById(`${endTime.id}-error`)?.textContent ?? null };
  };

  it('shows the server’s message about a field under the field that holds it, until it is edited', async () => {
    const { endTime, message } = await submitted(
      refusing({ field: 'endsAt', code: 'invalid', message: 'Giờ kết thúc phải sau giờ bắt đầu.' }),
    );
    expect(message()).toBe('Giờ kết thúc phải sau giờ bắt đầu.');
    expect(endTime.getAttribute('aria-invalid')).toBe('true');

    await type(endTime, '09:00');
    expect(message()).toBeNull();
  });

  it('tells the field’s code in English, and the server’s words for a code it does not know', async () => {
    storage.set('hopso.locale', 'en');
    const known = await submitted(refusing({ field: 'endsAt', code: 'not_blank', message: 'Không được để trống.' }));
    expect(known.message()).toBe('This cannot be left empty.');
    unmount(container);

    const unknown = await submitted(refusing({ field: 'endsAt', code: 'ends_too_late', message: 'Quá muộn.' }));
    expect(unknown.message()).toBe('Quá muộn.');
  });
});
