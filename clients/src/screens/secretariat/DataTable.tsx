import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/I18nContext';

/** A list as a table whose last column holds each row's buttons. */
export function DataTable(props: { testId?: string; columns: readonly string[]; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <table class="data-table" data-testid={props.testId}>
      <thead>
        <tr>
          {[...props.columns, t('common.actions')].map((column, index) => (
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}

/** The buttons cell: the cell stays a table cell (its border lines up with the row's), the buttons wrap inside. */
export function RowActions({ children }: { children: ComponentChildren }) {
  return (
    <td>
      <div class="row-actions">{children}</div>
    </td>
  );
}

/** Opens a row in the editor; the accessible name says which row. */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" class="button" onClick={onClick} aria-label={t('common.editNamed', { name })}>
      {t('common.edit')}
    </button>
  );
}
