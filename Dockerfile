# syntax=docker/dockerfile:1
# Bangfu (帮扶): one image for the API (which also serves the built web app) and its one-off migrate job.
#   docker build -t bangfu .          or, with the database and the proxy:  docker compose up -d --build
ARG NODE_IMAGE=node:20-bookworm-slim
ARG PNPM_VERSION=12.4.2

# --- pnpm, without corepack --------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
ARG PNPM_VERSION
ENV CI=true
RUN npm install -g "pnpm@${PNPM_VERSION}" --no-fund --no-audit --loglevel=error && pnpm --version
WORKDIR /app
# Only the manifests, so the dependency layers stay cached until one of them changes.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/shared/package.json packages/shared/

# --- every dependency, then the builds ---------------------------------------------------------------------
FROM base AS build
RUN --mount=type=cache,id=bangfu-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store
COPY tsconfig.base.json ./
COPY packages/shared packages/shared
COPY apps/api apps/api
COPY apps/web apps/web
RUN pnpm --filter @bangfu/web run build && pnpm --filter @bangfu/api run build

# --- production dependencies of the API only (the bundle keeps npm packages external) ----------------------
FROM base AS prod-deps
RUN --mount=type=cache,id=bangfu-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --filter "@bangfu/api..." --store-dir /pnpm/store --config.package-import-method=copy

# --- runtime -----------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=prod-deps /app/package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/apps/api/package.json ./apps/api/
COPY --from=prod-deps /app/apps/api/node_modules ./apps/api/node_modules
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/api/drizzle ./apps/api/drizzle
COPY --from=build /app/apps/web/dist ./apps/web/dist
# data/ holds the embedded PGlite database when DATABASE_URL is not set (mount a volume there to keep it).
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/server.js"]
