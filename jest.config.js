// Unit tests (test/**/*.test.ts) through ts-jest with tsconfig.test.json. Type errors are the job of
// `npm run typecheck`; here each file is only transpiled (isolatedModules in tsconfig.test.json), which
// keeps a run from building a whole TypeScript program first.
"use strict";

/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  moduleFileExtensions: ["ts", "js", "json"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
  },
};
