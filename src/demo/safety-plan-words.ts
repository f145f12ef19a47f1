// What demo people write in their safety plans, section by section, in their own plain words. The
// sections follow the Safety Planning Intervention (Stanley & Brown, 2012), with reasons for living
// and crisis preferences. Phone numbers are the UK's national helplines and Ofcom's drama numbers.

export const WARNING_SIGNS = [
  'I stop answering my phone and stay in bed past noon.',
  'I stop eating properly and lose track of the days.',
  'I start thinking nobody would notice if I was gone.',
  'I drink more than I mean to, on my own.',
  'I cancel things I was looking forward to.',
  'I can’t sleep and my thoughts go round and round at night.',
  'I get snappy with people I love and then hide away.',
];

export const ON_MY_OWN = [
  'Put my headphones on and walk round the park.',
  'Have a shower and put clean clothes on.',
  'Make a cup of tea and sit by the open window.',
  'Play the guitar for ten minutes, even badly.',
  'Write down what I am feeling, then tear it up.',
  'Watch a comedy I know by heart.',
  'Breathe in for four and out for six, ten times.',
];

export const PEOPLE_AND_PLACES = [
  'The café on the high street, where nobody minds me sitting for an hour.',
  'The library, upstairs by the big windows.',
  'My neighbour’s dog: I can take him for a walk.',
  'The allotment on a Sunday morning.',
  'My cousin’s house: she always has the kettle on.',
  'The Recovery College drop-in on Wednesdays.',
];

export const PEOPLE_TO_ASK = [
  'My sister Dee: 07700 900123.',
  'My friend Sam: 07700 900456.',
  'My mum: 07700 900789 (after 5 pm).',
  'My sponsor Chris: 07700 900321.',
  'My neighbour Pat at number 12.',
];

export const PROFESSIONALS = [
  'Crisis team, day and night: 0300 123 4567.',
  'My care coordinator at the team: 0113 496 0000 (weekdays 9 to 5).',
  'Samaritans, any time: 116 123.',
  'NHS 111, and choose the mental health option.',
  'In an emergency: 999.',
  'My GP surgery: 0113 496 0999.',
];

export const SAFER_SURROUNDINGS = [
  'I keep only a week of tablets at home; my pharmacist holds the rest.',
  'I give my car keys to my sister when things are bad.',
  'I don’t keep alcohol in the flat.',
  'I stay at my mum’s when I notice my warning signs.',
  'I delete the apps that keep me up at night.',
];

export const REASONS_FOR_LIVING = [
  'My children, and seeing them grow up.',
  'My cat, Biscuit, who needs me.',
  'Going back to college in September.',
  'My nan, who I promised I would visit every Sunday.',
  'The sea: I want to see it again this summer.',
  'Music, and the band I play in.',
  'Proving to myself that I can get through this.',
];

export const CRISIS_PREFERENCES = [
  'What helps: talk to me calmly and tell me what is happening. What doesn’t: lots of people in the room.',
  'Please tell my sister. Please don’t contact my ex-partner.',
  'My children stay with their grandmother; her number is with the team.',
  'My cat needs feeding: my neighbour has a key.',
  'My rent is paid by direct debit; please let the housing office know if I am in hospital.',
  'I prefer not to have a medication I have not had before without talking to me first.',
  'If I need a bed, I would rather go to the crisis house than the ward.',
];
