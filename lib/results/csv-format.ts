import type { Locale } from "../i18n/locales";

/**
 * How a spreadsheet in a language's regional settings reads a CSV. Excel splits a CSV on the
 * list separator of the computer's region: `,` where the decimal mark is a point (English), `;`
 * where the decimal mark is a comma (German, French, Spanish), and reads a figure only when it
 * is written with that region's decimal mark. English keeps the comma CSV the site has always
 * written.
 */
export type CsvFormat = {
  /** Between cells: `,` or `;`. */
  readonly separator: "," | ";";
  /** Between a figure's whole and its fraction: "2.75" or "2,75". */
  readonly decimal: "." | ",";
};

export const COMMA_CSV: CsvFormat = { separator: ",", decimal: "." };
export const SEMICOLON_CSV: CsvFormat = { separator: ";", decimal: "," };

const FORMATS: Record<Locale, CsvFormat> = { en: COMMA_CSV, de: SEMICOLON_CSV, fr: SEMICOLON_CSV, es: SEMICOLON_CSV };

/** The CSV a spreadsheet set to a language's region opens as columns, figures as numbers. */
export function csvFormatFor(locale: Locale): CsvFormat {
  return FORMATS[locale];
}
