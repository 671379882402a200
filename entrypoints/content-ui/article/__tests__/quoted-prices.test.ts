// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findQuotedPrices,
  quotedPriceInCell,
  type CoinMention,
  type QuotedPrice,
} from '../quoted-prices';

/**
 * Coin names as the content script's term matcher reports them, for the coins these tests
 * use (the matcher itself is tested with the glossary).
 */
const NAMES: readonly [RegExp, string][] = [
  [/\b(?:Bitcoin|bitcoins?|BTC)\b/g, 'bitcoin'],
  [/\b(?:Ethereum|Ether|ETH)\b/g, 'ethereum'],
];

function mentions(text: string): CoinMention[] {
  return NAMES.flatMap(([re, coinId]) =>
    [...text.matchAll(re)].map((m) => ({ coinId, start: m.index, end: m.index + m[0].length })),
  ).sort((a, b) => a.start - b.start);
}

/** Each quote as `amount kind coin`, the form the tables record. */
function quotes(text: string, subject: string | null = null): string[] {
  return findQuotedPrices(text, mentions(text), subject).map(
    (q) => `${text.slice(q.amount.start, q.amount.end)} ${q.kind} ${q.coinId}`,
  );
}

describe('findQuotedPrices', () => {
  it.each<[sentence: string, expected: string[]]>([
    // A price: the coin named, price wording, nothing saying otherwise.
    ['Bitcoin rose to $72,000 on Tuesday.', ['$72,000 price bitcoin']],
    ['Bitcoin closed at $71,975.62.', ['$71,975.62 price bitcoin']],
    ['BTC was trading at US$71,975 early on Monday.', ['US$71,975 price bitcoin']],
    ['Bitcoin fiel um 5 % auf 65.200,10 €.', []],
    ['Bitcoin fell 5% to 65.200,10 €.', ['65.200,10 € price bitcoin']],
    ['Bitcoin hit €65.2k, a record high.', ['€65.2k price bitcoin']],
    ["Bitcoin's price of $71,975 was its lowest in a week.", ['$71,975 price bitcoin']],
    ["Bitcoin's all-time high of $126,000 came in October.", ['$126,000 price bitcoin']],
    ['At $72,000, Bitcoin is up 4% this week.', ['$72,000 price bitcoin']],
    [
      'Bitcoin, the largest cryptocurrency by market value, rose to $72,000.',
      ['$72,000 price bitcoin'],
    ],
    [
      'Bitcoin rose to $72,000 while Ether fell to $3,500.',
      ['$72,000 price bitcoin', '$3,500 price ethereum'],
    ],
    [
      'Bitcoin climbed from $68,864.23 to $71,975.62.',
      ['$68,864.23 price bitcoin', '$71,975.62 price bitcoin'],
    ],
    ['1 BTC = $71,975.62', ['$71,975.62 price bitcoin']],
    // A change is not a level; the level after it is.
    ['Bitcoin rose $2,000 to $72,000.', ['$72,000 price bitcoin']],
    ['Bitcoin swung nearly $7,000 in minutes.', []],
    ['A $3,000 drop in Bitcoin shook the market.', []],
    // Per-coin costs, and prices quoted per coin.
    [
      'It now costs about $100,000 to mine one bitcoin in the US.',
      ['$100,000 per-coin-cost bitcoin'],
    ],
    ['The average production cost per bitcoin rose to $95,000.', ['$95,000 per-coin-cost bitcoin']],
    ['Miners spend $45,000 in electricity per BTC.', ['$45,000 per-coin-cost bitcoin']],
    ['Bitcoin changed hands at $70,000 per coin.', ['$70,000 price bitcoin']],
    ['Bitcoin miners got a $70,000 per coin bonus.', []],
    ["Miners' revenue per bitcoin fell to $50,000.", []],
    // Market sizes, caps, volumes, flows, revenue, pay, fines: never a coin's price.
    ["Bitcoin's market cap reached $1.4 trillion.", []],
    ["Bitcoin's market capitalization is $1,400,000,000,000.", []],
    ["Bitcoin's 24-hour trading volume was $45,000,000.", []],
    ['Bitcoin ETFs drew inflows of $523,000 on Monday.', []],
    ['Coinbase revenue rose to $2,100,000 as Bitcoin rallied.', []],
    ['Coinbase revenue rose to $2.1 billion as Bitcoin rallied.', []],
    ['Bitcoin developers earn a salary of $150,000.', []],
    ['Bitcoin startup Acme raised $150,000 in seed funding.', []],
    ['The SEC fined the Bitcoin exchange $4,000,000.', []],
    ['Bitcoin was priced at $1.2 million in a bull-case scenario.', []],
    // Price targets and hypotheticals: levels the coin never had. "Since this figure" would
    // compare the price with a guess, so they are left alone.
    ["Standard Chartered's price target for Bitcoin is $150,000.", []],
    ['Analysts expect Bitcoin to hit $150,000 by year-end.', []],
    ['Bitcoin could reach $100k this year.', []],
    ['If Bitcoin falls below $60,000, miners will capitulate.', []],
    ['Bitcoin support sits at $68,000.', []],
    // Other things' prices in a sentence that names a coin.
    ['Shares of Bitcoin miner Marathon fell to $12.40.', []],
    ['Gold hit $2,400 an ounce while Bitcoin rose.', []],
    ['Bitcoin miners pay $0.05 per kWh for power.', []],
    ["Bitcoin's hashprice fell to $45 per PH/s per day.", []],
    ['The Bitcoin conference costs $1,500 per ticket.', []],
    ['Mining $1 of bitcoin takes more energy than $1 worth of copper.', []],
    ['Bitcoin developers are paid $12,000 a month.', []],
    // A number of coins: the amount is their value, not one coin's price.
    ['The fund sold 5 bitcoins at $350,000.', []],
    ['The wallet received 1.81 bitcoins; around $430 at today’s exchange rates.', []],
    // A coin far from the amount, or in another clause, is not its subject.
    ['Ether is up 2%; gas fees rose to $3.', []],
    [
      'Bitcoin was mentioned once at the start of this long sentence, which then wanders off for a very long while through unrelated matters of policy and weather before noting that lunch rose to $15.',
      [],
    ],
  ])('%s', (sentence, expected) => {
    expect(quotes(sentence)).toEqual(expected);
  });

  it('returns each amount with its offsets, coin and kind', () => {
    const text = 'Bitcoin closed at $71,975.62.';
    const expected: QuotedPrice[] = [
      {
        amount: { value: 71975.62, currency: 'USD', start: 18, end: 28, scale: '' },
        coinId: 'bitcoin',
        kind: 'price',
      },
    ];
    expect(findQuotedPrices(text, mentions(text))).toEqual(expected);
  });

  it('gives a per-coin cost that names no coin to the page’s subject, and only then', () => {
    const text = 'Costs cross the $100,000 threshold for a single coin.';
    expect(quotes(text, 'bitcoin')).toEqual(['$100,000 per-coin-cost bitcoin']);
    expect(quotes(text)).toEqual([]);
    // Prices always need a named coin, subject or not.
    expect(quotes('The price rose to $72,000.', 'bitcoin')).toEqual([]);
  });

  it('marks nothing on a page of amounts that names no coin', () => {
    const page = [
      'Oil rose to $80 a barrel and gold closed at $2,400.',
      'The stock traded at $12.40, its lowest price since 2019.',
      'Rent hit $2,400, up $150 from last year; the average price was €1.850,00.',
      'The company sold for $1.2 billion at a price of $45 per share.',
    ];
    expect(page.flatMap((sentence) => quotes(sentence, null))).toEqual([]);
  });
});

/** The seed article's blocks (headings, paragraphs, list items, table rows), as a reader sees them. */
function seedArticle(): Document {
  const html = readFileSync(
    join(import.meta.dirname, '../../../../e2e/pages/seed-article.html'),
    'utf8',
  );
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the seed article', () => {
  // e2e/pages/seed-article.html holds the seed article's text (../shared/seed/seed-article.txt)
  // block for block. The page is about Bitcoin, so Bitcoin is its subject coin.
  const doc = seedArticle();
  const sentences = [...doc.querySelectorAll('#article :is(h1, h2, p, li)')].flatMap((el) =>
    (el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=[.!?])\s+/),
  );
  const rows = [...doc.querySelectorAll('#article tr')].map((tr) =>
    [...tr.children].map((cell) => (cell.textContent ?? '').trim()),
  );

  it('has its sentences and rows', () => {
    expect(sentences).toHaveLength(56);
    expect(rows).toHaveLength(13);
  });

  it('ties only "$100,000 … for a single coin" to Bitcoin among its sentences and rows', () => {
    const found = [...sentences, ...rows.map((cells) => cells.join(' | '))].flatMap((text) =>
      quotes(text, 'bitcoin').map((q) => `${q} in "${text.slice(0, 40)}…"`),
    );
    expect(found).toEqual([
      '$100,000 per-coin-cost bitcoin in "As mining costs in certain US jurisdicti…"',
    ]);
  });

  it.each(['$25 billion', '$119.4 billion', '$119 billion', '$120 billion', '$100,000+'])(
    'leaves %s alone',
    (amount) => {
      const text = [...sentences, ...rows.map((cells) => cells.join(' | '))].find((s) =>
        s.includes(amount),
      )!;
      expect(quotes(text, 'bitcoin').filter((q) => q.startsWith(amount))).toEqual([]);
    },
  );

  it('marks the 7-day table’s price cells, and only those, as Bitcoin’s price', () => {
    const table = rows.slice(5);
    const [header, ...body] = table;
    expect(header).toEqual(['Date', 'Price (USD)', '7D Change']);
    const marked = body.map((cells) =>
      cells.map((cell, i) => quotedPriceInCell(header![i]!, cell, 'bitcoin')?.amount.value ?? null),
    );
    expect(marked).toEqual([
      [null, 68864.23, null],
      [null, 71975.62, null],
      [null, 71117.08, null],
      [null, 71770.75, null],
      [null, 72972.71, null],
      [null, 73053.89, null],
      [null, 70791.51, null],
    ]);
  });

  it('marks nothing in the stakeholder table', () => {
    const [header, ...body] = rows.slice(0, 5);
    expect(
      body.flatMap((cells) =>
        cells.map((cell, i) => quotedPriceInCell(header![i]!, cell, 'bitcoin')),
      ),
    ).toEqual([null, null, null, null, null, null, null, null]);
  });
});

describe('quotedPriceInCell', () => {
  it.each<[header: string, cell: string, expected: number | null]>([
    ['Price (USD)', '$68,864.23', 68864.23],
    ['Price', '$68,864.23', 68864.23],
    ['Close', '$68,864.23', 68864.23],
    ['Closing price', ' $68,864.23 ', 68864.23],
    ['Price in EUR', '65.200,10 €', 65200.1],
    ['Last ($)', '$68,864.23', 68864.23],
    ['price (usd)', 'US$68,864', 68864],
    // Not a price column.
    ['Date', '$68,864.23', null],
    ['7D Change', '$68,864.23', null],
    ['Market cap', '$1,400,000,000,000', null],
    ['Volume (24h)', '$45,000', null],
    ['Price change', '$2,000', null],
    // Not a lone amount.
    ['Price (USD)', '$1.4T', null],
    ['Price (USD)', '$68,864.23 (+2.8%)', null],
    ['Price (USD)', '$68,864.23 / $70,000', null],
    ['Price (USD)', '68,864.23', null],
    ['Price (USD)', '—', null],
  ])('%s: %s', (header, cell, expected) => {
    expect(quotedPriceInCell(header, cell, 'bitcoin')).toEqual(
      expected === null
        ? null
        : {
            amount: expect.objectContaining({ value: expected }),
            coinId: 'bitcoin',
            kind: 'price',
          },
    );
  });
});
