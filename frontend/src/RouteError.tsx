import { Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from './components/PageTitle';

/** When a page itself breaks: a calm message and a way back, never the error's internals. */
export function RouteError() {
  return (
    <main id="inhoud" className="hr-main">
      <PageTitle>Er ging iets mis</PageTitle>
      <Paragraph>
        Deze pagina kon niet worden getoond. Laad de pagina opnieuw; blijft het misgaan, meld het dan bij de functioneel
        beheerder.
      </Paragraph>
      <Paragraph>
        <a href="/" className="utrecht-link">
          Naar de startpagina
        </a>
      </Paragraph>
    </main>
  );
}
