import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

interface LoggableRequest {
  id?: string;
  method?: string;
  url?: string;
  routeOptions?: { url?: string };
}

/**
 * Logs carry no personal data: requests are logged as method + path + route pattern only
 * (no query string, headers, IP address or body), and credentials are redacted should anything
 * ever log a header object anyway.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'headers.authorization',
          'headers.cookie',
          'res.headers["set-cookie"]',
          '*.authorization',
        ],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: LoggableRequest) => ({
          id: req.id,
          method: req.method,
          path: req.url?.split('?')[0],
          route: req.routeOptions?.url,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
    destination,
  );
}
