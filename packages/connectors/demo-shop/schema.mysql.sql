-- The demo shop on MySQL / MariaDB (InnoDB, utf8mb4). System "shop": customers … newsletter_subscriptions. System "crm": support_tickets, web_events
-- (in the demo manifest they live on MariaDB; the tables are here too so the whole shop can run on one engine).
CREATE TABLE customers (
  id int PRIMARY KEY,
  email varchar(255) NOT NULL UNIQUE,
  name varchar(200) NOT NULL,
  phone varchar(40),
  created_at datetime NOT NULL,
  last_login datetime,
  pledge_restricted_at datetime -- set by Pledge for a restriction request (GDPR Art. 18)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE addresses (
  id int PRIMARY KEY,
  customer_id int NOT NULL,
  street varchar(200) NOT NULL,
  postal_code varchar(20),
  city varchar(100) NOT NULL,
  country char(2) NOT NULL,
  FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE orders (
  id int PRIMARY KEY,
  customer_id int,
  placed_at datetime NOT NULL,
  status varchar(20) NOT NULL,
  total_cents int NOT NULL,
  shipping_name varchar(200),
  shipping_address varchar(300),
  FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE order_items (
  id int PRIMARY KEY,
  order_id int NOT NULL,
  sku varchar(40) NOT NULL,
  quantity int NOT NULL,
  price_cents int NOT NULL,
  gift_message text,
  FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE invoices (
  id int PRIMARY KEY,
  order_id int NOT NULL,
  invoice_number varchar(30) NOT NULL UNIQUE,
  issued_at datetime NOT NULL,
  billing_name varchar(200) NOT NULL,
  billing_address varchar(300) NOT NULL,
  billing_email varchar(255),
  amount_cents int NOT NULL,
  FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE newsletter_subscriptions (
  id int PRIMARY KEY,
  email varchar(255) NOT NULL,
  consent_text_version varchar(20) NOT NULL,
  subscribed_at datetime NOT NULL,
  confirmed_at datetime,
  unsubscribed_at datetime
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE support_tickets (
  id int PRIMARY KEY,
  customer_id int,
  email varchar(255) NOT NULL,
  subject varchar(200) NOT NULL,
  body text NOT NULL,
  created_at datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE web_events (
  id int PRIMARY KEY,
  cookie_id varchar(64) NOT NULL,
  customer_id int,
  url varchar(500) NOT NULL,
  at datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX web_events_cookie ON web_events (cookie_id);
CREATE INDEX web_events_customer ON web_events (customer_id);
CREATE INDEX support_tickets_email ON support_tickets (email);
CREATE INDEX newsletter_email ON newsletter_subscriptions (email);
