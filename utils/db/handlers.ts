import type { Handlers } from '../background/router';
// Placeholder: the data layer (issue 3/7) fills this in.
export const dbHandlers: Handlers = {
  ping: () => ({ pong: true }),
};
