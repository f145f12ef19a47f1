import { TextWithPhoneLinks } from './text-with-phone-links';

export interface SafetyPlanSectionText {
  key: string;
  heading: string;
  text: string;
}

/** The plan's sections to read, in order: on a phone, in a shared link, offline. */
export function SafetyPlanSectionsView({
  sections,
  emptyText,
}: {
  sections: readonly SafetyPlanSectionText[];
  emptyText: string;
}) {
  return (
    <div className="safety-plan">
      {sections.map((section) => (
        <section key={section.key} className="safety-plan__section" aria-labelledby={`safety-${section.key}`}>
          <h2 id={`safety-${section.key}`}>{section.heading}</h2>
          {section.text.trim() ? <TextWithPhoneLinks text={section.text} /> : <p className="muted">{emptyText}</p>}
        </section>
      ))}
    </div>
  );
}
