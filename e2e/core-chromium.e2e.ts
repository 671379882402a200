/**
 * The core scenarios of e2e/scenarios/core.ts in Chromium, through the same browser-neutral
 * layer the Firefox spec uses: proof that a scenario written once runs in both. (The fuller
 * Chromium specs beside this file cover the same ground in more depth.)
 */
import { coreScenarios } from './scenarios/core';

coreScenarios('chromium');
