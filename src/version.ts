/** This library's version; `npm run check:generated` fails when it differs from package.json's. */
export const VERSION = '0.1.0';
