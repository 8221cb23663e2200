/** Parameters of a message ("{count} học viên"): ISO dates are formatted by the caller (format-params.ts). */
export type TranslateParams = Record<string, string | number>;

/**
 * A translator as this app calls it: any key, including keys built at run time (`stage.${code}`),
 * with optional parameters. In a file of its own, free of next-intl, so that the pure domain can
 * name the type of the translator it receives as an argument.
 */
export type Translate = (key: string, params?: TranslateParams) => string;
