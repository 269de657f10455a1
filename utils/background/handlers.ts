// Combines every feature's background handlers. Each feature owns its own file.
import type { Handlers } from './router';
import { dbHandlers } from '../db/handlers';
import { guardHandlers } from '../guard/handlers';
import { journeyHandlers } from '../journey/background';
import { learnedHandlers, withLearned } from '../site/learned-store';

export const handlers = { ...withLearned(dbHandlers), ...guardHandlers, ...learnedHandlers, ...journeyHandlers } satisfies Handlers;

/** The router's table: what each message type answers (utils/dto.ts derives the reply map from it). */
export type HandlerTable = typeof handlers;
