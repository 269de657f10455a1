// Combines every feature's background handlers. Each feature owns its own file.
import type { Handlers } from './router';
import { dbHandlers } from '../db/handlers';
import { guardHandlers } from '../guard/handlers';
import { journeyHandlers } from '../journey/background';
import { learnedHandlers, withLearned } from '../site/learned-store';

export const handlers: Handlers = { ...withLearned(dbHandlers), ...guardHandlers, ...learnedHandlers, ...journeyHandlers };
