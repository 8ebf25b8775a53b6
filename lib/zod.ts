import { z } from "zod";

// Zod compiles fast parsers with `new Function` when it may. The site's Content-Security-Policy
// forbids eval, and even zod's guarded probe logs a violation, so compile nothing. Every
// schema module imports z from here, so this runs before any schema is built.
z.config({ jitless: true });

export { z };
