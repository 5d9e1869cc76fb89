# One image for both services: Node 24, the workspaces installed from the lockfile, the CMS built.
# The CMS container builds each release of the site (site-publisher); the site container serves it.
FROM node:24-bookworm-slim AS cms
ENV NODE_ENV=production \
    STRAPI_TELEMETRY_DISABLED=true \
    ASTRO_TELEMETRY_DISABLED=1
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY config/package.json config/tsconfig.json config/
COPY config/src config/src
COPY cms/package.json cms/
COPY site/package.json site/
COPY publishing/package.json publishing/
RUN npm ci --include=dev
COPY cms cms
COPY site site
COPY publishing publishing
COPY scripts scripts
RUN node scripts/build.ts
EXPOSE 1337
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=12 \
  CMD node -e "fetch('http://127.0.0.1:1337/_health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "scripts/cms.ts"]

FROM cms AS site
EXPOSE 4321
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=12 \
  CMD node -e "fetch('http://127.0.0.1:4321/').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "scripts/serve-site.ts"]
