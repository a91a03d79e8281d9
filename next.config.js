// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  compress: true,
  reactStrictMode: true,
  // Native modules stay outside the server bundle and are loaded from node_modules at run time.
  // Newsroom imports upload several documents (each at most 512 KB) in one server action.
  experimental: { serverActions: { bodySizeLimit: '8mb' } },
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@resvg/resvg-js'],
};

module.exports = nextConfig;
