import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "AWS container cost calculator",
  description: "ECS and EKS on Fargate and EC2: monthly cost per pattern, line by line, from a dated AWS price snapshot.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}
