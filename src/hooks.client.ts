/**
 * Runs in the browser before any page module, so before any zod schema is built.
 *
 * zod 4's full build compiles object parsers with `new Function` when it can, and probes
 * for that by calling it once. Under our Content-Security-Policy (no 'unsafe-eval') the
 * probe is refused and reported as a policy violation and a console error, although zod
 * catches it. `jitless` skips the probe and the compiler; parsing a scenario stays far
 * below a millisecond either way.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
