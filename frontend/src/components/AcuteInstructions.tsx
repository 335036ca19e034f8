import { Heading, Paragraph } from '@utrecht/component-library-react';
import { Contacts } from './Contacts';

/** What an SLB'er does right now when safety is at stake: sending the signal alone is not enough. */
export function AcuteInstructions({
  headingLevel = 2,
  locationId,
}: {
  headingLevel?: number;
  /** the student's location: its zorgcoördinatoren are named with their phone number */
  locationId?: number;
}) {
  return (
    <div className="utrecht-alert utrecht-alert--error hr-acute" role="alert">
      <Heading level={headingLevel} appearance="utrecht-heading-3">
        Acuut: doe dit nu
      </Heading>
      <ol className="hr-acute__steps">
        <li>
          <strong>Bel nu de zorgcoördinator</strong> van je locatie. Wacht niet tot het signaal is gelezen.
          <Contacts locationId={locationId} label="Zorgcoördinatoren van de locatie:" />
        </li>
        <li>
          <strong>Is iemand in direct gevaar? Bel 112.</strong>
        </li>
        <li>Blijf bij de student of zorg dat iemand bij de student blijft.</li>
      </ol>
      <Paragraph>Je signaal gaat ook direct naar de zorgcoördinator.</Paragraph>
    </div>
  );
}
