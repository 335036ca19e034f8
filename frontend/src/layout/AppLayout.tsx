import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { signOut, useNotifications } from '../api/queries';
import type { Me } from '../api/types';
import { roleLabel } from '../i18n/nl';
import { hasRole, useSession } from '../session/SessionContext';

interface NavItem {
  to: string;
  label: string;
  /** Unread notifications, shown next to the label when there are any. */
  unread?: number;
}

/** The menu follows the roles: nobody is shown a page their role cannot use. Everyone has their notifications. */
export function navigationFor(me: Pick<Me, 'roles'>, unread = 0): NavItem[] {
  const items: NavItem[] = [];
  if (hasRole(me, 'SLB')) {
    items.push({ to: '/signaal-melden', label: 'Signaal melden' }, { to: '/mijn-signalen', label: 'Mijn signalen' });
  }
  if (hasRole(me, 'ZORGCOORDINATOR')) {
    items.push(
      { to: '/caseload', label: 'Caseload' },
      { to: '/wachtlijst', label: 'Wachtlijst' },
      { to: '/afspraken', label: 'Evaluaties' },
      { to: '/naleving', label: 'Naleving' },
      { to: '/wachttijden', label: 'Wachttijden' },
      { to: '/noodtoegang', label: 'Noodtoegang' },
    );
  } else if (hasRole(me, 'EXTERNAL_PROFESSIONAL')) {
    items.push({ to: '/caseload', label: 'Mijn overdrachten' }, { to: '/wachtlijst', label: 'Wachtlijst' });
  } else if (hasRole(me, 'SLB')) items.push({ to: '/wachtlijst', label: 'Overbrugging' });
  if (hasRole(me, 'AUDITOR', 'ADMIN')) items.push({ to: '/overzicht', label: 'Overzicht' });
  if (hasRole(me, 'AUDITOR')) {
    if (!hasRole(me, 'ZORGCOORDINATOR')) {
      items.push({ to: '/naleving', label: 'Naleving' }, { to: '/wachttijden', label: 'Wachttijden' });
    }
    items.push({ to: '/toegangslog', label: 'Toegangslog' });
  }
  if (hasRole(me, 'ADMIN')) {
    items.push(
      { to: '/beheer/gebruikers', label: 'Gebruikers' },
      { to: '/beheer/locaties', label: 'Locaties en teams' },
      { to: '/beheer/sociale-kaart', label: 'Sociale kaart' },
      { to: '/beheer/instellingen', label: 'Instellingen' },
      { to: '/beheer/e-mail', label: 'E-mail' },
    );
  }
  items.push({ to: '/meldingen', label: 'Meldingen', unread });
  return items;
}

/** "Je hebt een nieuwe melding" once, when the unread count goes up while the app is open (not on the first load). */
function useNewNotificationAnnouncement(unread: number | undefined): string {
  const [seen, setSeen] = useState(unread);
  const [announcement, setAnnouncement] = useState('');
  if (unread !== seen) {
    setSeen(unread);
    if (seen !== undefined && unread !== undefined && unread > seen) {
      setAnnouncement(
        unread - seen === 1 ? 'Je hebt een nieuwe melding.' : `Je hebt ${unread - seen} nieuwe meldingen.`,
      );
    }
  }
  return announcement;
}

export function AppLayout() {
  const me = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  const inbox = useNotifications();
  const unread = inbox.data?.unread;
  const announcement = useNewNotificationAnnouncement(unread);

  async function logOut() {
    setSigningOut(true);
    try {
      await signOut();
    } finally {
      client.clear();
      setSigningOut(false);
      navigate('/login', { replace: true });
    }
  }

  const roles = (me.roles ?? []).map((role) => roleLabel[role]).join(', ');
  return (
    <div className="hr-app">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="hr-header">
        <div className="hr-header__inner">
          <span className="hr-logo">Hulproute</span>
          <nav aria-label="Hoofdmenu" className="hr-nav">
            <ul>
              {navigationFor(me, unread).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className="hr-nav__link">
                    {item.label}
                    {Boolean(item.unread) && (
                      <span className="hr-nav__count">
                        {' '}
                        ({item.unread}
                        <span className="hr-visually-hidden"> ongelezen</span>)
                      </span>
                    )}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div aria-live="polite" className="hr-visually-hidden" data-testid="notification-announcement">
            {announcement}
          </div>
          <div className="hr-user">
            <span>
              {me.displayName} <span className="hr-user__role">({roles})</span>
            </span>
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle hr-user__logout"
              onClick={() => void logOut()}
              disabled={signingOut}
            >
              Uitloggen
            </button>
          </div>
        </div>
      </header>
      <main id="inhoud" className="hr-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
