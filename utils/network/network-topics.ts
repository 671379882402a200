/**
 * What a mining term shows live: each glossary entry about the network names one topic
 * (`definitions.ts`), and each topic needs some of mempool.space's endpoints.
 */
import type { NetworkEndpoint } from './network-types';

/** The live blocks a tooltip can show. */
export const NETWORK_TOPICS = [
  'hashrate',
  'difficulty',
  'halving',
  'height',
  'fees',
  'hashprice',
  'ribbons',
] as const;

/** One live block. */
export type NetworkTopic = (typeof NETWORK_TOPICS)[number];

/** The endpoints whose data a topic's figures are computed from. */
export const TOPIC_ENDPOINTS: Readonly<Record<NetworkTopic, readonly NetworkEndpoint[]>> = {
  hashrate: ['hashrate'],
  difficulty: ['hashrate', 'difficulty'],
  halving: ['difficulty'],
  height: ['difficulty'],
  fees: ['fees'],
  hashprice: ['difficulty', 'hashrate', 'rewardStats'],
  ribbons: ['hashrate'],
};
