import { Link, useParams } from 'react-router';
import type { Me } from '../../../../shared/api/sessions.responses';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { useConversation } from '../api/use-messages';
import { MessageList } from '../components/message-list';
import { SendMessageForm } from '../components/send-message-form';
import { ServiceHours } from '../components/service-hours';
import '../messages.css';

/** A person's conversation with their care team: for the person "Your messages", for others the person's. */
export function ConversationPage({ me }: { me: Me }) {
  const personId = useParams().personId ?? '';
  const isThePerson = me.role === 'service_user' && me.personId === personId;
  usePageTitle(isThePerson ? 'Your messages with your care team' : 'Messages with the care team');
  const conversation = useConversation(personId);
  const data = conversation.data;
  return (
    <>
      <h1>{conversationHeading(isThePerson, data?.personName)}</h1>
      {/* Someone refused the conversation is told so, and nothing about sending to it. */}
      {!conversation.isError && (
        <p className="lead">
          {isThePerson
            ? 'Messages go to everyone in your care team, so someone sees them even when your care coordinator is away. You can see when each message was read.'
            : 'This conversation is part of the person’s record. Messages go to the whole care team.'}
        </p>
      )}
      {conversation.isPending && <LoadingMessage what="messages" />}
      {conversation.isError && <ErrorMessage error={conversation.error} />}
      {data && (
        <>
          <ServiceHours
            teamContact={data.teamContact}
            crisisContacts={data.crisisContacts}
            safetyPlanContacts={data.safetyPlanContacts}
            safetyPlanHeading={isThePerson ? 'From your safety plan' : `From ${data.personName}’s safety plan`}
            speaksToPerson={me.role !== 'worker' && me.role !== 'team_manager'}
          />
          <section aria-labelledby="conversation-heading">
            <h2 id="conversation-heading">Conversation{data.newForReader > 0 ? ` (${data.newForReader} new)` : ''}</h2>
            <MessageList messages={data.messages} />
          </section>
          {data.canSend ? (
            <SendMessageForm
              personId={personId}
              accountId={me.accountId}
              label={isThePerson ? 'Your message to your care team' : 'Your message'}
            />
          ) : (
            <p className="muted">This record is closed: messages can be read but no new ones sent.</p>
          )}
        </>
      )}
      <p>
        <Link to={isThePerson ? '/my-page' : `/people/${encodeURIComponent(personId)}`}>
          {isThePerson ? 'Back to my page' : 'Back to the record'}
        </Link>
      </p>
    </>
  );
}

/** The page's heading: the person's name once the conversation is read, a whole heading before (or without) it. */
function conversationHeading(isThePerson: boolean, personName: string | undefined): string {
  if (isThePerson) return 'Your messages with your care team';
  return personName ? `Messages: ${personName}` : 'Messages with the care team';
}
