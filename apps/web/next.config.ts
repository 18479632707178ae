import type { NextConfig } from "next";

const config: NextConfig = {
  // @repo/core is a Just-in-Time package (exports point at TypeScript source).
  transpilePackages: ["@repo/core"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
