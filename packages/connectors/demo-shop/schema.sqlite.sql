-- The demo shop on SQLite (run with PRAGMA foreign_keys = ON). System "shop": customers … newsletter_subscriptions. System "crm": support_tickets, web_events
-- (in the demo manifest they live on MariaDB; the tables are here too so the whole shop can run on one engine).
CREATE TABLE customers (
  id integer PRIMARY KEY,
  email varchar(255) NOT NULL UNIQUE,
  name varchar(200) NOT NULL,
  phone varchar(40),
  created_at timestamp NOT NULL,
  last_login timestamp,
  pledge_restricted_at timestamp -- set by Pledge for a restriction request (GDPR Art. 18)
);
CREATE TABLE addresses (
  id integer PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers (id),
  street varchar(200) NOT NULL,
  postal_code varchar(20),
  city varchar(100) NOT NULL,
  country char(2) NOT NULL
);
CREATE TABLE orders (
  id integer PRIMARY KEY,
  customer_id integer REFERENCES customers (id),
  placed_at timestamp NOT NULL,
  status varchar(20) NOT NULL,
  total_cents integer NOT NULL,
  shipping_name varchar(200),
  shipping_address varchar(300)
);
CREATE TABLE order_items (
  id integer PRIMARY KEY,
  order_id integer NOT NULL REFERENCES orders (id),
  sku varchar(40) NOT NULL,
  quantity integer NOT NULL,
  price_cents integer NOT NULL,
  gift_message text
);
CREATE TABLE invoices (
  id integer PRIMARY KEY,
  order_id integer NOT NULL REFERENCES orders (id),
  invoice_number varchar(30) NOT NULL UNIQUE,
  issued_at timestamp NOT NULL,
  billing_name varchar(200) NOT NULL,
  billing_address varchar(300) NOT NULL,
  billing_email varchar(255),
  amount_cents integer NOT NULL
);
CREATE TABLE newsletter_subscriptions (
  id integer PRIMARY KEY,
  email varchar(255) NOT NULL,
  consent_text_version varchar(20) NOT NULL,
  subscribed_at timestamp NOT NULL,
  confirmed_at timestamp,
  unsubscribed_at timestamp
);
CREATE TABLE support_tickets (
  id integer PRIMARY KEY,
  customer_id integer,
  email varchar(255) NOT NULL,
  subject varchar(200) NOT NULL,
  body text NOT NULL,
  created_at timestamp NOT NULL
);
CREATE TABLE web_events (
  id integer PRIMARY KEY,
  cookie_id varchar(64) NOT NULL,
  customer_id integer,
  url varchar(500) NOT NULL,
  at timestamp NOT NULL
);
CREATE INDEX web_events_cookie ON web_events (cookie_id);
CREATE INDEX web_events_customer ON web_events (customer_id);
CREATE INDEX support_tickets_email ON support_tickets (email);
CREATE INDEX newsletter_email ON newsletter_subscriptions (email);
