// Combines every feature's background handlers. Each feature owns its own file.
import type { Handlers } from './router';
import { dbHandlers } from '../db/handlers';
import { guardHandlers } from '../guard/handlers';
import { learnedHandlers } from '../site/learned-store';

export const handlers: Handlers = { ...dbHandlers, ...guardHandlers, ...learnedHandlers };
