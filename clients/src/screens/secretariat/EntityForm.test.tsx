// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { ApiFailure } from '../../api/apiFailure';
import { byTestId, click, fakeApi, mount, settle, testServices, type, unmount } from '../../testing/testApp';
import { TextField } from '../../ui/form/fields';
import { checkFields, required } from '../../ui/form/rules';
import { EntityForm } from './EntityForm';
import { useEditing, useEntityEditor, type Editing } from './useEntityEditor';

interface Thing {
  id: string;
  name: string;
}

type ThingValues = { name: string };

interface Requests {
  create(form: { name: string }): Promise<unknown>;
  update(thing: Thing, form: { name: string }): Promise<unknown>;
}

const existing: Thing = { id: 't1', name: 'Tổ 1' };

function ThingEditor({ editing, requests }: { editing: Editing<Thing>; requests: Requests }) {
  const editor = useEntityEditor(editing, {
    empty: { name: '' },
    values: (thing: Thing): ThingValues => ({ name: thing.name }),
    check: (values: ThingValues) => checkFields(values, { name: [required] }),
    toForm: (values) => ({ name: values.name.trim() }),
    create: requests.create,
    update: requests.update,
  });
  return (
    <EntityForm testId="thing-form" heading={editing.entity ? `Sửa ${editing.entity.name}` : 'Thêm'} editor={editor}>
      <TextField form={editor.form} name="name" label="Tên" required />
    </EntityForm>
  );
}

function ThingPanel({ requests, reload }: { requests: Requests; reload: () => void }) {
  const editing = useEditing<Thing>(reload);
  return (
    <>
      <button type="button" data-testid="edit-t1" onClick={() => editing.edit(existing)} />
      <ThingEditor key={editing.entity?.id ?? 'new'} editing={editing} requests={requests} />
    </>
  );
}

describe('entity editor', () => {
  let container: HTMLElement;
  let reload: Mock<() => void>;
  let requests: { create: Mock<Requests['create']>; update: Mock<Requests['update']> };

  beforeEach(async () => {
    vi.useFakeTimers();
    reload = vi.fn<() => void>();
    requests = { create: vi.fn<Requests['create']>(async () => undefined), update: vi.fn<Requests['update']>(async () => undefined) };
    container = await mount(<ThingPanel requests={requests} reload={reload} />, testServices(fakeApi({})).services);
  });
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  const form = () => byTestId<HTMLFormElement>(container, 'thing-form');
  const name = () => byTestId<HTMLInputElement>(form(), 'field-name');
  const heading = () => form().querySelector('h3');
  const buttons = () => [...form().querySelectorAll('button')].map((button) => button.textContent);

  it('adds: names the form by its heading, sends the converted values, clears the form and reloads the list', async () => {
    expect(heading()?.textContent).toBe('Thêm');
    expect(form().getAttribute('aria-labelledby')).toBe(heading()?.id);
    expect(heading()?.id).toBe('thing-form-heading');
    expect(buttons()).toEqual(['Lưu']);

    await type(name(), '  Tổ 2 ');
    await click(byTestId(form(), 'form-submit'));

    expect(requests.create).toHaveBeenCalledWith({ name: 'Tổ 2' });
    expect(requests.update).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(name().value).toBe('');
    expect(name().hasAttribute('aria-invalid')).toBe(false);
  });

  it('edits: starts from the entity, sends an update, and offers a cancel that goes back to adding', async () => {
    await click(byTestId(container, 'edit-t1'));
    expect(heading()?.textContent).toBe('Sửa Tổ 1');
    expect(name().value).toBe('Tổ 1');
    expect(buttons()).toEqual(['Lưu', 'Hủy']);

    await type(name(), 'Tổ 1 mới');
    await click(byTestId(form(), 'form-submit'));
    expect(requests.update).toHaveBeenCalledWith(existing, { name: 'Tổ 1 mới' });
    expect(requests.create).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(heading()?.textContent).toBe('Thêm');

    await click(byTestId(container, 'edit-t1'));
    await click([...form().querySelectorAll('button')].find((button) => button.textContent === 'Hủy')!);
    expect(heading()?.textContent).toBe('Thêm');
    expect(name().value).toBe('');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('sends nothing while a field is wrong, and keeps what was typed when the server refuses', async () => {
    await click(byTestId(form(), 'form-submit'));
    expect(requests.create).not.toHaveBeenCalled();
    expect(form().querySelector('[role="alert"]')?.textContent).toBe('Vui lòng sửa các trường được đánh dấu bên trên.');

    requests.create.mockRejectedValueOnce(new ApiFailure(409, 'conflict', 'Tên đã có.', [], null));
    await type(name(), 'Tổ 1');
    await click(byTestId(form(), 'form-submit'));
    await settle();
    expect(requests.create).toHaveBeenCalledTimes(1);
    expect(form().querySelector('[role="alert"]')?.textContent).toBe('Tên đã có.');
    expect(name().value).toBe('Tổ 1');
    expect(reload).not.toHaveBeenCalled();
  });
});
