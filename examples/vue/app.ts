// The app, as the server and the browser both create it: an SSR app with the Consentry plugin.
import { createSSRApp } from 'vue';
import consentry from 'consentry/vue';
import App from './App.vue';

export const createApp = () =>
  createSSRApp(App).use(consentry, { policyUrl: '/privacy', categories: { analytical: {}, functional: {} } });
