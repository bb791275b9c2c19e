/**
 * What the banner chunk lends the preference centre's chunk instead of it carrying a second
 * copy: the script-tag build hands this object to consentry-preferences.js, and the build
 * (rollup.config.js) reads the imports below to leave exactly these modules out of that
 * chunk, and fails when it imports a name not lent here. By module (its file name, `-` as
 * `_`), only the names the preference centre uses: lending all of Preact would keep its
 * unused exports in every first visit (0.4 KB gzip).
 */
import { Component, createRef, h } from 'preact';
import { Text, action } from './banner-view';

export const SHARED = { preact: { Component, createRef, h }, banner_view: { Text, action } };
