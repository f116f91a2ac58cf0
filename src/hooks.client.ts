/**
 * Runs in the browser before any page module, so before any zod schema is built.
 *
 * zod 4's classic build compiles object parsers with `new Function` when it can, and probes
 * for that by calling it once. Under our Content-Security-Policy (no 'unsafe-eval') the
 * probe is refused and reported as a policy violation and a console error, although zod
 * catches it. The app now uses zod/mini, whose objects are never compiled, so nothing
 * probes today; `jitless` stays as a guard, so that a schema built with classic zod (a
 * dependency's, or a slip) cannot bring the probe back. Parsing stays far below a
 * millisecond either way.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
