// The storage key of taught fields (shared by the background store and the content script).
export const LEARNED_KEY = 'learned';

/** What kind of element a taught field is (one definition: the message schema and learned.ts derive from it). */
export const TEACH_KINDS = ['text', 'checkbox', 'button', 'option', 'dialog'] as const;
