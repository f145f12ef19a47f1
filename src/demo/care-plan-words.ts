// Short sentences for demo care plans, in the plain first-person words people use about their own
// lives. A plan takes two or three from each list, so plans differ but stay short enough to read.
// "{carer}" and "{coordinator}" are filled with names; every other sentence stands alone.

export const ABOUT_ME: readonly string[] = [
  'I grew up near the coast and I still feel better when I can see the sea.',
  'I used to work in a warehouse. I would like to work again, maybe part time.',
  'I like cooking for other people more than for myself.',
  'I am quiet when I first meet people, but I talk a lot once I know you.',
  'I have two cats and they get me out of bed in the morning.',
  'Football matters to me. I go to home games when I can afford it.',
  'I have had hard times with my mental health since I was a teenager, and I have learnt a lot about myself.',
  'I am a parent, and my children are the most important thing in my life.',
  'I read a lot, mostly crime novels from the library.',
  'I play guitar, badly, and I want to get better.',
  'I came to this country eight years ago. English is my second language, so please speak plainly.',
  'Mornings are hard for me. I am at my best after lunch.',
  'I volunteer at a food bank on Thursdays.',
];

/** Where the person lives: one of these, so that a plan never says two things about home. */
export const HOME: readonly string[] = [
  'I live on my own in a flat with a small balcony, and I keep plants on it.',
  'I share a house with two friends. It is noisy, but I like not being alone.',
  'I live with my family. We get on most of the time.',
  'I live in supported housing for now, and I want a place of my own.',
];

export const WHAT_MATTERS: readonly string[] = [
  'Keeping my flat and paying my bills on time.',
  'Getting back into work, even a few hours a week.',
  'Seeing my family more, and not just when things go wrong.',
  'Sleeping better, so the days feel less long.',
  'Going to college to finish my maths qualification.',
  'Making one or two friends outside of services.',
  'Cutting down on drinking. I want to be the one who decides how.',
  'Walking every day, even if it is only round the block.',
  'Staying out of hospital this year.',
  'Learning to drive.',
  'Being a good parent and being there for school events.',
  'Feeling less anxious on buses, so I can get about on my own.',
  'Sorting out my benefits so I stop worrying about money.',
  'Coming off one of my medicines slowly, with my doctor agreeing the plan.',
];

export const STRENGTHS: readonly string[] = [
  'I am stubborn, and that has got me through a lot.',
  'I am good with my hands and I can fix most things.',
  'People tell me I am a good listener.',
  'I have a sense of humour, even on bad days.',
  'I have come through two stays in hospital and rebuilt my life both times.',
  'I keep going. I turn up even when I do not feel like it.',
  'I know my early warning signs now.',
  'I am honest with my care team about how I really am.',
  'I am organised when I use my phone calendar.',
  'I care about other people and I notice when they are struggling.',
  'I am good at cooking and I can make a meal out of almost nothing.',
  'I know a lot about music and I can talk about it for hours.',
];

export const WHAT_HELPS: readonly string[] = [
  'What helps: being told plainly what is going on, and having time to think before I answer.',
  'What helps: a walk when my thoughts start racing.',
  'What helps: a text the day before an appointment, because I forget.',
  'What helps: seeing the same worker, so I do not have to tell my story again.',
  'What helps: music through headphones when a place is too loud.',
  'What helps: writing things down in my notebook.',
  'What helps: meeting somewhere other than the clinic, like a café.',
  'What helps: talking to my peer worker, who has been through something like this.',
  'What does not help: being rushed, or people talking about me as if I am not there.',
  'What does not help: appointments first thing in the morning.',
  'What does not help: being asked the same questions by someone new every time.',
  'What does not help: phone calls from withheld numbers. I will not answer them.',
  'What does not help: being told to calm down.',
  'What does not help: long letters full of words I do not know.',
];

export const WHO_SUPPORTS_ME: readonly string[] = [
  'My neighbour keeps a spare key and checks on me if she has not seen me.',
  'My GP knows me well and I can get an appointment when I need one.',
  'I go to a men’s group at the community centre on Tuesdays.',
  'I go to a women’s group at the library on Wednesdays.',
  'My friend from school rings me most Sundays.',
  'The staff at the food bank know me and I trust them.',
  'My church has been a big support.',
  'An advocate helped me with my housing last year and I can ask her again.',
  'My cousin lives nearby and helps with shopping.',
  'My support worker from the housing association visits once a week.',
];

/** "{who}" is the person's care coordinator; "{by}" a date some weeks ahead. */
export const COORDINATOR_TASKS: readonly string[] = [
  '{who} (care coordinator) will meet me every two weeks, at home or in town as I choose.',
  '{who} (care coordinator) will help me fill in the benefits form by {by}.',
  '{who} (care coordinator) will ask for a medicines review with the psychiatrist by {by}.',
  '{who} (care coordinator) will find out about college courses starting in the autumn, by {by}.',
  '{who} (care coordinator) will refer me to the employment support service by {by}.',
  '{who} (care coordinator) will ring me on Monday afternoons to see how the week is starting.',
];

/** What the person agrees to do themself; "{by}" as above. */
export const MY_TASKS: readonly string[] = [
  'I will keep a sleep diary for four weeks and bring it to our meetings.',
  'I will go to the walking group at least twice before {by}.',
  'I will tell {who} if I start to feel unsafe, or ring the crisis line out of hours.',
  'I will look at the college website and choose a course by {by}.',
  'I will take my tablets at the same time each day and say if they make me feel unwell.',
  'I will try the bus into town with my peer worker before {by}.',
];

/** What others in the care team or outside it do. */
export const OTHER_TASKS: readonly string[] = [
  'The peer worker will meet me for a coffee every other week.',
  'The psychiatrist will see me by {by} to talk about my medicines.',
  'The occupational therapist will help me plan my week, starting by {by}.',
  'My GP will do a physical health check by {by}.',
  'The duty worker will answer if I ring the team and {who} is away.',
];

/** What the person wants to talk about at their next review. */
export const NEXT_REVIEW_TOPICS: readonly string[] = [
  'At my next review I want to talk about work.',
  'At my next review I want to talk about whether I still need to be seen so often.',
  'At my next review I want my family there, if they can come.',
  'At my next review I want to look again at my medicines.',
  'At my next review I want to talk about moving somewhere quieter.',
];

/** Unless the person tells them otherwise, a carer is named by how they are related. */
export const CARER_SUPPORT: readonly string[] = [
  '{carer} is the person I turn to first. They know when I am not myself.',
  '{carer} helps me with letters and forms.',
  '{carer} comes with me to appointments when I ask.',
  '{carer} and I talk most days, and I would want them told if I went into hospital.',
];
