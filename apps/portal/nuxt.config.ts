// https://nuxt.com/docs/api/nuxt-config
import { localisePath } from '@stadtgespraech/domain/portal';
import type { NuxtPage } from 'nuxt/schema';
import { ENGLISH_ROUTE_SUFFIX } from './app/utils/route-names';

// Public pages are rendered once and served from Nitro's cache for a while, then re-rendered in
// the background on the next request (stale-while-revalidate), so a rush of visitors does not
// render every request. Never for /api/** (the proxy) or the personal pages behind mail links.
const CACHED_PAGES: Record<string, number> = {
  '/': 60,
  '/veranstaltungen': 60,
  '/veranstaltungen/**': 60,
  '/archiv': 60,
  '/reihen': 60,
  '/reihen/**': 60,
  '/organisationen': 60,
  '/organisationen/**': 60,
  '/personen/**': 60,
  '/aktuelles': 60,
  '/aktuelles/**': 60,
  '/leichte-sprache': 600,
  '/barrierefreiheit': 600,
  '/impressum': 600,
  '/datenschutz': 600,
  '/sitemap.xml': 600,
  '/robots.txt': 600,
};

/** The same rules for the English addresses of the pages (/en/…). */
function cacheRules() {
  const rules: Record<string, { swr: number }> = {};
  for (const [path, seconds] of Object.entries(CACHED_PAGES)) {
    rules[path] = { swr: seconds };
    rules[localisePath(path, 'en')] = { swr: seconds };
  }
  return rules;
}

/** Every page once more under /en with English section names ("/en/events/:slug"). */
function addEnglishPages(pages: NuxtPage[]) {
  for (const page of [...pages]) {
    const path = localisePath(page.path, 'en');
    if (path === page.path || !page.name) continue;
    pages.push({ ...page, path, name: `${page.name}${ENGLISH_ROUTE_SUFFIX}` });
  }
}

export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  ssr: true,
  devtools: { enabled: false },
  telemetry: false,
  css: ['~/assets/css/main.css'],
  runtimeConfig: {
    // Server only; overridden by NUXT_API_BASE_URL.
    apiBaseUrl: 'http://127.0.0.1:3001',
    public: {
      // Overridden by NUXT_PUBLIC_SITE_URL.
      siteUrl: 'http://localhost:3000',
    },
  },
  app: {
    head: {
      htmlAttrs: { lang: 'de' },
      titleTemplate: '%s – Stadtgespräch',
      meta: [
        {
          name: 'description',
          content:
            'Stadtgespräch: Termine, Programme und Dokumentationen der Kleinstadt-Netzwerke – Web-Talks, Netzwerkgespräche und Werkstätten für Kleinstädte.',
        },
        { name: 'theme-color', content: '#0b4f6c' },
      ],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },
  routeRules: cacheRules(),
  hooks: {
    'pages:extend': addEnglishPages,
  },
  experimental: {
    appManifest: false,
  },
  vite: {
    // Only the Composition API is used: Vue drops the Options API from the bundle.
    define: { __VUE_OPTIONS_API__: 'false' },
  },
  typescript: {
    strict: true,
    typeCheck: false,
  },
});
