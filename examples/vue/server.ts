// The server entry: the page's HTML as Vue renders it on the server, before any choice is known.
import { renderToString } from 'vue/server-renderer';
import { createApp } from './app';

export const render = (): Promise<string> => renderToString(createApp());
