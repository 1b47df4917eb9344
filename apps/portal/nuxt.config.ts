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
  typescript: {
    strict: true,
    typeCheck: false,
  },
});
