import type { FormattedWeekTable } from '@/utils/prices/week-table';
import type { SincePageRow } from './since-page';

/**
 * The 7-day table in the seed article's form: Date, Price (CUR), 7D Change; on a dated page,
 * a last row with the price on the page's day and the change since then.
 */
export function WeekTable({
  table,
  caption,
  sincePage,
}: {
  table: FormattedWeekTable;
  caption: string;
  sincePage?: SincePageRow | null;
}) {
  const [dateHeader, priceHeader, changeHeader] = table.header;
  return (
    <table className="week-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{dateHeader}</th>
          <th scope="col">{priceHeader}</th>
          <th scope="col">{changeHeader}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map(([date, price, change]) => (
          <tr key={date}>
            <th scope="row">{date}</th>
            <td>{price}</td>
            <td>{change}</td>
          </tr>
        ))}
      </tbody>
      {sincePage && (
        <tfoot>
          <tr className="week-table__since" data-testid="since-page">
            <th scope="row">{sincePage.label}</th>
            <td>{sincePage.price}</td>
            <td>{sincePage.change}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
