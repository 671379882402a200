/**
 * One number format per locale in the tooltip, strip and popup, in both browsers:
 * e2e/scenarios/locale.ts.
 */
import { localeScenarios } from './scenarios/locale';

localeScenarios('chromium');
localeScenarios('firefox');
