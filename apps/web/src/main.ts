import { createApp } from 'vue';

import App from './app.vue';
import { i18n } from './i18n';
import { router } from './router';
import './styles/main.css';
import './styles/print.css';

document.documentElement.lang = i18n.global.locale.value;
createApp(App).use(i18n).use(router).mount('#app');
