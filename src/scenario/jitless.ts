// Imported first by the page and by the Lab's worker, before any schema is made: the page's
// Content-Security-Policy forbids eval, so zod must check data without compiling code — and without probing
// whether it may, which it does when a schema is made and which the browser reports as a violation.
import { z } from 'zod';

z.config({ jitless: true });
