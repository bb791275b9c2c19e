#!/usr/bin/env node
// The consentry-scan command. A file in git rather than the built one, so that npm links the
// command in a fresh clone before anything is built (`npm run build` writes dist/).
import './dist/consentry-scan.mjs';
