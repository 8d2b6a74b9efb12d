/**
 * A deterministic demo shop: 50 customers with addresses, orders, invoices, newsletter subscriptions, support tickets
 * and web events. Some people are planted to catch over-matching: two "Anna Jansen"s with look-alike e-mail addresses,
 * a newsletter-only address, and a visitor known only by a cookie id.
 */
export type SeedValue = string | number | null;
export type SeedRow = Record<string, SeedValue>;

export const SHOP_TABLES = ['customers', 'addresses', 'orders', 'order_items', 'invoices', 'newsletter_subscriptions'] as const;
export const CRM_TABLES = ['support_tickets', 'web_events'] as const;
export type DemoTable = (typeof SHOP_TABLES)[number] | (typeof CRM_TABLES)[number];
export type DemoShopData = Record<DemoTable, SeedRow[]>;

/** The planted people, for tests. */
export const PLANTED = {
  anna: 'anna.jansen@example.com',
  annaNet: 'anna.jansen@example.net',
  annaLookAlike: 'annajansen@example.com',
  annaPlus: 'anna.jansen+shop@example.com',
  obrien: 'sean.obrien@example.ie',
  newsletterOnly: 'anna.jansen@example.org',
  cookieOnly: 'ck-anon-0001',
} as const;

const FIRST = ['Jan', 'Sanne', 'Pieter', 'Fatima', 'Lucas', 'Emma', 'Mohammed', 'Julia', 'Daan', 'Sophie', 'Noah', 'Lotte', 'Milan', 'Eva', 'Sem'];
const LAST = ['de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'El Amrani', 'Dekker'];
const CITIES = ['Amsterdam', 'Utrecht', 'Rotterdam', 'Gent', 'Köln', 'Leiden'];
const SKUS = ['MUG-01', 'TEE-M', 'TEE-L', 'CAP-01', 'BAG-02', 'PEN-10'];
const PAGES = ['/', '/shop', '/shop/mugs', '/shop/tees', '/cart', '/checkout', '/account', '/help'];

/** mulberry32: a tiny seeded generator, so every run and every engine gets the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE = Date.UTC(2024, 0, 1);
const at = (minutes: number) => new Date(BASE + Math.floor(minutes) * 60_000).toISOString().slice(0, 19).replace('T', ' ');
const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');

export function generateDemoShop(seed = 42): DemoShopData {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const data: DemoShopData = { customers: [], addresses: [], orders: [], order_items: [], invoices: [], newsletter_subscriptions: [], support_tickets: [], web_events: [] };
  const planted: [string, string][] = [
    ['Anna Jansen', PLANTED.anna],
    ['Anna Jansen', PLANTED.annaNet],
    ['Anna Janssen', PLANTED.annaLookAlike],
    ['Anne Jansen', PLANTED.annaPlus],
    ["Seán O'Brien", PLANTED.obrien],
  ];
  for (let id = 1; id <= 50; id++) {
    const [name, email] = planted[id - 1] ?? ((n) => [n, `${slug(n.split(' ')[0]!)}.${slug(n.split(' ').slice(1).join(''))}${id}@example.org`])(`${pick(FIRST)} ${pick(LAST)}`);
    const created = int(0, 200_000);
    data.customers.push({ id, email, name, phone: rnd() < 0.7 ? `+31 6 ${String(10_000_000 + id * 7919).slice(0, 8)}` : null, created_at: at(created), last_login: rnd() < 0.8 ? at(created + int(60, 100_000)) : null, pledge_restricted_at: null });
    const city = pick(CITIES);
    const address = `${int(1, 300)} ${pick(['Kerkstraat', 'Dorpsweg', 'Stationsplein', 'Molenlaan'])}, ${city}`;
    for (let a = 0, n = rnd() < 0.3 ? 2 : 1; a < n; a++) {
      data.addresses.push({ id: data.addresses.length + 1, customer_id: id, street: address.split(',')[0]!, postal_code: `${int(1000, 9999)} ${pick(['AB', 'CD', 'XY'])}`, city, country: city === 'Gent' ? 'BE' : city === 'Köln' ? 'DE' : 'NL' });
    }
    const orderCount = id === 1 ? 3 : id === 2 ? 1 : int(0, 3);
    for (let o = 0; o < orderCount; o++) {
      const orderId = data.orders.length + 1;
      const placed = created + int(100, 150_000);
      const status = id === 1 || rnd() < 0.85 ? pick(['paid', 'shipped']) : 'cancelled';
      let total = 0;
      for (let i = 0, n = int(1, 3); i < n; i++) {
        const price = int(5, 60) * 100;
        const quantity = int(1, 3);
        total += price * quantity;
        data.order_items.push({ id: data.order_items.length + 1, order_id: orderId, sku: pick(SKUS), quantity, price_cents: price, gift_message: rnd() < 0.2 ? `Happy birthday, ${name.split(' ')[0]}!` : null });
      }
      data.orders.push({ id: orderId, customer_id: id, placed_at: at(placed), status, total_cents: total, shipping_name: name, shipping_address: address });
      if (status !== 'cancelled') {
        const number = `INV-2024-${String(data.invoices.length + 1).padStart(5, '0')}`;
        data.invoices.push({ id: data.invoices.length + 1, order_id: orderId, invoice_number: number, issued_at: at(placed + 30), billing_name: name, billing_address: address, billing_email: email, amount_cents: total });
      }
    }
    if (id <= 2 || rnd() < 0.4) {
      data.newsletter_subscriptions.push({ id: data.newsletter_subscriptions.length + 1, email, consent_text_version: 'v3', subscribed_at: at(created + 5), confirmed_at: at(created + 20), unsubscribed_at: rnd() < 0.2 ? at(created + 90_000) : null });
    }
    const cookie = `ck-${id.toString(16).padStart(4, '0')}-${int(4096, 65535).toString(16)}`;
    for (let e = 0, n = id === 1 ? 4 : int(0, 5); e < n; e++) {
      // The first event of a visit comes before login, so it is not linked to the customer.
      data.web_events.push({ id: data.web_events.length + 1, cookie_id: cookie, customer_id: e === 0 ? null : id, url: pick(PAGES), at: at(created + e * 7) });
    }
    if (id === 1 || rnd() < 0.25) {
      data.support_tickets.push({ id: data.support_tickets.length + 1, customer_id: id, email, subject: 'Where is my order?', body: `Hi, this is ${name}. My order has not arrived yet.`, created_at: at(created + 1_000) });
    }
  }
  // Anna wrote to support once before she had an account: linked by e-mail only.
  data.support_tickets.push({ id: data.support_tickets.length + 1, customer_id: null, email: PLANTED.anna, subject: 'Do you ship to Belgium?', body: 'Hello, do you ship to Belgium? Anna', created_at: at(10) });
  data.support_tickets.push({ id: data.support_tickets.length + 1, customer_id: null, email: 'visitor@example.com', subject: 'Question', body: "Robert'); DROP TABLE customers;--", created_at: at(20) });
  for (const email of [PLANTED.newsletterOnly, 'news.only@example.com', 'ANNA.JANSEN@EXAMPLE.COM']) {
    data.newsletter_subscriptions.push({ id: data.newsletter_subscriptions.length + 1, email, consent_text_version: 'v2', subscribed_at: at(int(0, 100_000)), confirmed_at: null, unsubscribed_at: null });
  }
  for (let v = 1; v <= 8; v++) {
    const cookie = `ck-anon-${String(v).padStart(4, '0')}`;
    for (let e = 0, n = int(1, 4); e < n; e++) data.web_events.push({ id: data.web_events.length + 1, cookie_id: cookie, customer_id: null, url: pick(PAGES), at: at(v * 1_000 + e) });
  }
  return data;
}
