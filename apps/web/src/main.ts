import { createApp } from 'vue';

import App from './app.vue';
import { loadCatalogue } from './composables/use-catalogue';
import { loadSession } from './composables/use-session';
import { i18n } from './i18n';
import { router } from './router';
import './styles/main.css';
import './styles/print.css';

document.documentElement.lang = i18n.global.locale.value;
// Both at once, not one after the other: the first page needs both. A stranger's
// catalogue request fails and is asked again after the login.
void loadSession().catch(() => undefined);
void loadCatalogue().catch(() => undefined);
createApp(App).use(i18n).use(router).mount('#app');
