// https://nuxt.com/docs/api/nuxt-config
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
  // Public pages are rendered once and served from Nitro's cache for 60 s, then re-rendered in the
  // background on the next request (stale-while-revalidate), so a rush of visitors does not render
  // every request. Never for /api/** (the proxy) or the personal pages behind mail links.
  routeRules: {
    '/': { swr: 60 },
    '/veranstaltungen': { swr: 60 },
    '/veranstaltungen/**': { swr: 60 },
    '/archiv': { swr: 60 },
    '/reihen/**': { swr: 60 },
    '/organisationen/**': { swr: 60 },
    '/personen/**': { swr: 60 },
    '/aktuelles': { swr: 60 },
    '/aktuelles/**': { swr: 60 },
    '/leichte-sprache': { swr: 600 },
    '/barrierefreiheit': { swr: 600 },
    '/impressum': { swr: 600 },
    '/datenschutz': { swr: 600 },
    '/sitemap.xml': { swr: 600 },
    '/robots.txt': { swr: 600 },
  },
  typescript: {
    strict: true,
    typeCheck: false,
  },
});
