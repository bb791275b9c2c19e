// The browser entry: hydrates the server's HTML; Vue reports any mismatch on the console.
import { createApp } from './app';

createApp().mount('#root');
