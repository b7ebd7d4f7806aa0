// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../api/apiFailure';
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

describe('a form refused by the server', () => {
  let container: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('shows the server’s message about a field under the field that holds it, until it is edited', async () => {
    const refusal = new ApiFailure(400, 'invalid', 'Dữ liệu chưa hợp lệ.', [{ field: 'endsAt', message: 'Giờ kết thúc phải sau giờ bắt đầu.' }], null);
    container = await mount(<Harness save={() => Promise.reject(refusal)} />, testServices(fakeApi({})).services);
    const endTime = byTestId<HTMLInputElement>(container, 'field-endTime');

    await click(byTestId(container, 'submit'));
    await settle();
    expect(document.getElementById(`${endTime.id}-error`)?.textContent).toBe('Giờ kết thúc phải sau giờ bắt đầu.');
    expect(endTime.getAttribute('aria-invalid')).toBe('true');

    await type(endTime, '09:00');
    expect(document.getElementById(`${endTime.id}-error`)).toBeNull();
  });
});
