import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useAdminSettings } from '../../api/queries';
import type { AdminSettings } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { cronText, daysText, durationText, periodText } from './settingsText';

/** Instellingen: the settings that govern privacy and the lifecycle, read-only, each explained. */
export function SettingsPage() {
  const settings = useAdminSettings();
  return (
    <>
      <PageTitle>Instellingen</PageTitle>
      <Paragraph lead>
        Deze instellingen bepalen hoe lang Hulproute gegevens bewaart, hoe lang noodtoegang duurt en welke termijnen
        gelden. Je kunt ze hier alleen bekijken: ze staan in de serverconfiguratie van de school. Wil je er een
        veranderen, vraag dat dan aan wie de server beheert, met de naam van de instelling.
      </Paragraph>
      {settings.isPending && <LoadingState label="De instellingen worden geladen…" />}
      {settings.error && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && <Settings settings={settings.data} />}
    </>
  );
}

function Settings({ settings }: { settings: AdminSettings }) {
  return (
    <>
      <Group id="bewaren" title="Bewaren en anonimiseren">
        <Setting
          label="Casusinhoud bewaren"
          value={`${periodText(settings.caseContentAfter)} na het sluiten van de casus`}
          property="hulproute.retention.case-content-after"
        >
          Zo lang na het sluiten van een casus blijft de inhoud bewaard, als de student de school heeft verlaten. Daarna
          wordt de inhoud geanonimiseerd.
        </Setting>
        <Setting
          label="Toegangslog bewaren"
          value={periodText(settings.accessLogKeptFor)}
          property="hulproute.retention.access-log-kept-for"
        >
          Zo lang blijft vastgelegd wie welke gegevens van een student bekeek of wijzigde. Dit is nooit korter dan het
          bewaren van de casusinhoud, zodat altijd na te gaan is wie die inzag.
        </Setting>
        <Setting label="Opruimen" value={cronText(settings.retentionCron)} property="hulproute.retention.cron">
          Wanneer Hulproute controleert wat te lang bewaard is en het anonimiseert, in de tijdzone van de school.
        </Setting>
      </Group>
      <Group id="noodtoegang" title="Noodtoegang">
        <Setting
          label="Duur van noodtoegang"
          value={durationText(settings.breakGlassDuration)}
          property="hulproute.privacy.break-glass-duration"
        >
          Zo lang kan een zorgcoördinator met noodtoegang een student van een andere locatie inzien. Elke noodtoegang
          wordt met de reden in het toegangslog vastgelegd.
        </Setting>
      </Group>
      <Group id="termijnen" title="Termijnen in het proces">
        <Setting
          label="Triage bij een gewoon signaal"
          value={daysText(settings.triageDays)}
          property="hulproute.lifecycle.triage-days"
        >
          Binnen deze termijn beoordeelt een zorgcoördinator een signaal met urgentie normaal.
        </Setting>
        <Setting
          label="Triage bij een urgent signaal"
          value={daysText(settings.urgentTriageDays)}
          property="hulproute.lifecycle.urgent-triage-days"
        >
          Binnen deze termijn beoordeelt een zorgcoördinator een urgent signaal.
        </Setting>
        <Setting
          label="Triage bij een acuut signaal"
          value={daysText(settings.acuteTriageDays)}
          property="hulproute.lifecycle.acute-triage-days"
        >
          Binnen deze termijn beoordeelt een zorgcoördinator een acuut signaal.
        </Setting>
        <Setting
          label="Reactie op een overdracht"
          value={daysText(settings.handoverResponseWorkingDays, true)}
          property="hulproute.lifecycle.handover-response-working-days"
        >
          Zo lang heeft een zorgaanbieder om op een warme overdracht te reageren. Reageert de aanbieder niet, dan volgt
          een melding, zodat de overdracht niet blijft liggen.
        </Setting>
      </Group>
      <Group id="tijdzone" title="Tijdzone">
        <Setting label="Tijdzone" value={settings.timeZone} property="hulproute.time-zone">
          Data als „vandaag” en termijnen worden in deze tijdzone berekend.
        </Setting>
      </Group>
    </>
  );
}

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-kop`} className="hr-section">
      <Heading level={2} id={`${id}-kop`}>
        {title}
      </Heading>
      <dl className="hr-settings">{children}</dl>
    </section>
  );
}

function Setting({
  label,
  value,
  property,
  children,
}: {
  label: string;
  value: string;
  property: string;
  children: ReactNode;
}) {
  return (
    <div className="hr-settings__item">
      <dt>{label}</dt>
      <dd>
        <strong>{value}</strong>
        <p className="hr-settings__explanation">{children}</p>
        <p className="hr-muted hr-settings__property">
          Ingesteld in de serverconfiguratie als <code>{property}</code>.
        </p>
      </dd>
    </div>
  );
}
