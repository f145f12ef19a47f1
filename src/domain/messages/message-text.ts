/** How long one message may be: long enough for a letter, short enough to stay a conversation. */
export const MESSAGE_LIMITS = { maxCharacters: 4_000 } as const;

// A tag such as <b>, </p> or <img src=…>: a letter right after "<" (or "</"). "<3" and "a < b" are not tags.
const HTML_TAG = /<\/?[a-z][^<>]*>/i;

/** Who wrote a message, as the conversation shows it. */
export const MESSAGE_AUTHOR_KINDS = ['person', 'carer', 'worker'] as const;
export type MessageAuthorKind = (typeof MESSAGE_AUTHOR_KINDS)[number];

/** Characters as people count them (a flag or an accented letter typed as two code points is still one). */
export const messageCharacterCount = (text: string): number => [...new Intl.Segmenter().segment(text)].length;

/**
 * Why a message cannot be sent as written, in words for the writer; null when it can.
 * Messages are plain text: they are shown as text everywhere, and HTML in one is refused
 * rather than shown as code the writer did not mean to send.
 *
 * @example messageTextProblem('<b>hi</b>') // 'Messages are plain text…'
 */
export function messageTextProblem(text: string): string | null {
  if (text.trim() === '') return 'Write a message first.';
  const count = messageCharacterCount(text);
  if (count > MESSAGE_LIMITS.maxCharacters)
    return `A message can be at most ${MESSAGE_LIMITS.maxCharacters.toLocaleString('en-GB')} characters; this one has ${count.toLocaleString('en-GB')}.`;
  if (HTML_TAG.test(text)) return 'Messages are plain text: take out the HTML tags (such as <b>) and send it again.';
  return null;
}

/** The text as it is kept: line endings made one kind, space around it trimmed. */
export const normaliseMessageText = (text: string): string => text.replace(/\r\n?/g, '\n').trim();
