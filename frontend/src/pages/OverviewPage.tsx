import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { hasRole, useSession } from '../session/SessionContext';

/** For auditors and functioneel beheerders: what they will find here, and no case data. */
export function OverviewPage() {
  const me = useSession();
  return (
    <>
      <PageTitle>Overzicht</PageTitle>
      <Paragraph>
        Hulproute bevat gezondheidsgegevens van studenten. Jouw rol heeft geen toegang tot de inhoud van casussen,
        signalen of afspraken; daarom zie je hier geen studentgegevens.
      </Paragraph>
      {hasRole(me, 'AUDITOR') && (
        <section aria-labelledby="toegangslog-kop" className="hr-section">
          <Heading level={2} id="toegangslog-kop">
            Toegangslog
          </Heading>
          <Paragraph>
            Wie welke gegevens van een student bekeek of wijzigde, wanneer, in welke rol en waarom; ook elk gebruik van
            noodtoegang, met de reden.{' '}
            <Link to="/toegangslog" className="utrecht-link">
              Bekijk het toegangslog
            </Link>
          </Paragraph>
        </section>
      )}
      {hasRole(me, 'AUDITOR') && (
        <section aria-labelledby="naleving-kop" className="hr-section">
          <Heading level={2} id="naleving-kop">
            Naleving
          </Heading>
          <Paragraph>
            Per locatie, opleiding en team: hoeveel ondersteuningsafspraken er op een peildatum liepen en of ze op tijd
            met de student zijn geëvalueerd, met de lijst van te late evaluaties als gedateerd bewijs, als CSV en als
            PDF-rapport.{' '}
            <Link to="/naleving" className="utrecht-link">
              Bekijk de naleving
            </Link>
          </Paragraph>
        </section>
      )}
      {hasRole(me, 'ADMIN') && (
        <section aria-labelledby="beheer-kop" className="hr-section">
          <Heading level={2} id="beheer-kop">
            Beheer
          </Heading>
          <Paragraph>Als functioneel beheerder richt je Hulproute in voor de school:</Paragraph>
          <UnorderedList>
            <UnorderedListItem>
              <Link to="/beheer/gebruikers" className="utrecht-link">
                Gebruikers
              </Link>
              : wie in welke rol en op welke locatie werkt; iemand vooraf registreren of de toegang afnemen.
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to="/beheer/locaties" className="utrecht-link">
                Locaties en teams
              </Link>
              : de locaties van de school met hun gemeente en code, en de teams per locatie.
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to="/beheer/sociale-kaart" className="utrecht-link">
                Sociale kaart
              </Link>
              : de zorgaanbieders, voor welke leeftijden en woongemeenten; aanbieders deactiveren.
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to="/beheer/instellingen" className="utrecht-link">
                Instellingen
              </Link>
              : bewaartermijnen, noodtoegang en termijnen in het proces (alleen bekijken).
            </UnorderedListItem>
          </UnorderedList>
        </section>
      )}
    </>
  );
}
