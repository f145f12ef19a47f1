import type { ConversationResponse } from '../../../../shared/api/messages.responses';

/** When the team reads messages, and who to ring in a crisis: beside every conversation, so nobody waits on a message in an emergency. */
export function ServiceHours({
  teamContact,
  crisisContacts,
  safetyPlanContacts,
  safetyPlanHeading,
  speaksToPerson,
}: Pick<ConversationResponse, 'teamContact' | 'crisisContacts' | 'safetyPlanContacts'> & {
  /** Whose plan the contacts come from, in words for the reader ("From your safety plan"). */
  safetyPlanHeading: string;
  speaksToPerson: boolean;
}) {
  return (
    <aside className="notice notice--warning" aria-labelledby="service-hours-heading">
      <h2 className="notice__title" id="service-hours-heading">
        When the team reads messages
      </h2>
      <p>
        {teamContact.serviceHours
          ? `${teamContact.teamName || 'The team'} reads messages ${teamContact.serviceHours}.`
          : `${teamContact.teamName || 'The team'} reads messages in working hours.`}{' '}
        {teamContact.phone ? `To talk to someone in those hours, ring ${teamContact.phone}.` : null}
      </p>
      <p>
        {speaksToPerson ? 'Messages are not watched all the time. ' : ''}
        <strong>In a crisis, do not wait for a reply:</strong>{' '}
        {crisisContacts.length > 0 ? 'ring' : 'ring 999, or NHS 111 and choose the mental health option.'}
      </p>
      {crisisContacts.length > 0 && (
        <ul>
          {crisisContacts.map((contact) => (
            <li key={`${contact.name}-${contact.phone}`}>
              {contact.name}: <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
              {contact.hours ? ` (${contact.hours})` : ''}
              {contact.note ? `. ${contact.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      {safetyPlanContacts && safetyPlanContacts.length > 0 && (
        <>
          <h3 className="service-hours__plan-heading">{safetyPlanHeading}</h3>
          {safetyPlanContacts.map((section) => (
            <div key={section.key}>
              <h4 className="service-hours__section-heading">{section.heading}</h4>
              <p className="service-hours__section-text">{section.text}</p>
            </div>
          ))}
        </>
      )}
    </aside>
  );
}
