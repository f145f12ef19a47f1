// Notes written the way the service wants notes written: plain, respectful, about what was done
// together. Never "patient", never "non-compliant".

/** Short notes for a contact, by who was there and what kind of contact it was. */
export const CONTACT_NOTES = {
  meeting: [
    'Talked through the week and agreed to try the walking group on Thursday.',
    'Went over the care plan together; updated the part about sleep in their own words.',
    'Looked at what has helped with the voices lately. Keeping the headphones and the routine.',
    'Planned the next steps for the housing form. They will ring the council on Monday.',
    'Talked about money worries. Made a list of bills and booked the advice service.',
    'Good week overall. Talked about seeing family more often and how to start.',
    'Checked in about medication side effects; they want to raise it with the psychiatrist.',
    'Talked about the anniversary coming up and what support would help that week.',
    'Agreed a plan for the next fortnight and who does what.',
    'Talked about cutting down on drinking. They set their own goal for the week.',
  ],
  brief_contact: [
    'Quick call to check the appointment time still works.',
    'Rang to see how the first day at the course went. Sounded pleased.',
    'Text and call about the prescription; pharmacy sorted it.',
    'Short call: feeling a bit low, agreed to meet earlier this week.',
    'Called back about the letter from the benefits office.',
    'Checked in after the weekend. All fine, nothing needed.',
  ],
  review: [
    'Review of the care plan. Goals rewritten together; two met, one carried over.',
    'Six-monthly review: talked about what has changed and what matters most now.',
    'Review with family present at their request. Plan agreed by everyone.',
  ],
  crisis: [
    'Rang in distress. Went through the safety plan together and stayed on the line.',
    'Visited the same day after a difficult night. Made a plan for the next 48 hours.',
    'Crisis team involved overnight; met today to talk it through and adjust the plan.',
  ],
  psychiatrist: [
    'Medication review. Talked about the pros and cons of a change; decided to wait a month.',
    'Clinic appointment: sleeping better, so keeping the same dose for now.',
    'Talked through the side effects and agreed a lower dose to try.',
  ],
  psychologist: [
    'Session on noticing early signs. Practised the grounding exercise.',
    'Worked on the timeline of the last few years. Hard but useful, they said.',
    'Looked at patterns in worrying thoughts and tried a new way to respond.',
  ],
  peer_worker: [
    'Met for coffee and talked about what helped me and what might help them.',
    'Went to the community garden together for the first time.',
    'Talked about going back to the football group and planned the first visit.',
  ],
  ips_employment_specialist: [
    'Looked at two job adverts together and updated the CV.',
    'Practised for the interview on Friday.',
    'Met the employer together to talk about starting hours.',
    'Talked about telling work, or not, about their mental health. Their choice.',
  ],
  recovery_college_tutor: [
    'Enrolled on the Understanding Anxiety course; went through what to expect.',
    'Attended the course session on sleep and stayed for the tea afterwards.',
    'Talked about co-delivering a session next term.',
  ],
} as const;

/** Small acts outside the usual script, recorded so that they are seen and counted. */
export const BEYOND_ROUTINE_NOTES: readonly string[] = [
  'Walked to the library together to sort out a bus pass.',
  'Met at the café they chose instead of the clinic.',
  'Helped carry the new bed frame up the stairs.',
  'Went with them to the food bank for the first time.',
  'Stayed on after the visit to help fill in the bus pass form.',
  'Came early so we could go to the GP together.',
  'Walked the dog together while we talked.',
  'Helped set up the new phone so they can get reminders.',
  'Went with them to the job centre appointment.',
  'Picked up the prescription on the way, as the pharmacy closed early.',
];

/** What an outgoing care coordinator passes on. */
export const HANDOVER_NOTES: readonly string[] = [
  'Introduced at a joint visit. Prefers a text the day before a visit.',
  'Joint visit done. Likes to meet at the café near home rather than the clinic.',
  'Housing form in progress; the next step is the letter from the GP.',
  'Doing well with the walking group. Afternoons work better than mornings.',
  'Met together twice before the change. Safety plan reviewed with them.',
  'Has asked for someone who can do the occasional evening call.',
  'Close to their sister, who is happy to be contacted. Care plan is up to date.',
];

/** In the person's own words, why they asked for a different care coordinator. */
export const ASKED_FOR_CHANGE_NOTES: readonly string[] = [
  'Asked for a worker closer to home.',
  'Said they would find it easier to talk to someone new.',
  'Asked for a worker who can meet on Saturdays.',
  'Wanted a worker with experience of autism.',
];
