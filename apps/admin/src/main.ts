import { createApp } from 'vue';
import App from './App.vue';
import { apiClient, apiClientKey } from './api/client';
import { sendCsrfToken } from './features/session/staffSession';
import { currentLocale } from './i18n';
import { createAdminRouter } from './router';
import './styles/main.css';
import './styles/editor.css';
import './styles/registrations.css';

// index.html says German; the chosen language of this device takes over before the first render.
document.documentElement.lang = currentLocale();
sendCsrfToken(apiClient);
const app = createApp(App);
app.provide(apiClientKey, apiClient);
app.use(createAdminRouter());
app.mount('#app');
