import { phoneLinks } from '../phone-links';

/** A section's text as written (line breaks kept by CSS), with each phone number a link to call. */
export function TextWithPhoneLinks({ text }: { text: string }) {
  return (
    <p className="safety-plan__text">
      {phoneLinks(text).map((part, index) =>
        part.kind === 'phone' ? (
          <a key={index} href={part.href} className="safety-plan__phone">
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
