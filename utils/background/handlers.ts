// Combines every feature's background handlers. Each feature owns its own file.
import type { Handlers } from './router';
import { dbHandlers } from '../db/handlers';
import { guardHandlers } from '../guard/handlers';
import { journeyHandlers } from '../journey/background';

export const handlers: Handlers = { ...dbHandlers, ...guardHandlers, ...journeyHandlers };
