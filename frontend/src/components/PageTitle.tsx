import { Heading } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

/**
 * The page's one h1, which also sets the document title and takes focus when a page opens, so screen reader
 * users hear where they landed after a client-side navigation.
 */
export function PageTitle({ children, focus = true }: { children: string; focus?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} – Hulproute`;
    if (focus) heading.current?.focus({ preventScroll: true });
  }, [children, focus]);
  return (
    <Heading level={1} ref={heading} tabIndex={-1} className="hr-page-title">
      {children}
    </Heading>
  );
}
