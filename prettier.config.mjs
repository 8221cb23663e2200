/**
 * One format for the whole repository, checked by `npm run lint` (format:check). Wide lines: the
 * code keeps one statement per line where it reads better than a wrapped one; Tailwind classes
 * are sorted by the official plugin.
 */
const config = {
  printWidth: 160,
  plugins: ["prettier-plugin-tailwindcss"],
  tailwindStylesheet: "./app/globals.css",
};

export default config;
