import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../../api/queries';
import type { AppNotification } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, errorText, LoadingState } from '../../components/States';
import { formatDateTime } from '../../format';
import { notificationKindHint, notificationKindText } from '../../i18n/nl';
import { mayOpen } from '../../session/pages';
import { useSession } from '../../session/SessionContext';

/** Meldingen: what I should know, newest first. Opening one marks it read and goes where it points, if I may. */
export function NotificationsPage() {
  const [page, setPage] = useState(0);
  const inbox = useNotifications(page);
  const markAll = useMarkAllNotificationsRead();
  const list = inbox.data?.notifications.content ?? [];
  return (
    <>
      <PageTitle>Meldingen</PageTitle>
      <Paragraph>
        Hier hoor je wat je moet weten, bijvoorbeeld dat een collega van een andere locatie noodtoegang gebruikte voor
        een student van jouw locatie. Nieuwe meldingen verschijnen vanzelf.
      </Paragraph>
      <div aria-busy={inbox.isFetching}>
        {inbox.isPending && <LoadingState label="Je meldingen worden geladen…" />}
        {inbox.error && <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />}
        {inbox.data && (
          <div className="hr-notifications__summary">
            <p className="hr-muted">
              {inbox.data.unread === 0
                ? 'Je hebt alles gelezen.'
                : inbox.data.unread === 1
                  ? '1 ongelezen melding.'
                  : `${inbox.data.unread} ongelezen meldingen.`}
            </p>
            {inbox.data.unread > 0 && (
              <Button
                type="button"
                appearance="secondary-action-button"
                busy={markAll.isPending}
                disabled={markAll.isPending}
                onClick={() => markAll.mutate()}
              >
                Alles gelezen
              </Button>
            )}
            {markAll.error && (
              <p className="hr-notification__error" role="alert">
                {errorText(markAll.error)}
              </p>
            )}
          </div>
        )}
        {inbox.data && list.length === 0 && (
          <EmptyState title="Je hebt geen meldingen">
            <Paragraph>
              Zodra er iets is dat je moet weten, staat het hier en zie je het aantal in het menu bij Meldingen.
            </Paragraph>
          </EmptyState>
        )}
        {list.length > 0 && (
          <ul className="hr-notifications" aria-label="Meldingen, nieuwste eerst">
            {list.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} />
            ))}
          </ul>
        )}
      </div>
      {inbox.data && (
        <Pager
          page={page}
          totalPages={inbox.data.notifications.totalPages}
          onPage={setPage}
          label="Pagina's van je meldingen"
        />
      )}
    </>
  );
}

function NotificationItem({ notification }: { notification: AppNotification }) {
  const me = useSession();
  const markRead = useMarkNotificationRead();
  const unread = !notification.readAt;
  const followable = mayOpen(me, notification.link);
  const hint = !followable ? notificationKindHint[notification.kind] : undefined;
  const titleId = `melding-${notification.id}`;
  return (
    <li className={`hr-notification${unread ? ' hr-notification--unread' : ''}`}>
      <p className="hr-notification__meta">
        {unread && <span className="hr-badge hr-badge--new">Nieuw</span>}{' '}
        {notification.doneAt && <span className="hr-badge hr-badge--done">Afgehandeld</span>}{' '}
        <span>{notificationKindText(notification.kind)}</span> ·{' '}
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
      </p>
      <p className="hr-notification__title" id={titleId}>
        {followable && notification.link ? (
          <Link
            to={notification.link}
            className="utrecht-link"
            onClick={() => {
              if (unread) markRead.mutate(notification.id);
            }}
          >
            {notification.title}
          </Link>
        ) : (
          notification.title
        )}
      </p>
      {hint && <p className="hr-notification__hint">{hint}</p>}
      {unread && !followable && (
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={markRead.isPending}
          disabled={markRead.isPending}
          onClick={() => markRead.mutate(notification.id)}
          aria-describedby={titleId}
        >
          Markeer als gelezen
        </Button>
      )}
      {notification.doneAt ? (
        <p className="hr-muted hr-notification__read">Afgehandeld op {formatDateTime(notification.doneAt)}</p>
      ) : (
        !unread &&
        notification.readAt && (
          <p className="hr-muted hr-notification__read">Gelezen op {formatDateTime(notification.readAt)}</p>
        )
      )}
      {markRead.error && (
        <p className="hr-notification__error" role="alert">
          {errorText(markRead.error)}
        </p>
      )}
    </li>
  );
}
