import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useCaseConsents, useGiveConsent, useWithdrawConsent } from '../../api/queries';
import type { CaseView, Consent, ConsentGiver, ConsentMethod, PackageSection } from '../../api/types';
import { PACKAGE_SECTIONS } from '../../api/types';
import { Choice, ChoiceGroup, Field } from '../../components/Form';
import { SectionChoice } from '../../components/SectionChoice';
import { EmptyState, ErrorState, errorText, LoadingState } from '../../components/States';
import { formatDate, todayIso } from '../../format';
import { consentGiverLabel, consentMethodLabel, packageSectionLabel } from '../../i18n/nl';
import { worksAt } from '../../session/pages';
import { hasRole, useSession } from '../../session/SessionContext';
import { defaultConsentEnd } from './consent';

/**
 * Toestemming: needed before anything is shared with a provider, per part of the package. The zorgcoördinator
 * records it and withdraws it on the student's word; withdrawal ends the provider's access at once.
 */
export function ConsentSection({ theCase }: { theCase: CaseView }) {
  const me = useSession();
  const consents = useCaseConsents(theCase.id);
  // a zorgcoördinator of another location reads here by break-glass, and records or withdraws nothing
  const isCaseTeam = hasRole(me, 'ZORGCOORDINATOR') && worksAt(me, theCase.locationId);
  const mayRecord =
    isCaseTeam && Boolean(theCase.provider) && (theCase.state === 'REFERRED' || theCase.state === 'WAITING');
  if (!theCase.provider && (consents.data ?? []).length === 0) return null;
  return (
    <section aria-labelledby="toestemming-kop" className="hr-section">
      <Heading level={2} id="toestemming-kop">
        Toestemming
      </Heading>
      {isCaseTeam && !theCase.consentInForce && (theCase.state === 'HANDOVER' || theCase.state === 'EXTERNAL_CARE') && (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <Paragraph>
            Er is geen geldige toestemming meer voor {theCase.provider?.name}. De zorgaanbieder ziet deze casus niet
            meer.
          </Paragraph>
        </div>
      )}
      {isCaseTeam &&
        !theCase.consentInForce &&
        theCase.state === 'REFERRED' &&
        (consents.data ?? []).some((consent) => consent.withdrawnAt) && (
          <div className="utrecht-alert utrecht-alert--warning" role="status">
            <Paragraph>
              Er is geen geldige toestemming meer voor {theCase.provider?.name}: een lopende warme overdracht is
              ingetrokken. De zorgaanbieder ziet deze casus niet meer.
            </Paragraph>
          </div>
        )}
      {consents.isPending && <LoadingState label="Toestemmingen worden geladen…" />}
      {consents.error && <ErrorState error={consents.error} />}
      {consents.data && consents.data.length === 0 && (
        <EmptyState title="Nog geen toestemming vastgelegd">
          <Paragraph>
            Zonder toestemming van de student (en onder 16 ook van een ouder) gaat er niets naar de zorgaanbieder.
          </Paragraph>
        </EmptyState>
      )}
      {consents.data && consents.data.length > 0 && (
        <ul className="hr-consents">
          {consents.data.map((consent) => (
            <ConsentItem key={consent.id} caseId={theCase.id} consent={consent} mayWithdraw={isCaseTeam} />
          ))}
        </ul>
      )}
      {mayRecord && theCase.provider && <ConsentForm caseId={theCase.id} providerId={theCase.provider.id} />}
    </section>
  );
}

function ConsentItem({ caseId, consent, mayWithdraw }: { caseId: number; consent: Consent; mayWithdraw: boolean }) {
  const withdraw = useWithdrawConsent(caseId);
  const [confirming, setConfirming] = useState(false);
  return (
    <li>
      <strong>{consentGiverLabel[consent.givenBy]}</strong> voor {consent.provider.name}:{' '}
      {consent.sections.map((section) => packageSectionLabel[section].toLowerCase()).join(', ')}.{' '}
      {consent.withdrawnAt
        ? `Ingetrokken op ${formatDate(consent.withdrawnAt)}${consent.withdrawnBy ? ` door ${consent.withdrawnBy.name}` : ''}.`
        : consent.inForce
          ? `Geldig tot ${formatDate(consent.validUntil)}.`
          : `Verlopen op ${formatDate(consent.validUntil)}.`}
      <span className="hr-muted">
        {' '}
        · {consentMethodLabel[consent.givenHow].toLowerCase()}, vastgelegd door {consent.recordedBy.name} op{' '}
        {formatDate(consent.givenAt)}
      </span>
      {withdraw.error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <Paragraph>{errorText(withdraw.error)}</Paragraph>
        </div>
      )}
      {mayWithdraw && consent.inForce && (
        <ButtonGroup>
          {confirming ? (
            <>
              <Button
                type="button"
                appearance="primary-action-button"
                busy={withdraw.isPending}
                disabled={withdraw.isPending}
                onClick={() => withdraw.mutate(consent.id, { onSuccess: () => setConfirming(false) })}
              >
                Ja, trek de toestemming in
              </Button>
              <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
                Annuleren
              </Button>
            </>
          ) : (
            <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(true)}>
              Toestemming intrekken
            </Button>
          )}
        </ButtonGroup>
      )}
    </li>
  );
}

function ConsentForm({ caseId, providerId }: { caseId: number; providerId: number }) {
  const [givenBy, setGivenBy] = useState<ConsentGiver>('STUDENT');
  const [givenHow, setGivenHow] = useState<ConsentMethod>('IN_PERSON');
  const [sections, setSections] = useState<PackageSection[]>([...PACKAGE_SECTIONS]);
  const [validUntil, setValidUntil] = useState(defaultConsentEnd);
  const give = useGiveConsent(caseId);

  function submit(event: FormEvent) {
    event.preventDefault();
    // on a refusal everything typed stays; only a recorded consent resets the form
    give.mutate(
      { givenBy, providerId, sections, givenHow, validUntil },
      { onSuccess: () => setValidUntil(defaultConsentEnd()) },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="hr-consent-form" aria-labelledby="toestemming-form-kop">
      <Heading level={3} id="toestemming-form-kop" appearance="utrecht-heading-4">
        Toestemming vastleggen
      </Heading>
      {give.error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <Paragraph>{errorText(give.error)}</Paragraph>
        </div>
      )}
      <Field id="consent-given-by" label="Gegeven door" required>
        <Select
          id="consent-given-by"
          value={givenBy}
          onChange={(event) => setGivenBy(event.target.value as ConsentGiver)}
        >
          {(Object.keys(consentGiverLabel) as ConsentGiver[]).map((giver) => (
            <SelectOption key={giver} value={giver}>
              {consentGiverLabel[giver]}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <SectionChoice
        id="consent-sections"
        legend="Waarvoor geldt de toestemming"
        description="De student kiest welke delen de zorgaanbieder mag zien."
        value={sections}
        onChange={setSections}
      />
      <ChoiceGroup id="consent-given-how" legend="Hoe gegeven">
        {(Object.keys(consentMethodLabel) as ConsentMethod[]).map((method) => (
          <Choice
            key={method}
            id={`consent-given-how-${method}`}
            type="radio"
            name="consent-given-how"
            value={method}
            label={consentMethodLabel[method]}
            checked={givenHow === method}
            onChange={() => setGivenHow(method)}
          />
        ))}
      </ChoiceGroup>
      <Field
        id="consent-valid-until"
        label="Geldig tot"
        required
        description="Standaard een jaar vanaf vandaag: lang genoeg voor wachtlijst en overdracht, en daarna vraag je het opnieuw. Spreek je met de student een kortere termijn af, bijvoorbeeld tot het einde van de opleiding, kies dan die datum."
      >
        <Textbox
          id="consent-valid-until"
          type="date"
          min={todayIso()}
          value={validUntil}
          aria-describedby="consent-valid-until-hint"
          onChange={(event) => setValidUntil(event.target.value)}
        />
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={give.isPending} disabled={give.isPending}>
          Toestemming vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}
