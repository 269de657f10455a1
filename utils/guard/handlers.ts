import type { Handlers } from '../background/router';
// Placeholder: the guard feature (issue 6) fills this in.
export const guardHandlers: Handlers = {};
