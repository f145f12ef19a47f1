import type { AreaTopic } from './area-topic';

/** Conversations about the three treatment aspects the person rates. */
export const TREATMENT_ASPECT_TOPICS: Readonly<Record<string, AreaTopic>> = {
  medication: {
    hard: [
      {
        understanding: 'Feels slowed down on the current dose and sleeps too long.',
        lookingForward: 'To feel clear-headed in the mornings.',
        exploringOptions: 'Talked about raising the side effects with the psychiatrist.',
        actions: [
          {
            owner: 'worker',
            description: 'Ask the psychiatrist for an earlier review',
            note: 'I will ask the psychiatrist for an earlier review of the dose.',
          },
          {
            owner: 'person',
            description: 'Note the side effects for the review',
            note: 'They will note the side effects to bring to the review.',
          },
        ],
      },
      {
        understanding: 'Sometimes forgets the evening tablets.',
        lookingForward: 'An easy routine for the tablets.',
        exploringOptions: 'Looked at a weekly pill box and phone reminders.',
        actions: [
          {
            owner: 'person',
            description: 'Set a phone reminder for the evening tablets',
            note: 'They will try a phone reminder for the evening tablets.',
          },
          {
            owner: 'other',
            ownerName: 'Pharmacist',
            description: 'Make up a weekly pill box',
            note: 'The pharmacist will make up a weekly pill box.',
          },
        ],
      },
    ],
    goingWell: {
      understanding: 'The new tablets seem to help, with fewer side effects than before.',
      lookingForward: 'To take fewer tablets in the long run.',
      exploringOptions: 'Talked about when it would make sense to review the dose.',
      actions: [
        {
          owner: 'worker',
          description: 'Ask for a review of the dose in three months',
          note: 'I will ask for a review of the dose in three months.',
        },
        {
          owner: 'person',
          description: 'Keep a note of how the new tablets feel',
          note: 'They will keep a short note of how they feel.',
        },
      ],
    },
  },
  'practical-help': {
    hard: [
      {
        understanding: 'Letters from the benefits office pile up unopened.',
        lookingForward: 'On top of the post and the bills.',
        exploringOptions: 'Talked about opening the letters together at the next visit.',
        actions: [
          {
            owner: 'person',
            description: 'Gather the unopened letters for next time',
            note: 'They will gather the letters so we can go through them.',
          },
          {
            owner: 'other',
            ownerName: 'Citizens Advice',
            description: 'Go through the debts at an appointment',
            note: 'Citizens Advice will go through the debts with them.',
          },
        ],
      },
      {
        understanding: 'Hard to get to the shops since the bus route changed.',
        lookingForward: 'Able to get about town without worrying about the fare.',
        exploringOptions: 'Looked at the bus pass scheme and who can help with the form.',
        actions: [
          {
            owner: 'worker',
            description: 'Bring the bus pass form to the next visit',
            note: 'I will bring the bus pass form and we fill it in together.',
          },
          {
            owner: 'person',
            description: 'Get a photo for the bus pass',
            note: 'They will get a photo for the bus pass.',
          },
        ],
      },
    ],
    goingWell: {
      understanding: 'The help with forms has made a real difference; the bills are up to date.',
      lookingForward: 'To manage the post on their own.',
      exploringOptions: 'Talked about a simple way to sort the post each week.',
      actions: [
        {
          owner: 'person',
          description: 'Try a tray for post that needs an answer',
          note: 'They will try a tray for post that needs an answer.',
        },
        {
          owner: 'worker',
          description: 'Check in about the post in a month',
          note: 'I will check in about the post in a month.',
        },
      ],
    },
  },
  meetings: {
    hard: [
      {
        understanding: 'Meetings at the clinic feel rushed and formal.',
        lookingForward: 'Meetings that feel like a conversation.',
        exploringOptions: 'Agreed to start each meeting with what matters most to them.',
        actions: [
          {
            owner: 'person',
            description: 'Jot down what to talk about next time',
            note: 'They will jot down what they want to cover next time.',
          },
          {
            owner: 'worker',
            description: 'Book a longer slot next time',
            note: 'I will book a longer slot next time.',
          },
        ],
      },
      {
        understanding: 'Finds it hard when the worker changes and the story has to be told again.',
        lookingForward: 'To know when the next meeting is and who it is with.',
        exploringOptions: 'Talked about what they want a new worker to know from the start.',
        actions: [
          {
            owner: 'worker',
            description: 'Send a text the day before each visit',
            note: 'I will text the day before each visit.',
          },
          {
            owner: 'person',
            description: 'Write a short page about themselves for the plan',
            note: 'They will write a short page about themselves for the plan.',
          },
        ],
      },
    ],
    goingWell: {
      understanding: 'Likes meeting at the café; it feels more relaxed.',
      lookingForward: 'To keep meeting somewhere that suits them.',
      exploringOptions: 'Talked about going for a walk while we talk, now and then.',
      actions: [
        {
          owner: 'worker',
          description: 'Book the next meeting at the café they chose',
          note: 'I will book the next meeting at the café they chose.',
        },
        {
          owner: 'person',
          description: 'Choose where to meet next time',
          note: 'They will choose where we meet next time.',
        },
      ],
    },
  },
};
