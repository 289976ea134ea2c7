import { defineConfig } from "vitest/config";

// The bundle is packaged by Maven into META-INF/resources of the ui-web jar,
// which mes-service serves at the root path.
export default defineConfig({
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
