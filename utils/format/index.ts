/** Formatting helpers shared by tooltips, popup and badges. */
export {
  DEFAULT_LOCALE,
  NO_VALUE,
  describeChange,
  formatChangePct,
  formatCompactMoney,
  formatCompactPrice,
  formatPrice,
  readerLocale,
  type ChangeDescription,
  type ChangeDirection,
} from './numbers';
export {
  formatAge,
  formatDataTime,
  formatDataTimeShort,
  formatRelativeAge,
  formatUtcShortDate,
} from './time';
