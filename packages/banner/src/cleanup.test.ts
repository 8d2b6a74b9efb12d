import { describe, expect, it } from 'vitest';
import { cookieDeletions } from './cleanup.ts';

describe('cookieDeletions', () => {
  it('expires the cookie host-only and on every parent domain, on its path, / and the default-path', () => {
    expect(cookieDeletions('_ga', 'www.shop.example.com', '/shop/item', { path: '/shop' })).toEqual([
      '_ga=; Max-Age=0; Path=/shop',
      '_ga=; Max-Age=0; Path=/',
      '_ga=; Max-Age=0; Path=/shop; Domain=www.shop.example.com',
      '_ga=; Max-Age=0; Path=/; Domain=www.shop.example.com',
      '_ga=; Max-Age=0; Path=/shop; Domain=shop.example.com',
      '_ga=; Max-Age=0; Path=/; Domain=shop.example.com',
      '_ga=; Max-Age=0; Path=/shop; Domain=example.com',
      '_ga=; Max-Age=0; Path=/; Domain=example.com',
    ]);
  });

  it('adds a declared domain and stays host-only on IP addresses', () => {
    expect(cookieDeletions('_fbp', '127.0.0.1', '/', {})).toEqual(['_fbp=; Max-Age=0; Path=/']);
    expect(cookieDeletions('x', 'localhost', '/a/b', { domain: '.example.com' })).toEqual([
      'x=; Max-Age=0; Path=/',
      'x=; Max-Age=0; Path=/a',
      'x=; Max-Age=0; Path=/; Domain=.example.com',
      'x=; Max-Age=0; Path=/a; Domain=.example.com',
    ]);
  });
});
