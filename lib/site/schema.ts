import { z } from "../zod";
import { TextSchema } from "../questionnaire/text";
import { contrastRatio } from "./contrast";

// The backgrounds and button text of the two colour schemes, from styles/base.css.
export const LIGHT = { background: "#fbfaf8", buttonText: "#ffffff" } as const;
export const DARK = { background: "#12161c", buttonText: "#0d1b2a" } as const;

const Hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#1f5c99"');

/** content/site.yaml: the brand a consultant hosts the site under. */
export const SiteSchema = z
  .strictObject({
    /** Shown in the header, page titles and feeds. */
    name: TextSchema.max(40),
    /** Who writes the article library: the byline on every article, and its author in structured data. */
    editors: TextSchema.max(60),
    /** One line under the name in search results and link previews. */
    description: TextSchema,
    /** Links and buttons in the light scheme: must read clearly on the page and under white text. */
    accent: Hex,
    /** The same for the dark scheme: a lighter shade. */
    accentDark: Hex,
    /** Optional logo, a file in public/, drawn at this size so the header does not shift. */
    logo: z
      .strictObject({
        src: z.string().regex(/^\/[\w./-]+\.(svg|png|webp)$/, "must be a path in public/, like /brand/logo.svg"),
        width: z.number().int().positive(),
        height: z.number().int().positive(),
      })
      .optional(),
    /** Optional call to action in the footer, e.g. booking a workshop. */
    contact: z.strictObject({ label: TextSchema, url: z.url() }).optional(),
    /** Footer text. */
    footer: TextSchema,
  })
  .superRefine((site, ctx) => {
    const check = (field: "accent" | "accentDark", against: string, what: string) => {
      const ratio = contrastRatio(site[field], against);
      if (ratio < 4.5)
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `contrast with ${what} is ${ratio.toFixed(2)}:1; needs at least 4.5:1`,
        });
    };
    check("accent", LIGHT.background, "the light background");
    check("accent", LIGHT.buttonText, "white button text");
    check("accentDark", DARK.background, "the dark background");
    check("accentDark", DARK.buttonText, "dark button text");
  });

export type Site = z.infer<typeof SiteSchema>;
