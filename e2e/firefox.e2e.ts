/**
 * Firefox end to end (issue 17, point 1): the core scenarios of e2e/scenarios/core.ts in
 * Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi, with the Firefox build
 * (`.output/firefox-mv2`) installed as a temporary add-on. Without Firefox these are skipped
 * (global setup says how to install it); under CI=true a missing Firefox fails the run.
 */
import { coreScenarios } from './scenarios/core';

coreScenarios('firefox');
