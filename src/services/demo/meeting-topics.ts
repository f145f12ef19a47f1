import type { ActionOwner } from '../../domain/meetings/meeting-action';

// What people talk about at meetings, area by area, for the four steps after DIALOG+: short
// notes in the worker's words, plain and respectful, about what was found and agreed together.
// "They" is the person; "I" is the worker writing the note.

/** An action that may be agreed about an area, with the note the worker writes for it. */
export interface ActionIdea {
  owner: ActionOwner;
  /** Only for 'other': who will do it. */
  ownerName?: string;
  description: string;
  note: string;
}

export interface AreaTopic {
  understanding: readonly string[];
  lookingForward: readonly string[];
  exploringOptions: readonly string[];
  actions: readonly ActionIdea[];
}

/** Notes and actions for each rated area, keyed by the area's item id in the ratings instrument. */
export const AREA_TOPICS: Readonly<Record<string, AreaTopic>> = {
  'mental-health': {
    understanding: [
      'Low mood most mornings for the last fortnight; evenings are easier.',
      'The voices have been louder since the move. Headphones help a bit.',
      'More anxious about going out since the trouble at the bus stop.',
    ],
    lookingForward: ['To get through a week without staying in bed all day.', 'To feel settled enough to go back to the allotment.'],
    exploringOptions: [
      'Talked about what helped last winter: a routine, the walking group, seeing their brother.',
      'Looked at the early signs part of the plan and what to try first.',
      'Thought about asking the psychologist for a few sessions.',
    ],
    actions: [
      { owner: 'person', description: 'Keep a short mood diary for two weeks', note: 'They will try a mood diary; we look at it together next time.' },
      { owner: 'worker', description: 'Ask the psychologist about a few sessions', note: 'I will ask the psychologist about a few sessions.' },
      { owner: 'person', description: 'Try the grounding exercise when things get loud', note: 'They will practise the grounding exercise and note what helps.' },
    ],
  },
  'physical-health': {
    understanding: [
      'Tired all the time and putting on weight since the new tablets.',
      'Tooth pain for weeks; has not seen a dentist in years.',
      'Wants to stop smoking but finds the afternoons hard.',
    ],
    lookingForward: ['Enough energy to walk to the shops and back.', 'A health check without waiting all day.'],
    exploringOptions: [
      'Talked about the yearly health check at the GP and what it covers.',
      'Looked at the stop smoking service together.',
      'Went through the list of dentists taking new people.',
    ],
    actions: [
      { owner: 'person', description: 'Book the yearly health check at the GP', note: 'They will book the health check; I will send a reminder text.' },
      { owner: 'worker', description: 'Find a dentist taking new people', note: 'I will look for a dentist taking new people.' },
      { owner: 'other', ownerName: 'Stop smoking adviser', description: 'Ring with a first appointment', note: 'The stop smoking adviser will ring them with a first appointment.' },
    ],
  },
  'job-situation': {
    understanding: [
      'Out of work for two years and misses having a reason to get up.',
      'Worried that any work will affect their benefits.',
      'Volunteering at the charity shop is going well; thinking about paid work.',
    ],
    lookingForward: ['A few hours of paid work by the summer.', 'To know what they could earn without losing support.'],
    exploringOptions: ['Talked about meeting the employment specialist.', 'Looked at how paid hours would sit with their benefits.'],
    actions: [
      { owner: 'worker', description: 'Set up a joint meeting with the employment specialist', note: 'I will set up a joint meeting with the employment specialist.' },
      { owner: 'person', description: 'Add the volunteering to the CV', note: 'They will add the charity shop work to their CV.' },
      { owner: 'other', ownerName: 'Welfare rights adviser', description: 'Work out how paid hours affect benefits', note: 'The welfare rights adviser will work out how paid hours would affect their benefits.' },
    ],
  },
  accommodation: {
    understanding: [
      'Damp in the bedroom; the landlord has not replied to two messages.',
      'Noise from the flat upstairs keeps them awake.',
      'Behind on rent after the benefit change and worried about a letter.',
    ],
    lookingForward: ['A dry, warm room before the winter.', 'To feel safe and settled at home.'],
    exploringOptions: ['Talked about the repairs line and the tenants’ advice service.', 'Looked at asking for a housing transfer and what it takes.'],
    actions: [
      { owner: 'person', description: 'Ring the repairs line about the damp', note: 'They will ring the repairs line; I will chase if there is no reply in a week.' },
      { owner: 'worker', description: 'Write a support letter for the housing application', note: 'I will write a support letter for the housing application.' },
      { owner: 'other', ownerName: 'Housing officer', description: 'Visit to look at the damp', note: 'The housing officer will visit to look at the damp.' },
    ],
  },
  'leisure-activities': {
    understanding: [
      'Days feel long; mostly watching television.',
      'Used to love football but has not played for years.',
      'Enjoyed the first morning at the community garden.',
    ],
    lookingForward: ['One thing to look forward to each week.', 'A kick-about with others, just for fun.'],
    exploringOptions: ['Looked at the Recovery College prospectus together.', 'Talked about the walking group and the free swim sessions.'],
    actions: [
      { owner: 'person', description: 'Go to the walking group on Thursday', note: 'They will try the walking group on Thursday.' },
      { owner: 'worker', description: 'Send the Recovery College enrolment form', note: 'I will send the Recovery College form.' },
      { owner: 'person', description: 'Go back to the community garden', note: 'They will go back to the garden next week.' },
    ],
  },
  friendships: {
    understanding: [
      'Lost touch with most friends during the last stay in hospital.',
      'Sees one friend on Fridays and would like more company.',
      'Finds it hard to start conversations in groups.',
    ],
    lookingForward: ['Someone to go to the café with.', 'To feel less lonely at weekends.'],
    exploringOptions: ['Talked about the peer support group and what happens there.', 'Thought about texting an old friend to say hello.'],
    actions: [
      { owner: 'person', description: 'Text an old school friend', note: 'They will text their old friend this week.' },
      { owner: 'worker', description: 'Ask the peer worker about the Tuesday group', note: 'I will ask the peer worker about the Tuesday group.' },
      { owner: 'other', ownerName: 'Peer support worker', description: 'Go along to the first group together', note: 'The peer worker will go with them to the first group.' },
    ],
  },
  'partner-family': {
    understanding: [
      'Arguments at home about money have been getting worse.',
      'Misses the children; contact was cut back last year.',
      'Their mother worries a lot and rings many times a day.',
    ],
    lookingForward: ['Calmer evenings at home.', 'Regular time with the children.'],
    exploringOptions: ['Talked about a family meeting with the team.', 'Looked at what they would like their family to know, and what not.'],
    actions: [
      { owner: 'worker', description: 'Offer a family meeting', note: 'I will offer a family meeting at a time that suits everyone.' },
      { owner: 'person', description: 'Suggest one call a day to their mother', note: 'They will suggest one call a day to their mother.' },
      { owner: 'other', ownerName: 'Family support service', description: 'Ring about contact with the children', note: 'The family support service will ring them about contact with the children.' },
    ],
  },
  'personal-safety': {
    understanding: [
      'Someone has been asking them for money outside the flat.',
      'Had thoughts of harming themselves last week and used the safety plan.',
      'Feels unsafe walking home after dark.',
    ],
    lookingForward: ['To feel safe at home and on the way back from town.', 'To know who to call if things get bad at night.'],
    exploringOptions: ['Went through the safety plan together and updated the numbers.', 'Talked about the neighbourhood police team and a door camera.'],
    actions: [
      { owner: 'person', description: 'Save the crisis line number in the phone', note: 'They will save the crisis line number in their phone.' },
      { owner: 'worker', description: 'Update the safety plan with the new numbers', note: 'I will update the safety plan with them and share a copy.' },
      { owner: 'other', ownerName: 'Neighbourhood police team', description: 'Visit about the people outside the flat', note: 'The neighbourhood police team will visit about the people outside.' },
    ],
  },
  medication: {
    understanding: [
      'Feels slowed down on the current dose and sleeps too long.',
      'Sometimes forgets the evening tablets.',
      'The new tablets seem to help, with fewer side effects than before.',
    ],
    lookingForward: ['To feel clear-headed in the mornings.', 'To take fewer tablets in the long run.'],
    exploringOptions: ['Talked about raising the side effects with the psychiatrist.', 'Looked at a weekly pill box and phone reminders.'],
    actions: [
      { owner: 'worker', description: 'Ask the psychiatrist for an earlier review', note: 'I will ask the psychiatrist for an earlier review of the dose.' },
      { owner: 'person', description: 'Set a phone reminder for the evening tablets', note: 'They will try a phone reminder for the evening tablets.' },
      { owner: 'other', ownerName: 'Pharmacist', description: 'Make up a weekly pill box', note: 'The pharmacist will make up a weekly pill box.' },
    ],
  },
  'practical-help': {
    understanding: [
      'Letters from the benefits office pile up unopened.',
      'Needs help with the online form for a bus pass.',
      'Hard to get to the shops since the bus route changed.',
    ],
    lookingForward: ['On top of the post and the bills.', 'Able to get about town without worrying about the fare.'],
    exploringOptions: ['Talked about opening the letters together at the next visit.', 'Looked at the bus pass scheme and who can help with the form.'],
    actions: [
      { owner: 'worker', description: 'Bring the bus pass form to the next visit', note: 'I will bring the bus pass form and we fill it in together.' },
      { owner: 'person', description: 'Gather the unopened letters for next time', note: 'They will gather the letters so we can go through them.' },
      { owner: 'other', ownerName: 'Citizens Advice', description: 'Go through the debts at an appointment', note: 'Citizens Advice will go through the debts with them.' },
    ],
  },
  meetings: {
    understanding: [
      'Meetings at the clinic feel rushed and formal.',
      'Would rather meet somewhere other than at home.',
      'Finds it hard when the worker changes and the story has to be told again.',
    ],
    lookingForward: ['Meetings that feel like a conversation.', 'To know when the next meeting is and who it is with.'],
    exploringOptions: ['Talked about meeting at the café or going for a walk instead.', 'Agreed to start each meeting with what matters most to them.'],
    actions: [
      { owner: 'worker', description: 'Book the next meeting at the café they chose', note: 'I will book the next meeting at the café they chose.' },
      { owner: 'person', description: 'Jot down what to talk about next time', note: 'They will jot down what they want to cover next time.' },
      { owner: 'worker', description: 'Send a text the day before each visit', note: 'I will text the day before each visit.' },
    ],
  },
};
