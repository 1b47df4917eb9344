import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { buildOpenApiDocument } from '../../openapi/openapi-document.js';
import { ALL_ROLES, logInAs } from '../../../test/staff-session.js';
import { createSeededApp } from '../../../test/test-app.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const { Administrator: ADMIN, Organiser: ORGANISER, ReadOnly: READ_ONLY } = StaffRole;
const EDITORS = [ADMIN, ORGANISER];

/**
 * Every staff endpoint with the roles it admits; every other role gets 403, anonymous callers
 * 401. The test below fails when the API has a staff endpoint this table does not list, so a new
 * endpoint cannot ship without its row. `public` marks the login itself and the steps of a forgotten password.
 */
const ACCESS: Record<string, StaffRole[] | 'public'> = {
  'POST /api/v1/staff/session': 'public',
  'GET /api/v1/staff/session': ALL_ROLES,
  'DELETE /api/v1/staff/session': ALL_ROLES,
  'DELETE /api/v1/staff/sessions': ALL_ROLES,
  'POST /api/v1/staff/session/second-factor': ALL_ROLES,
  'POST /api/v1/staff/second-factor/setup': ALL_ROLES,
  'POST /api/v1/staff/second-factor': ALL_ROLES,
  'PUT /api/v1/staff/password': ALL_ROLES,
  'POST /api/v1/staff/password-reset': 'public',
  'POST /api/v1/staff/password-link/check': 'public',
  'POST /api/v1/staff/password-link/complete': 'public',
  'GET /api/v1/staff/accounts': [ADMIN],
  'POST /api/v1/staff/accounts': [ADMIN],
  'GET /api/v1/staff/accounts/{id}': [ADMIN],
  'PUT /api/v1/staff/accounts/{id}': [ADMIN],
  'POST /api/v1/staff/accounts/{id}/invitation': [ADMIN],
  'POST /api/v1/staff/accounts/{id}/disable': [ADMIN],
  'POST /api/v1/staff/accounts/{id}/enable': [ADMIN],
  'DELETE /api/v1/staff/accounts/{id}/second-factor': [ADMIN],
  'GET /api/v1/staff/settings': [ADMIN],
  'PUT /api/v1/staff/settings': [ADMIN],
  'GET /api/v1/staff/audit': [ADMIN],
  'GET /api/v1/staff/events': ALL_ROLES,
  'POST /api/v1/staff/events': EDITORS,
  'GET /api/v1/staff/events/{id}': ALL_ROLES,
  'PATCH /api/v1/staff/events/{id}': EDITORS,
  'DELETE /api/v1/staff/events/{id}': EDITORS,
  'POST /api/v1/staff/events/{id}/publish': EDITORS,
  'POST /api/v1/staff/events/{id}/unpublish': EDITORS,
  'POST /api/v1/staff/events/{id}/cancel': EDITORS,
  'POST /api/v1/staff/events/{id}/duplicate': EDITORS,
  'POST /api/v1/staff/events/{id}/preview-link': ALL_ROLES,
  'GET /api/v1/staff/references': ALL_ROLES,
  'GET /api/v1/staff/events/{id}/registrations': ALL_ROLES,
  'POST /api/v1/staff/events/{id}/registrations': EDITORS,
  'GET /api/v1/staff/events/{id}/registrations/export': ALL_ROLES,
  'GET /api/v1/staff/registrations/{id}': ALL_ROLES,
  'PATCH /api/v1/staff/registrations/{id}': EDITORS,
  'POST /api/v1/staff/registrations/{id}/status': EDITORS,
  'PUT /api/v1/staff/registrations/{id}/attendance': EDITORS,
  'GET /api/v1/staff/events/{id}/attendance-list': ALL_ROLES,
  'GET /api/v1/staff/events/{id}/certificates': ALL_ROLES,
  'GET /api/v1/staff/registrations/{id}/certificate': ALL_ROLES,
  'GET /api/v1/staff/events/{id}/speaker-questions': ALL_ROLES,
  'GET /api/v1/staff/events/{id}/mailings': ALL_ROLES,
  'POST /api/v1/staff/events/{id}/mailings': EDITORS,
  'POST /api/v1/staff/events/{id}/mailings/preview': EDITORS,
  'POST /api/v1/staff/events/{id}/mailings/test': EDITORS,
  'POST /api/v1/staff/events/{id}/anonymise': EDITORS,
  'POST /api/v1/staff/privacy/access': [ADMIN],
  'POST /api/v1/staff/privacy/access/pdf': [ADMIN],
  'POST /api/v1/staff/privacy/erase': [ADMIN],
  'GET /api/v1/staff/topics': ALL_ROLES,
  'POST /api/v1/staff/topics': [ADMIN],
  'PATCH /api/v1/staff/topics/{id}': [ADMIN],
  'DELETE /api/v1/staff/topics/{id}': [ADMIN],
  'POST /api/v1/staff/topics/{id}/merge': [ADMIN],
  'GET /api/v1/staff/series': ALL_ROLES,
  'GET /api/v1/staff/series/{id}': ALL_ROLES,
  'POST /api/v1/staff/series': EDITORS,
  'PATCH /api/v1/staff/series/{id}': EDITORS,
  'POST /api/v1/staff/series/{id}/merge': [ADMIN],
  'DELETE /api/v1/staff/series/{id}': [ADMIN],
  'GET /api/v1/staff/organisations': ALL_ROLES,
  'GET /api/v1/staff/organisations/{id}': ALL_ROLES,
  'POST /api/v1/staff/organisations': EDITORS,
  'PATCH /api/v1/staff/organisations/{id}': EDITORS,
  'POST /api/v1/staff/organisations/{id}/merge': [ADMIN],
  'DELETE /api/v1/staff/organisations/{id}': [ADMIN],
  'GET /api/v1/staff/people': ALL_ROLES,
  'GET /api/v1/staff/people/{id}': ALL_ROLES,
  'POST /api/v1/staff/people': EDITORS,
  'PATCH /api/v1/staff/people/{id}': EDITORS,
  'POST /api/v1/staff/people/{id}/merge': [ADMIN],
  'DELETE /api/v1/staff/people/{id}': [ADMIN],
  'GET /api/v1/staff/contact-requests': ALL_ROLES,
  'PATCH /api/v1/staff/contact-requests/{id}': EDITORS,
  'PUT /api/v1/staff/events/{id}/documentation': EDITORS,
  'POST /api/v1/staff/events/{id}/documentation/publish': EDITORS,
  'POST /api/v1/staff/events/{id}/documentation/unpublish': EDITORS,
  'GET /api/v1/staff/media': ALL_ROLES,
  'GET /api/v1/staff/media/{id}': ALL_ROLES,
  'POST /api/v1/staff/media': EDITORS,
  'PATCH /api/v1/staff/media/{id}': EDITORS,
  'DELETE /api/v1/staff/media/{id}': EDITORS,
  'GET /api/v1/staff/news': ALL_ROLES,
  'GET /api/v1/staff/news/{id}': ALL_ROLES,
  'POST /api/v1/staff/news': [ADMIN],
  'PATCH /api/v1/staff/news/{id}': [ADMIN],
  'DELETE /api/v1/staff/news/{id}': [ADMIN],
  'GET /api/v1/staff/newsletter/subscribers': [ADMIN, READ_ONLY],
  'DELETE /api/v1/staff/newsletter/subscribers/{id}': [ADMIN],
  'GET /api/v1/staff/newsletter/candidates': [ADMIN, READ_ONLY],
  'GET /api/v1/staff/newsletter/issues': [ADMIN, READ_ONLY],
  'POST /api/v1/staff/newsletter/issues/preview': [ADMIN],
  'POST /api/v1/staff/newsletter/issues/test': [ADMIN],
  'POST /api/v1/staff/newsletter/issues': [ADMIN],
  'GET /api/v1/staff/statistics': ALL_ROLES,
  'GET /api/v1/staff/statistics/events/{id}/timeline': ALL_ROLES,
};

// An id no record has: allowed roles reach the handler (404 or 400), others stop at the guard.
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

describe('role × endpoint access matrix', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createSeededApp({ RATE_LIMIT_POSTS: '100000' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists every staff endpoint of the API, and only those', () => {
    const document = buildOpenApiDocument(app);
    const endpoints = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1/staff'))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      );
    expect(endpoints.sort()).toEqual(Object.keys(ACCESS).sort());
  });

  it.each(Object.entries(ACCESS).filter(([, roles]) => roles !== 'public'))(
    'admits exactly the allowed roles to %s',
    async (endpoint, allowed) => {
      const [method, template] = endpoint.split(' ') as [Method, string];
      const url = template.replace('{id}', MISSING_ID);
      const anonymous = await app.inject({ method, url, payload: {} });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().code).toBe('AUTH.SESSION_REQUIRED');

      for (const role of ALL_ROLES) {
        // A fresh session each time: some endpoints end the session they are called with.
        const login = await logInAs(app, role);
        const response = await app.inject({
          method,
          url,
          payload: {},
          headers: { ...login.headers, 'if-match': '"1"' },
        });
        if ((allowed as StaffRole[]).includes(role)) {
          const refused = [401, 403].includes(response.statusCode);
          expect({ role, refused }).toEqual({ role, refused: false });
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect({ role, status: response.statusCode }).toEqual({ role, status: 403 });
          expect(response.json().code).toBe('AUTH.FORBIDDEN');
        }
      }
    },
  );
});
