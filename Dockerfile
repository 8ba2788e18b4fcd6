# syntax=docker/dockerfile:1
# deps → build (typecheck + compile) → a clean runtime stage with production dependencies only.
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
# tsc (types and build/ per file) then the bundle the bot runs (scripts/bundle.ts: a faster cold start).
RUN npm run build

FROM node:20-slim AS runtime
# MALLOC_ARENA_MAX: `npm start`'s (package.json; test/server/deployed-node-flags.test.ts keeps them equal).
# glibc gives each thread that allocates its own arena; two keep ~18 MB of native memory out of the RSS.
ENV NODE_ENV=production MALLOC_ARENA_MAX=2
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/build ./build
# Fluent files and the customer card's font (Inter, SIL OFL) are read at runtime from the project root
# (the directory with package.json: src/package-root.ts).
COPY locales ./locales
COPY assets ./assets
USER node
EXPOSE 8080
# node is PID 1 here; the app handles SIGTERM itself (stops polling, finishes handlers, closes Redis).
# The heap flags are `npm start`'s (package.json; test/server/deployed-node-flags.test.ts keeps them equal):
# a smaller young generation and a gentler old-space growth, soft limits that keep ROLE=bot under 150 MB.
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=30", "--single-threaded-gc", "build/bundle/main.js"]
