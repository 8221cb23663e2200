import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Scope by construction (shared/ARCHITECTURE.md): only lib/db reaches the Prisma client, and it hands
 * everything else a client bound to the caller's scope (lib/db/scoped.ts). Tests, seeds and scripts
 * build fixtures with the raw client on purpose. The same rule keeps next/link behind IntentLink.
 */
const prismaOnlyInLibDb = {
  files: ["app/**", "components/**", "lib/**"],
  ignores: ["lib/db/**", "components/ui/intent-link.tsx"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [
          { name: "@/lib/db/client", message: "Only lib/db imports the Prisma client: use dbFor(actor.scope) from @/lib/db/scoped or a lib/db function." },
          { name: "@prisma/client", message: "Only lib/db imports Prisma." },
          { name: "@/lib/db/scoped", importNames: ["rawConnectionOf"], message: "Raw SQL lives in lib/db and takes the scope as a parameter." },
          // A next/link fetches its page as soon as it scrolls into view: dozens of requests per page.
          {
            name: "next/link",
            allowTypeImports: true,
            message: "Use IntentLink from @/components/ui/intent-link: pages are fetched on intent (hover, focus, touch), not on sight.",
          },
        ],
        patterns: [
          {
            group: ["@/lib/db/generated", "@/lib/db/generated/*", "**/db/generated/*"],
            message: "Only lib/db imports the generated Prisma client; types are re-exported from @/lib/db/types.",
          },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "lib/db/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "reports/**",
      ".stryker-tmp/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-expect-error": "allow-with-description" }],
    },
  },
  prismaOnlyInLibDb,
];

export default config;
