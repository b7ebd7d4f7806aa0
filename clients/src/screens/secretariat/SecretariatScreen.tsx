import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import type { Me } from '../../protocol/generated';
import { InfoNotice, Loading, ProblemNotice } from '../../ui/Notice';
import { useListChanges } from '../../realtime/useListChanges';
import { useAsync } from '../../ui/useAsync';
import { DelegationsPanel } from './DelegationsPanel';
import { MembersPanel } from './MembersPanel';
import { OrganisationsPanel } from './OrganisationsPanel';
import { SessionsPanel } from './SessionsPanel';
import { SitesPanel } from './SitesPanel';

type Section = 'sessions' | 'members' | 'delegations' | 'sites' | 'organisations';

const SECTIONS: readonly Section[] = ['sessions', 'members', 'delegations', 'sites', 'organisations'];

/** Everything the secretariat prepares: councils, people, groups, sites, sessions, sittings and agendas. */
export function SecretariatScreen({ me }: { me: Me }) {
  const { t } = useI18n();
  const { api } = useServices();
  const organisations = useAsync(() => api.organisations(), []);
  useListChanges(null, ['ORGANISATION'], organisations.reload);
  const [chosenId, choose] = useState<string | null>(null);
  const [section, setSection] = useState<Section>('sessions');
  const list = organisations.data ?? [];
  const organisation = list.find((candidate) => candidate.id === chosenId) ?? list[0] ?? null;
  const sections = SECTIONS.filter((candidate) => candidate !== 'organisations' || me.systemAdmin);

  return (
    <div class="secretariat-screen">
      <h1>{t('secretariat.heading')}</h1>
      <ProblemNotice problem={organisations.problem} />
      {organisations.loading && !organisations.data && <Loading />}
      {list.length > 1 && (
        <div class="field field-inline">
          <label for="secretariat-organisation">{t('organisation.choose')}</label>
          <select
            id="secretariat-organisation"
            value={organisation?.id ?? ''}
            onChange={(event) => choose((event.currentTarget as HTMLSelectElement).value)}
            data-testid="organisation-choice"
          >
            {list.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <nav aria-label={t('secretariat.sections')}>
        <ul class="section-tabs">
          {sections.map((candidate) => (
            <li key={candidate}>
              <button
                type="button"
                class="tab"
                aria-current={candidate === section ? 'page' : undefined}
                onClick={() => setSection(candidate)}
                data-testid={`section-${candidate}`}
              >
                {t(`secretariat.section.${candidate}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'organisations' && me.systemAdmin && (
        <OrganisationsPanel organisations={list} onChanged={organisations.reload} />
      )}
      {section !== 'organisations' && organisations.data && organisation === null && (
        <InfoNotice>{t('organisation.none')}</InfoNotice>
      )}
      {section !== 'organisations' && organisation && (
        <SectionPanel key={organisation.id} section={section} organisationId={organisation.id} />
      )}
    </div>
  );
}

function SectionPanel({ section, organisationId }: { section: Exclude<Section, 'organisations'>; organisationId: string }) {
  switch (section) {
    case 'sessions':
      return <SessionsPanel organisationId={organisationId} />;
    case 'members':
      return <MembersPanel organisationId={organisationId} />;
    case 'delegations':
      return <DelegationsPanel organisationId={organisationId} />;
    case 'sites':
      return <SitesPanel organisationId={organisationId} />;
  }
}
