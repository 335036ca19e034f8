import { Heading, Paragraph } from '@utrecht/component-library-react';
import { measureKindLabel } from '../../api/agreements';
import { contactRoleLabel, useHandoverPackage, type HandoverPackage } from '../../api/handover';
import { isApiError } from '../../api/problem';
import type { CaseView } from '../../api/types';
import { PACKAGE_SECTIONS } from '../../api/types';
import { ErrorState, LoadingState } from '../../components/States';
import { formatDate } from '../../format';
import { lifeDomainLabel, packageSectionLabel, yesNo } from '../../i18n/nl';

/**
 * Overdrachtspakket: what school sent with the latest handover, as it was sent (a snapshot); for the receiver the
 * only sections are those sent and consented to. A case never handed over shows nothing.
 */
export function HandoverPackageSection({ theCase }: { theCase: CaseView }) {
  const sent = useHandoverPackage(theCase.id, Boolean(theCase.provider));
  if (!theCase.provider) return null;
  if (sent.isPending) return <LoadingState label="Het overdrachtspakket wordt geladen…" />;
  if (sent.error) {
    if (isApiError(sent.error) && sent.error.status === 404) return null;
    return <ErrorState error={sent.error} title="Het overdrachtspakket kon niet worden geladen" />;
  }
  return <PackageView sent={sent.data as HandoverPackage} />;
}

export function PackageView({ sent }: { sent: HandoverPackage }) {
  const withheld = PACKAGE_SECTIONS.filter((section) => !sent.sections.includes(section));
  const contact = sent.contact;
  return (
    <section aria-labelledby="pakket-kop" className="hr-section hr-package">
      <Heading level={2} id="pakket-kop">
        Overdrachtspakket
      </Heading>
      <Paragraph className="hr-muted">
        Verstuurd op {formatDate(sent.sentAt)} door {sent.sentBy.name || 'onbekend'} aan {sent.provider.name}. Zo is het
        pakket verstuurd: latere wijzigingen in de casus staan er niet in.
      </Paragraph>

      <div className="hr-panel hr-package__contact">
        <Heading level={3} appearance="utrecht-heading-4">
          Contactpersoon op school
        </Heading>
        <Paragraph>
          <strong>{contact.name}</strong> ({contactRoleLabel[contact.role] ?? contact.role}, {contact.locationName})
        </Paragraph>
        <Paragraph>
          {contact.phone ? (
            <a className="utrecht-link" href={`tel:${contact.phone}`}>
              {contact.phone}
            </a>
          ) : (
            <span className="hr-muted">Geen telefoonnummer bekend</span>
          )}
          {' · '}
          {contact.email ? (
            <a className="utrecht-link" href={`mailto:${contact.email}`}>
              {contact.email}
            </a>
          ) : (
            <span className="hr-muted">geen e-mailadres bekend</span>
          )}
        </Paragraph>
      </div>

      <Heading level={3} appearance="utrecht-heading-4">
        Hulpvraag
      </Heading>
      <Paragraph>
        <span className="hr-muted">Over: </span>
        {sent.helpQuestion.lifeDomains.map((domain) => lifeDomainLabel[domain]).join(', ') || '—'}
        <span className="hr-muted">
          {' '}
          · eerst gezien op {formatDate(sent.helpQuestion.firstNoticedOn)} · besproken met de student:{' '}
          {yesNo(sent.helpQuestion.discussedWithStudent)}
        </span>
      </Paragraph>
      {sent.helpQuestion.inOwnWords.length > 0 ? (
        sent.helpQuestion.inOwnWords.map((words, index) => (
          <blockquote key={index} className="hr-quote">
            {words}
          </blockquote>
        ))
      ) : (
        <Paragraph className="hr-muted">School legde de hulpvraag niet in de woorden van de student vast.</Paragraph>
      )}

      {sent.student && (
        <>
          <Heading level={3} appearance="utrecht-heading-4">
            Student
          </Heading>
          <Paragraph>
            {sent.student.name} ({sent.student.studentNumber}), geboren {formatDate(sent.student.dateOfBirth)}, woont in{' '}
            {sent.student.municipality}; {sent.student.programme}, niveau {sent.student.level},{' '}
            {sent.student.locationName}.
          </Paragraph>
        </>
      )}

      {sent.schoolSupport && (
        <>
          <Heading level={3} appearance="utrecht-heading-4">
            Wat school al deed
          </Heading>
          {sent.schoolSupport.tried.length > 0 ? (
            <ol className="hr-package__tried">
              {sent.schoolSupport.tried.map((sentence, index) => (
                <li key={index}>{sentence}</li>
              ))}
            </ol>
          ) : (
            <Paragraph className="hr-muted">Nog niets vastgelegd.</Paragraph>
          )}
          <Heading level={4} appearance="utrecht-heading-5">
            Afgesproken ondersteuning
          </Heading>
          {sent.schoolSupport.measures.length > 0 ? (
            <ul>
              {sent.schoolSupport.measures.map((measure, index) => (
                <li key={index}>
                  {measure.description}{' '}
                  <span className="hr-muted">
                    ({measureKindLabel[measure.kind]}; {measure.responsible}
                    {measure.appliesDuringInternship ? '; ook tijdens de stage' : ''})
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph className="hr-muted">Er waren geen ondersteuningsafspraken van kracht.</Paragraph>
          )}
        </>
      )}

      {sent.signals && sent.signals.length > 0 && (
        <>
          <Heading level={3} appearance="utrecht-heading-4">
            Wat school zag
          </Heading>
          <ul>
            {sent.signals.map((signal, index) => (
              <li key={index}>
                <span className="hr-muted">
                  {formatDate(signal.raisedOn)}, over{' '}
                  {signal.lifeDomains.map((domain) => lifeDomainLabel[domain].toLowerCase()).join(', ')}:{' '}
                </span>
                {signal.observation}
              </li>
            ))}
          </ul>
        </>
      )}

      {sent.bridging && (
        <>
          <Heading level={3} appearance="utrecht-heading-4">
            Overbrugging
          </Heading>
          <Paragraph>
            {sent.bridging.contactName
              ? `${sent.bridging.contactName} hield contact${sent.bridging.contactEveryDays ? `, elke ${sent.bridging.contactEveryDays} dagen` : ''}${sent.bridging.description ? ` (${sent.bridging.description})` : ''}, sinds ${formatDate(sent.bridging.since)}.`
              : `Niet nodig: ${sent.bridging.noBridgingReason ?? ''}`}
            {sent.bridging.lastContactOn && ` Laatste contact: ${formatDate(sent.bridging.lastContactOn)}.`}
          </Paragraph>
        </>
      )}

      {withheld.length > 0 && (
        <Paragraph className="hr-muted">
          Niet in het pakket (voor jou):{' '}
          {withheld.map((section) => packageSectionLabel[section].toLowerCase()).join(', ')}.
        </Paragraph>
      )}
    </section>
  );
}
