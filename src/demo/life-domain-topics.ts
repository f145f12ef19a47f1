import type { AreaTopic } from './area-topic';

/** Conversations about the eight life domains the person rates. */
export const LIFE_DOMAIN_TOPICS: Readonly<Record<string, AreaTopic>> = {
  'mental-health': {
    hard: [
      {
        understanding: 'Low mood most mornings for the last fortnight; evenings are easier.',
        lookingForward: 'To get through a week without staying in bed all day.',
        exploringOptions: 'Talked about what helped last winter: a routine, the walking group, seeing their brother.',
        actions: [
          {
            owner: 'person',
            description: 'Keep a short mood diary for two weeks',
            note: 'They will try a mood diary; we look at it together next time.',
          },
          {
            owner: 'worker',
            description: 'Ask the psychologist about a few sessions',
            note: 'I will ask the psychologist about a few sessions.',
          },
        ],
      },
      {
        understanding: 'The voices have been louder since the move. Headphones help a bit.',
        lookingForward: 'To feel settled enough to go back to the allotment.',
        exploringOptions: 'Looked at the early signs part of the plan and what to try first.',
        actions: [
          {
            owner: 'person',
            description: 'Try the grounding exercise when the voices get loud',
            note: 'They will practise the grounding exercise and note what helps.',
          },
          {
            owner: 'worker',
            description: 'Let the psychiatrist know about the voices',
            note: 'With their agreement, I will let the psychiatrist know.',
          },
        ],
      },
    ],
    goingWell: {
      understanding: 'Feeling steadier than for a long time; sleeping through most nights.',
      lookingForward: 'To keep this going through the winter.',
      exploringOptions: 'Talked about what has made the difference, so it can be kept up.',
      actions: [
        {
          owner: 'person',
          description: 'Write down what has helped, for the plan',
          note: 'They will write down what has helped, in their own words, for the plan.',
        },
        {
          owner: 'worker',
          description: 'Add their early signs to the plan',
          note: 'I will add their early signs to the plan as they described them.',
        },
      ],
    },
  },
  'physical-health': {
    hard: [
      {
        understanding: 'Tired all the time and putting on weight since the new tablets.',
        lookingForward: 'Enough energy to walk to the shops and back.',
        exploringOptions: 'Talked about the yearly health check at the GP and what it covers.',
        actions: [
          {
            owner: 'person',
            description: 'Book the yearly health check at the GP',
            note: 'They will book the health check; I will send a reminder text.',
          },
          {
            owner: 'worker',
            description: 'Ask the psychiatrist about the weight gain',
            note: 'I will ask the psychiatrist about the weight gain.',
          },
        ],
      },
      {
        understanding: 'Tooth pain for weeks; has not seen a dentist in years.',
        lookingForward: 'To eat without pain.',
        exploringOptions: 'Went through the list of dentists taking new people.',
        actions: [
          {
            owner: 'worker',
            description: 'Find a dentist taking new people',
            note: 'I will look for a dentist taking new people.',
          },
          {
            owner: 'person',
            description: 'Ring the dentist for an appointment',
            note: 'They will ring the dentist once we have found one.',
          },
        ],
      },
    ],
    goingWell: {
      understanding: 'Has cut down on smoking and is walking most days.',
      lookingForward: 'To stop smoking altogether by the spring.',
      exploringOptions: 'Looked at the stop smoking service together.',
      actions: [
        {
          owner: 'other',
          ownerName: 'Stop smoking adviser',
          description: 'Ring with a first appointment',
          note: 'The stop smoking adviser will ring them with a first appointment.',
        },
        {
          owner: 'person',
          description: 'Keep up the daily walk',
          note: 'They will keep up the daily walk and tell me how it goes.',
        },
      ],
    },
  },
  'job-situation': {
    hard: [
      {
        understanding: 'Out of work for two years and misses having a reason to get up.',
        lookingForward: 'A few hours of paid work by the summer.',
        exploringOptions: 'Talked about meeting the employment specialist.',
        actions: [
          {
            owner: 'worker',
            description: 'Set up a joint meeting with the employment specialist',
            note: 'I will set up a joint meeting with the employment specialist.',
          },
          {
            owner: 'person',
            description: 'List the jobs they have enjoyed',
            note: 'They will list the jobs they enjoyed and why.',
          },
        ],
      },
      {
        understanding: 'Worried that any work will affect their benefits.',
        lookingForward: 'To know what they could earn without losing support.',
        exploringOptions: 'Looked at how paid hours would sit with their benefits.',
        actions: [
          {
            owner: 'other',
            ownerName: 'Welfare rights adviser',
            description: 'Work out how paid hours affect benefits',
            note: 'The welfare rights adviser will work out how paid hours would affect their benefits.',
          },
          {
            owner: 'worker',
            description: 'Book the welfare rights appointment',
            note: 'I will book the welfare rights appointment with them.',
          },
        ],
      },
    ],
    goingWell: {
      understanding: 'Volunteering at the charity shop is going well; thinking about paid work.',
      lookingForward: 'A paid job with hours that suit them.',
      exploringOptions: 'Talked about what they enjoy at the shop and where that could lead.',
      actions: [
        {
          owner: 'person',
          description: 'Add the volunteering to the CV',
          note: 'They will add the charity shop work to their CV.',
        },
        {
          owner: 'worker',
          description: 'Introduce them to the employment specialist',
          note: 'I will introduce them to the employment specialist.',
        },
      ],
    },
  },
  accommodation: {
    hard: [
      {
        understanding: 'Damp in the bedroom; the landlord has not replied to two messages.',
        lookingForward: 'A dry, warm room before the winter.',
        exploringOptions: 'Talked about the repairs line and the tenants’ advice service.',
        actions: [
          {
            owner: 'person',
            description: 'Ring the repairs line about the damp',
            note: 'They will ring the repairs line; I will chase if there is no reply in a week.',
          },
          {
            owner: 'other',
            ownerName: 'Housing officer',
            description: 'Visit to look at the damp',
            note: 'The housing officer will visit to look at the damp.',
          },
        ],
      },
      {
        understanding: 'Behind on rent after the benefit change and worried about a letter.',
        lookingForward: 'To feel safe and settled at home.',
        exploringOptions: 'Looked at a payment plan and who could help set it up.',
        actions: [
          {
            owner: 'other',
            ownerName: 'Citizens Advice',
            description: 'Help set up a rent payment plan',
            note: 'Citizens Advice will help them set up a payment plan.',
          },
          {
            owner: 'worker',
            description: 'Write a support letter to the housing office',
            note: 'I will write a support letter to the housing office.',
          },
        ],
      },
    ],
    goingWell: {
      understanding: 'Settled in the new flat and likes the area.',
      lookingForward: 'To make the flat feel like home.',
      exploringOptions: 'Talked about the furniture scheme and getting to know the neighbours.',
      actions: [
        {
          owner: 'person',
          description: 'Apply to the furniture scheme for a sofa',
          note: 'They will apply to the furniture scheme for a sofa.',
        },
        {
          owner: 'worker',
          description: 'Send the furniture scheme details',
          note: 'I will send them the furniture scheme details.',
        },
      ],
    },
  },
  'leisure-activities': {
    hard: [
      {
        understanding: 'Days feel long; mostly watching television.',
        lookingForward: 'One thing to look forward to each week.',
        exploringOptions: 'Talked about the walking group and the free swim sessions.',
        actions: [
          {
            owner: 'person',
            description: 'Go to the walking group on Thursday',
            note: 'They will try the walking group on Thursday.',
          },
          {
            owner: 'worker',
            description: 'Find out the free swim times',
            note: 'I will find out the free swim times.',
          },
        ],
      },
      {
        understanding: 'Used to love football but has not played for years.',
        lookingForward: 'A kick-about with others, just for fun.',
        exploringOptions: 'Looked at the Sunday football group and how to get there.',
        actions: [
          {
            owner: 'other',
            ownerName: 'Peer support worker',
            description: 'Go along to the first football session',
            note: 'The peer worker will go with them to the first session.',
          },
          { owner: 'person', description: 'Find the old football boots', note: 'They will dig out their old boots.' },
        ],
      },
    ],
    goingWell: {
      understanding: 'Enjoying the mornings at the community garden.',
      lookingForward: 'To keep going and maybe grow something of their own.',
      exploringOptions: 'Looked at the Recovery College prospectus together.',
      actions: [
        {
          owner: 'person',
          description: 'Ask at the garden about a plot of their own',
          note: 'They will ask at the garden about a plot of their own.',
        },
        {
          owner: 'worker',
          description: 'Send the Recovery College enrolment form',
          note: 'I will send the Recovery College form.',
        },
      ],
    },
  },
  friendships: {
    hard: [
      {
        understanding: 'Lost touch with most friends during the last stay in hospital.',
        lookingForward: 'To feel less lonely at weekends.',
        exploringOptions: 'Thought about texting an old friend to say hello.',
        actions: [
          {
            owner: 'person',
            description: 'Text an old school friend',
            note: 'They will text their old friend this week.',
          },
          {
            owner: 'worker',
            description: 'Ask the peer worker about the Tuesday group',
            note: 'I will ask the peer worker about the Tuesday group.',
          },
        ],
      },
      {
        understanding: 'Finds it hard to start conversations in groups.',
        lookingForward: 'Someone to go to the café with.',
        exploringOptions: 'Talked about the peer support group and what happens there.',
        actions: [
          {
            owner: 'other',
            ownerName: 'Peer support worker',
            description: 'Go along to the first group together',
            note: 'The peer worker will go with them to the first group.',
          },
          {
            owner: 'person',
            description: 'Read the group leaflet before Tuesday',
            note: 'They will read the group leaflet before Tuesday.',
          },
        ],
      },
    ],
    goingWell: {
      understanding: 'Sees a friend on Fridays and the two of them get on well.',
      lookingForward: 'To do something new together now and then.',
      exploringOptions: 'Talked about the film club at the library.',
      actions: [
        {
          owner: 'person',
          description: 'Ask their friend about the film club',
          note: 'They will ask their friend about the film club.',
        },
        {
          owner: 'worker',
          description: 'Bring the library events list',
          note: 'I will bring the library events list next time.',
        },
      ],
    },
  },
  'partner-family': {
    hard: [
      {
        understanding: 'Arguments at home about money have been getting worse.',
        lookingForward: 'Calmer evenings at home.',
        exploringOptions: 'Talked about a family meeting with the team.',
        actions: [
          {
            owner: 'worker',
            description: 'Offer a family meeting',
            note: 'I will offer a family meeting at a time that suits everyone.',
          },
          {
            owner: 'other',
            ownerName: 'Citizens Advice',
            description: 'Go through the household bills',
            note: 'Citizens Advice will go through the household bills with them.',
          },
        ],
      },
      {
        understanding: 'Misses the children; contact was cut back last year.',
        lookingForward: 'Regular time with the children.',
        exploringOptions: 'Looked at how contact could be agreed again.',
        actions: [
          {
            owner: 'other',
            ownerName: 'Family support service',
            description: 'Ring about contact with the children',
            note: 'The family support service will ring them about contact with the children.',
          },
          {
            owner: 'person',
            description: 'Write down their questions about contact',
            note: 'They will write down their questions about contact.',
          },
        ],
      },
    ],
    goingWell: {
      understanding: 'Getting on better with their mother since they talk once a day.',
      lookingForward: 'To keep the daily call and visit at the weekend.',
      exploringOptions: 'Looked at what they would like their family to know, and what not.',
      actions: [
        {
          owner: 'person',
          description: 'Invite their mother for Sunday lunch',
          note: 'They will invite their mother for Sunday lunch.',
        },
        {
          owner: 'worker',
          description: 'Send the information pack for families',
          note: 'I will send the information pack for families, as they asked.',
        },
      ],
    },
  },
  'personal-safety': {
    hard: [
      {
        understanding: 'Someone has been asking them for money outside the flat.',
        lookingForward: 'To feel safe at home.',
        exploringOptions: 'Talked about the neighbourhood police team and a door camera.',
        actions: [
          {
            owner: 'other',
            ownerName: 'Neighbourhood police team',
            description: 'Visit about the people outside the flat',
            note: 'The neighbourhood police team will visit about the people outside.',
          },
          {
            owner: 'worker',
            description: 'Ask the housing officer about a door camera',
            note: 'I will ask the housing officer about a door camera.',
          },
        ],
      },
      {
        understanding: 'Had thoughts of harming themselves last week and used the safety plan.',
        lookingForward: 'To know who to call if things get bad at night.',
        exploringOptions: 'Went through the safety plan together and updated the numbers.',
        actions: [
          {
            owner: 'person',
            description: 'Save the crisis line number in the phone',
            note: 'They will save the crisis line number in their phone.',
          },
          {
            owner: 'worker',
            description: 'Update the safety plan with the new numbers',
            note: 'I will update the safety plan with them and share a copy.',
          },
        ],
      },
    ],
    goingWell: {
      understanding: 'Feels safer since moving away from the old street.',
      lookingForward: 'To keep feeling safe on the way back from town.',
      exploringOptions: 'Talked about the late bus and walking back with a friend.',
      actions: [
        {
          owner: 'person',
          description: 'Save a taxi number for late nights',
          note: 'They will save a taxi number for late nights.',
        },
        { owner: 'worker', description: 'Check the late bus times', note: 'I will check the late bus times.' },
      ],
    },
  },
};
