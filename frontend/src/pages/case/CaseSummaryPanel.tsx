import { Heading } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { CaseView } from '../../api/types';
import { PACKAGE_SECTIONS } from '../../api/types';
import { StateBadge, UrgencyBadge } from '../../components/Badges';
import { Deadline } from '../../components/Deadline';
import { formatDate, formatDays, todayIso } from '../../format';
import { lineLabel, outcomeLabel, packageSectionLabel, trackLabel } from '../../i18n/nl';
import { clockRows } from './clocks';
import { turns18Soon } from './turns18';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="hr-facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Who the student is and where the case stands. */
export function CaseSummaryPanel({ theCase }: { theCase: CaseView }) {
  const student = theCase.student;
  const withheld = PACKAGE_SECTIONS.filter((section) => !theCase.visibleSections.includes(section));
  return (
    <div className="hr-summary">
      <section aria-labelledby="student-kop" className="hr-panel">
        <Heading level={2} id="student-kop" appearance="utrecht-heading-3">
          Student
        </Heading>
        <dl className="hr-facts">
          <Item label="Studentnummer">{student?.studentNumber}</Item>
          <Item label="Leeftijd">
            {student?.age} jaar <span className="hr-muted">(geboren {formatDate(student?.dateOfBirth)})</span>
          </Item>
          <Item label="Woongemeente">{student?.municipality}</Item>
          <Item label="Opleiding">
            {student?.programme}, niveau {student?.level} {student?.track && `(${trackLabel[student.track]})`}
          </Item>
          <Item label="Team en locatie">
            {student?.teamName}, {student?.locationName}
          </Item>
        </dl>
        {turns18Soon(student?.turns18On, todayIso()) && (
          <p className="hr-note">
            <strong>Wordt 18 op {formatDate(student?.turns18On)}</strong>: zorg via de Jeugdwet gaat dan over naar Wmo
            of volwassenenzorg, en ouders beslissen niet meer mee.
          </p>
        )}
      </section>
      <section aria-labelledby="casus-kop" className="hr-panel">
        <Heading level={2} id="casus-kop" appearance="utrecht-heading-3">
          Casus
        </Heading>
        <dl className="hr-facts">
          <Item label="Fase">
            <StateBadge state={theCase.state} />
          </Item>
          <Item label="Lijn">{theCase.line ? lineLabel[theCase.line] : '—'}</Item>
          <Item label="Urgentie">
            <UrgencyBadge urgency={theCase.urgency} />
          </Item>
          <Item label="Sinds eerste signaal">
            {formatDays(theCase.ageInDays)} <span className="hr-muted">({formatDate(theCase.openedAt)})</span>
          </Item>
          <Item label="Eigenaar">{theCase.owner?.name || 'Nog niemand'}</Item>
          {theCase.nextDeadline && (
            <Item label="Volgende termijn">
              <Deadline date={theCase.nextDeadline} kind={theCase.nextDeadlineKind} overdue={theCase.overdue} />
            </Item>
          )}
          {theCase.provider && <Item label="Zorgaanbieder">{theCase.provider.name}</Item>}
          {theCase.advice && <Item label="Advies voor de SLB’er">{theCase.advice}</Item>}
          {theCase.checkInDate && <Item label="Terugkoppeling">{formatDate(theCase.checkInDate)}</Item>}
          {theCase.waitingSince && <Item label="Op wachtlijst sinds">{formatDate(theCase.waitingSince)}</Item>}
          {theCase.expectedStartDate && <Item label="Verwachte start">{formatDate(theCase.expectedStartDate)}</Item>}
          {theCase.bridging && (
            <Item label="Overbrugging">
              {theCase.bridging.contact
                ? `${theCase.bridging.contact.name}, elke ${theCase.bridging.contactEveryDays} dagen`
                : `Niet nodig: ${theCase.bridging.noBridgingReason ?? ''}`}
            </Item>
          )}
          {theCase.handoverStartedAt && <Item label="Overdracht gestart">{formatDate(theCase.handoverStartedAt)}</Item>}
          {theCase.firstContactDate && <Item label="Eerste contact">{formatDate(theCase.firstContactDate)}</Item>}
          {theCase.careStartedOn && <Item label="Zorg gestart op">{formatDate(theCase.careStartedOn)}</Item>}
          {theCase.externalCareSummary && <Item label="Wat school moet weten">{theCase.externalCareSummary}</Item>}
          {theCase.outcome && <Item label="Uitkomst">{outcomeLabel[theCase.outcome]}</Item>}
          {theCase.careContinuesWithProvider && (
            <Item label="Zorg loopt door">
              bij {theCase.provider?.name ?? 'de zorgaanbieder'}, tot die meldt dat de zorg is beëindigd
            </Item>
          )}
          {theCase.closedAt && <Item label="Afgesloten op">{formatDate(theCase.closedAt)}</Item>}
          {theCase.handoverSections.length > 0 && (
            <Item label="Meegestuurd">
              {theCase.handoverSections.map((section) => packageSectionLabel[section].toLowerCase()).join(', ')}
            </Item>
          )}
        </dl>
        {theCase.clocks && clockRows(theCase.clocks).length > 0 && (
          <>
            <Heading level={3} id="klokken-kop" appearance="utrecht-heading-4">
              Doorlooptijden
            </Heading>
            <dl className="hr-facts" aria-labelledby="klokken-kop">
              {clockRows(theCase.clocks).map((row) => (
                <Item key={row.label} label={row.label}>
                  {row.text}
                </Item>
              ))}
            </dl>
          </>
        )}
        {withheld.length > 0 && (
          <p className="hr-muted">
            Niet met jou gedeeld: {withheld.map((section) => packageSectionLabel[section].toLowerCase()).join(', ')}. De
            student gaf daarvoor geen toestemming, of school stuurde het niet mee.
          </p>
        )}
      </section>
    </div>
  );
}
