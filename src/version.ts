/** This release; a receipt's hash covers it because the built-in English texts belong to it. */
export const VERSION = '0.1.0';
