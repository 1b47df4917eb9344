import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router';
import type { ApiClient } from '@stadtgespraech/api-client';
import type { StaffRole } from '@stadtgespraech/domain/staff';
import { apiClient } from './api/client';
import EventListPage from './features/events/EventListPage.vue';
import OverviewPage from './features/overview/OverviewPage.vue';
import { plannedSections } from './features/placeholder/plannedSections';
import LoginPage from './features/session/LoginPage.vue';
import { isLoggedIn, loadStaffSession } from './features/session/staffSession';
import { t, type MessageKey } from './i18n';

declare module 'vue-router' {
  interface RouteMeta {
    /** Heading and document title of the page. */
    titleKey?: MessageKey;
    /** What a section that is not built yet will hold. */
    aboutKey?: MessageKey;
    /** The one paragraph of a message page (no access, not found). */
    leadKey?: MessageKey;
    /** Open without a staff session (the login itself); logged-in staff go to the overview. */
    public?: boolean;
    /** Open to anyone, logged in or not (choosing a password through a mailed link). */
    anyone?: boolean;
    /** Only for these roles (every role when absent). */
    roles?: StaffRole[];
  }
}

const ComingSoonPage = () => import('./features/placeholder/ComingSoonPage.vue');

export const routes: RouteRecordRaw[] = [
  {
    path: '/anmelden',
    name: 'login',
    component: LoginPage,
    meta: { titleKey: 'login.title', public: true },
  },
  {
    path: '/passwort-vergessen',
    name: 'forgot-password',
    component: () => import('./features/session/ForgotPasswordPage.vue'),
    meta: { titleKey: 'forgotPassword.title', public: true },
  },
  {
    path: '/passwort-setzen',
    name: 'set-password',
    component: () => import('./features/session/SetPasswordPage.vue'),
    meta: { titleKey: 'setPassword.title', anyone: true },
  },
  { path: '/', name: 'overview', component: OverviewPage, meta: { titleKey: 'overview.title' } },
  {
    path: '/veranstaltungen',
    name: 'events',
    component: EventListPage,
    meta: { titleKey: 'events.title' },
  },
  {
    // One route for new and existing events: saving a new one moves to its id without
    // leaving the page (and its unsaved-change guard).
    path: '/veranstaltungen/:id(neu|[0-9a-f-]{36})',
    name: 'event',
    component: () => import('./features/event-editor/EventEditorPage.vue'),
    meta: { titleKey: 'editor.titleEdit' },
  },
  {
    path: '/veranstaltungen/:id([0-9a-f-]{36})/anmeldungen',
    name: 'event-registrations',
    component: () => import('./features/registrations/RegistrationListPage.vue'),
    meta: { titleKey: 'registrations.title' },
  },
  {
    path: '/veranstaltungen/:id([0-9a-f-]{36})/anmeldungen/neu',
    name: 'add-registration',
    component: () => import('./features/registrations/AddRegistrationPage.vue'),
    meta: { titleKey: 'addRegistration.title', roles: ['administrator', 'organiser'] },
  },
  {
    path: '/veranstaltungen/:id([0-9a-f-]{36})/dokumentation',
    name: 'event-documentation',
    component: () => import('./features/documentation/DocumentationPage.vue'),
    meta: { titleKey: 'documentation.title' },
  },
  {
    path: '/veranstaltungen/:id([0-9a-f-]{36})/check-in',
    name: 'event-check-in',
    component: () => import('./features/registrations/CheckInPage.vue'),
    meta: { titleKey: 'checkIn.title' },
  },
  {
    path: '/veranstaltungen/:id([0-9a-f-]{36})/fragen',
    name: 'speaker-questions',
    component: () => import('./features/registrations/SpeakerQuestionsPage.vue'),
    meta: { titleKey: 'speakerQuestions.title' },
  },
  {
    path: '/veranstaltungen/:id([0-9a-f-]{36})/rundmail',
    name: 'event-mailing',
    component: () => import('./features/mailings/MailingPage.vue'),
    meta: { titleKey: 'mailing.title' },
  },
  {
    path: '/anmeldungen/:id([0-9a-f-]{36})/bearbeiten',
    name: 'edit-registration',
    component: () => import('./features/registrations/EditRegistrationPage.vue'),
    meta: { titleKey: 'editRegistration.title', roles: ['administrator', 'organiser'] },
  },
  {
    path: '/anmeldungen/:id([0-9a-f-]{36})',
    name: 'registration',
    component: () => import('./features/registrations/RegistrationDetailPage.vue'),
    meta: { titleKey: 'registration.title' },
  },
  {
    path: '/anmeldungen',
    name: 'registrations',
    component: () => import('./features/registrations/EventPickerPage.vue'),
    meta: { titleKey: 'section.registrations' },
  },
  {
    path: '/check-in',
    name: 'check-in',
    component: () => import('./features/registrations/EventPickerPage.vue'),
    meta: { titleKey: 'section.checkIn' },
  },
  {
    path: '/auswertungen',
    name: 'statistics',
    component: () => import('./features/statistics/StatisticsPage.vue'),
    meta: { titleKey: 'statistics.title' },
  },
  {
    path: '/newsletter',
    name: 'newsletter',
    component: () => import('./features/newsletter/NewsletterPage.vue'),
    meta: { titleKey: 'newsletter.title', roles: ['administrator', 'read_only'] },
  },
  {
    path: '/newsletter/abonnements',
    name: 'newsletter-subscribers',
    component: () => import('./features/newsletter/SubscribersPage.vue'),
    meta: { titleKey: 'subscribers.title', roles: ['administrator', 'read_only'] },
  },
  {
    path: '/neuigkeiten',
    name: 'news',
    component: () => import('./features/news/NewsListPage.vue'),
    meta: { titleKey: 'news.title' },
  },
  {
    path: '/neuigkeiten/:id(neu|[0-9a-f-]{36})',
    name: 'news-post',
    component: () => import('./features/news/NewsPostPage.vue'),
    meta: { titleKey: 'newsPost.title' },
  },
  {
    path: '/reihen',
    name: 'series',
    component: () => import('./features/series/SeriesListPage.vue'),
    meta: { titleKey: 'series.title' },
  },
  {
    path: '/reihen/:id(neu|[0-9a-f-]{36})',
    name: 'series-item',
    component: () => import('./features/series/SeriesPage.vue'),
    meta: { titleKey: 'seriesPage.title' },
  },
  {
    path: '/organisationen',
    name: 'organisations',
    component: () => import('./features/organisations/OrganisationListPage.vue'),
    meta: { titleKey: 'organisations.title' },
  },
  {
    path: '/organisationen/:id(neu|[0-9a-f-]{36})',
    name: 'organisation',
    component: () => import('./features/organisations/OrganisationPage.vue'),
    meta: { titleKey: 'organisation.title' },
  },
  {
    path: '/personen',
    name: 'people',
    component: () => import('./features/people/PersonListPage.vue'),
    meta: { titleKey: 'people.title' },
  },
  {
    path: '/personen/:id(neu|[0-9a-f-]{36})',
    name: 'person',
    component: () => import('./features/people/PersonPage.vue'),
    meta: { titleKey: 'person.title' },
  },
  {
    path: '/themen',
    name: 'topics',
    component: () => import('./features/topics/TopicListPage.vue'),
    meta: { titleKey: 'topics.title' },
  },
  {
    path: '/themen/:id(neu|[0-9a-f-]{36})',
    name: 'topic',
    component: () => import('./features/topics/TopicPage.vue'),
    meta: { titleKey: 'topic.title' },
  },
  {
    path: '/medien',
    name: 'media',
    component: () => import('./features/media/MediaLibraryPage.vue'),
    meta: { titleKey: 'section.media' },
  },
  {
    path: '/medien/:id([0-9a-f-]{36})',
    name: 'media-item',
    component: () => import('./features/media/MediaItemPage.vue'),
    meta: { titleKey: 'section.media' },
  },
  {
    path: '/kontaktanfragen',
    name: 'contact',
    component: () => import('./features/contact/ContactInboxPage.vue'),
    meta: { titleKey: 'section.contact' },
  },
  {
    path: '/konto/passwort',
    name: 'password',
    component: () => import('./features/session/PasswordPage.vue'),
    meta: { titleKey: 'password.title' },
  },
  {
    path: '/konto/zweiter-faktor',
    name: 'second-factor',
    component: () => import('./features/session/SecondFactorPage.vue'),
    meta: { titleKey: 'secondFactor.title' },
  },
  {
    path: '/benutzer',
    name: 'users',
    component: () => import('./features/staff/StaffAccountsPage.vue'),
    meta: { titleKey: 'staff.title', roles: ['administrator'] },
  },
  {
    path: '/benutzer/:id(neu|[0-9a-f-]{36})',
    name: 'user',
    component: () => import('./features/staff/StaffAccountPage.vue'),
    meta: { titleKey: 'staffAccount.title', roles: ['administrator'] },
  },
  {
    path: '/protokoll',
    name: 'audit',
    component: () => import('./features/staff/AuditLogPage.vue'),
    meta: { titleKey: 'audit.title', roles: ['administrator'] },
  },
  {
    path: '/datenschutz',
    name: 'privacy',
    component: () => import('./features/privacy/PrivacyPage.vue'),
    meta: { titleKey: 'privacy.title', roles: ['administrator'] },
  },
  {
    path: '/kein-zugriff',
    name: 'forbidden',
    component: () => import('./features/placeholder/MessagePage.vue'),
    meta: { titleKey: 'forbidden.title', leadKey: 'forbidden.lead' },
  },
  ...plannedSections.map((section): RouteRecordRaw => ({
    path: section.path,
    name: section.name,
    component: ComingSoonPage,
    meta: { titleKey: section.titleKey, aboutKey: section.aboutKey },
  })),
  {
    path: '/:unknown(.*)*',
    name: 'not-found',
    component: () => import('./features/placeholder/MessagePage.vue'),
    meta: { titleKey: 'notFound.title', leadKey: 'notFound.lead' },
  },
];

/** "Veranstaltungen – Stadtgespräch Verwaltung" */
export function documentTitle(titleKey: MessageKey | undefined): string {
  const suffix = t('app.titleSuffix');
  return titleKey ? `${t(titleKey)} – ${suffix}` : suffix;
}

export function createAdminRouter(
  history: RouterHistory = createWebHistory(),
  client: ApiClient = apiClient,
): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, from, saved) => {
      if (saved) return saved;
      // Filters and paging stay in place; a new page starts at the top.
      return to.path === from.path ? false : { top: 0 };
    },
  });
  // Every page but the login and the password pages needs a complete staff login; the login
  // page sends back afterwards.
  router.beforeEach(async (to) => {
    const session = await loadStaffSession(client);
    if (to.meta.anyone) return true;
    if (to.meta.public) return isLoggedIn(session) ? { name: 'overview' } : true;
    if (!isLoggedIn(session)) return { name: 'login', query: { weiter: to.fullPath } };
    return !to.meta.roles || to.meta.roles.includes(session.account.role)
      ? true
      : { name: 'forbidden' };
  });
  router.afterEach((to) => {
    document.title = documentTitle(to.meta.titleKey);
  });
  return router;
}
