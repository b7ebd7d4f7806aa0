import { useState } from 'preact/hooks';
import type { FormValues, Issues } from '../../ui/form/rules';
import { useForm, type Form, type ServerFields } from '../../ui/form/useForm';

/** Which entity of a list is open in its editor (null: the editor adds a new one). */
export interface Editing<E> {
  entity: E | null;
  edit(entity: E): void;
  /** After a save: back to adding, and the list reloads. */
  done(): void;
  cancel(): void;
}

export function useEditing<E>(reload: () => void): Editing<E> {
  const [entity, setEntity] = useState<E | null>(null);
  return {
    entity,
    edit: setEntity,
    done() {
      setEntity(null);
      reload();
    },
    cancel: () => setEntity(null),
  };
}

/** A form with its submit handler and, when there is something to go back to, its cancel. */
export interface FormEditor<V extends FormValues> {
  form: Form<V>;
  save(event: Event): Promise<void>;
  cancel?: () => void;
}

/** How one kind of entity becomes form values and back, and the two requests that save it. */
export interface EntityEditorSpec<E, V extends FormValues, F> {
  empty: V;
  values(entity: E): V;
  check(values: V): Issues<V>;
  /** Server field names that differ from the form's. */
  serverFields?: ServerFields<V>;
  /** @param existing the entity being edited: its version goes with the edit, so a stale one is refused */
  toForm(values: V, existing: E | null): F;
  create(form: F): Promise<unknown>;
  update(entity: E, form: F): Promise<unknown>;
}

/** Edits the open entity, or adds a new one and clears the form for the next. */
export function useEntityEditor<E, V extends FormValues, F>(editing: Editing<E>, spec: EntityEditorSpec<E, V, F>): FormEditor<V> {
  const existing = editing.entity;
  const form = useForm(existing ? spec.values(existing) : spec.empty, spec.check, spec.serverFields);
  const save = form.onSubmit(async (values) => {
    if (existing) {
      await spec.update(existing, spec.toForm(values, existing));
    } else {
      await spec.create(spec.toForm(values, null));
      form.reset(spec.empty);
    }
    editing.done();
  });
  return { form, save, cancel: existing ? editing.cancel : undefined };
}
