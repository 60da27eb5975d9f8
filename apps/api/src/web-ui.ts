import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express, Request, Response } from 'express';

/** Where the browser interface lives: plain HTML, CSS and ES modules, served as they are. */
export const WEB_UI_DIR = resolve('apps/web');
export const WEB_UI_PREFIX = '/app/';

/**
 * Everything the interface loads comes from this origin; it runs no inline script or style, is
 * never framed by another site, and sends no referrer. Reply previews are framed from here.
 */
const WEB_UI_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers of every file of the interface. */
export function webUiHeaders(response: Response): void {
  response.setHeader('Content-Security-Policy', WEB_UI_CSP);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cache-Control', 'no-cache');
}

/**
 * Serves the web interface from the API process at /app/ (no second server) and sends `/` there.
 * The files hold no data: every call they make goes through the API's guard.
 */
export function serveWebUi(app: NestExpressApplication): void {
  app.useStaticAssets(WEB_UI_DIR, {
    prefix: WEB_UI_PREFIX,
    index: 'index.html',
    setHeaders: webUiHeaders,
  });
  (app.getHttpAdapter().getInstance() as Express).get('/', (_request: Request, response: Response) =>
    response.redirect(302, WEB_UI_PREFIX),
  );
}
