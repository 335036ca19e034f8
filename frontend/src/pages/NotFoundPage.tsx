import { Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Pagina niet gevonden</PageTitle>
      <Paragraph>Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.</Paragraph>
      <Paragraph>
        <Link to="/" className="utrecht-link">
          Naar de startpagina
        </Link>
      </Paragraph>
    </>
  );
}
