// The storage key of taught fields (shared by the background store and the content script).
export const LEARNED_KEY = 'learned';
