# syntax=docker/dockerfile:1
# One image for every role: `docker run IMAGE --role=api` (the default) or `--role=worker`, or set
# APP_ROLE. Migrations are a release step: `docker run --entrypoint node IMAGE dist/scripts/migrate.js`
# (docker-compose.yml's `migrate` service). See docs/deployment.md.
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so a code change reuses this layer. postinstall generates the Prisma client
# (offline: scripts/prisma-generate.mjs), which needs the schema.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts ./scripts
COPY prisma ./prisma
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    APP_ROLE=api \
    PORT=3000 \
    METRICS_PORT=9464 \
    MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/prisma ./prisma
# Files owned by root and read-only to the app; it runs as the unprivileged `node` user (uid 1000).
USER node
EXPOSE 3000 9464
# /health/ready for the API role, METRICS_PORT for the worker (scripts/healthcheck.ts).
HEALTHCHECK --interval=10s --timeout=10s --start-period=60s --retries=3 CMD ["node", "dist/scripts/healthcheck.js"]
# SIGTERM goes straight to node (no shell in between), which drains and exits (docs/decisions/graceful-shutdown.md).
ENTRYPOINT ["node", "dist/src/main.js"]
CMD []
