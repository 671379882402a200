/** Formatting helpers shared by tooltips, popup and badges. */
export {
  DEFAULT_LOCALE,
  NO_VALUE,
  describeChange,
  formatChangePct,
  formatCompactPrice,
  formatPrice,
  type ChangeDescription,
  type ChangeDirection,
} from './numbers';
export { formatAge, formatDataTime, formatUtcShortDate } from './time';
