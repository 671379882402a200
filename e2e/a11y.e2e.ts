/**
 * Accessibility checked by machine in both browsers: e2e/scenarios/a11y.ts.
 */
import { accessibilityScenarios } from './scenarios/a11y';

accessibilityScenarios('chromium');
accessibilityScenarios('firefox');
