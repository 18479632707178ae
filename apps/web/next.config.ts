import type { NextConfig } from "next";
import { API_CSP, STATIC_SECURITY_HEADERS } from "./src/lib/http/security-headers";

const config: NextConfig = {
  // @repo/core is a Just-in-Time package (exports point at TypeScript source).
  transpilePackages: ["@repo/core"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Pages get a nonce-based CSP from src/proxy.ts; these go on every response, static files included.
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default config;
