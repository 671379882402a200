import type { FormattedWeekTable } from '@/utils/prices/week-table';

/** The 7-day table in the seed article's form: Date, Price (CUR), 7D Change. */
export function WeekTable({ table, caption }: { table: FormattedWeekTable; caption: string }) {
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
    </table>
  );
}
