import type { Express, Request } from 'express';
import helmet from 'helmet';
import type { IncomingMessage } from 'node:http';
import type { Config } from '../../core/config';
import { requireSecureCookies } from '../../identity/accounts/session.service';

/**
 * The HTTP-level protections of every response, set up first on the Express app (before the
 * request log, `/healthz`, the calendar feed, `/graphql` and the client):
 *
 * - `trust proxy` from `TRUST_PROXY`, so `req.ip` and `req.protocol` come from `X-Forwarded-*`
 *   only when a trusted proxy sent them (the sign-in and sign-up limiters count by `req.ip`);
 * - session cookies marked `Secure` whenever `PUBLIC_URL` is https (also when a TLS proxy in
 *   front is not trusted and the request looks like plain HTTP here);
 * - helmet's headers with the Content-Security-Policy below, `X-Frame-Options: DENY`,
 *   `Referrer-Policy: no-referrer`, and HSTS only when `PUBLIC_URL` is https.
 */
export function applyHttpSecurity(app: Express, config: Config): void {
  app.set('trust proxy', config.trustProxy);
  const https = isHttps(config.publicUrl);
  requireSecureCookies(app, https);
  app.use(securityHeaders(config));
}

function isHttps(publicUrl: string | undefined): boolean {
  return publicUrl !== undefined && new URL(publicUrl).protocol === 'https:';
}

/** The helmet middleware; exported for tests of the policy itself. */
export function securityHeaders(config: Config) {
  const https = isHttps(config.publicUrl);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        // The built client is one module script and its chunks, all files of this origin: no
        // inline script, no eval.
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        // Mantine writes its theme's CSS variables (and responsive style props) into <style>
        // elements at run time, so inline *styles* are allowed; scripts stay locked to files.
        'style-src': ["'self'", "'unsafe-inline'"],
        // The favicon; icons are inline SVG elements, nothing is loaded as data: or from elsewhere.
        'img-src': ["'self'"],
        'font-src': ["'self'"],
        // GraphQL over HTTP and the live 1:1 socket (ws:/wss: of this very host). CSP 3 lets
        // 'self' match ws(s) of the same host, but older Safari does not: name it explicitly.
        'connect-src': ["'self'", (req: IncomingMessage) => ownWebSocketOrigins(req as Request, config.publicUrl)],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'manifest-src': ["'self'"],
        'worker-src': ["'self'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // The client loads nothing from other origins; the calendar feed is fetched by calendar
    // apps (not browsers), which CORP does not concern.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // Invitation links and calendar feeds carry secrets in the path: send no Referer anywhere.
    referrerPolicy: { policy: 'no-referrer' },
    // Browsers only honour HSTS over https; sending it on a plain-HTTP deployment would pin
    // nothing, and on localhost it would break every other local app on that name.
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true, preload: false } : false,
    xFrameOptions: { action: 'deny' },
    xContentTypeOptions: true,
  });
}

/** A Host header we are willing to copy into a header: a DNS name or an address, and a port. */
const SAFE_HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The WebSocket origins of this host, as the client builds them from `location` (wss: on an
 * https page, ws: on http). With `PUBLIC_URL` that host and scheme; otherwise the request's Host
 * and protocol (the protocol believed only from trusted proxies): on plain HTTP both schemes,
 * since a TLS proxy that is not trusted makes an https page look like http here.
 */
export function ownWebSocketOrigins(req: Request, publicUrl: string | undefined): string {
  if (publicUrl) {
    const url = new URL(publicUrl);
    return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  }
  const host = req.headers.host;
  if (!host || !SAFE_HOST.test(host)) return "'self'";
  return req.protocol === 'https' ? `wss://${host}` : `ws://${host} wss://${host}`;
}
