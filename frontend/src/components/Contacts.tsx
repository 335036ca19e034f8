import { useLocationContacts } from '../api/queries';

/**
 * Whom to reach: the zorgcoördinatoren of a location with their phone number (a link that dials) and e-mail. Shows
 * nothing while loading or when the location has none, so it never stands between someone and what they must do.
 */
export function Contacts({ locationId, label }: { locationId: number | undefined; label: string }) {
  const contacts = useLocationContacts(locationId);
  const list = contacts.data ?? [];
  if (list.length === 0) return null;
  return (
    <div className="hr-contacts">
      <p className="hr-contacts__label">{label}</p>
      <ul className="hr-contacts__list">
        {list.map((contact) => (
          <li key={contact.id}>
            <strong>{contact.name}</strong>
            {contact.phone ? (
              <>
                {' '}
                <a className="utrecht-link" href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>
                  {contact.phone}
                </a>
              </>
            ) : (
              <span className="hr-muted"> (geen telefoonnummer bekend)</span>
            )}
            {contact.email && (
              <>
                {' · '}
                <a className="utrecht-link" href={`mailto:${contact.email}`}>
                  {contact.email}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
