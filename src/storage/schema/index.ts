// One schema for PGlite and PostgreSQL, one file per resource. Every table holding a person's data
// carries person_id and is keyed so it can be distributed by person later; hot per-person tables have
// no foreign keys to other people's rows (ADR 0002).
// database.ts hands all of them to Drizzle; drizzle.config.ts finds the same files by their name.

export * from './accounts.schema';
export * from './audit.schema';
export * from './break-glass.schema';
export * from './care-plan.schema';
export * from './care-team.schema';
export * from './carer-consent.schema';
export * from './college.schema';
export * from './contacts.schema';
export * from './email.schema';
export * from './feedback.schema';
export * from './handovers.schema';
export * from './idempotency.schema';
export * from './instruments.schema';
export * from './ips.schema';
export * from './meetings.schema';
export * from './messages.schema';
export * from './organisation.schema';
export * from './questionnaires.schema';
export * from './reflections.schema';
export * from './reviews.schema';
export * from './risk.schema';
export * from './sign-in.schema';
export * from './share-links.schema';
export * from './safety-plan.schema';
export * from './bulk-export.schema';
export * from './sso.schema';
export * from './college-admin.schema';
export * from './college-students.schema';
export * from './carer-views.schema';
export * from './carer-assessments.schema';
