# syntax=docker/dockerfile:1
# deps → build (typecheck + compile) → a clean runtime stage with production dependencies only.
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npx tsc -p tsconfig.build.json

FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/build ./build
# Fluent files are read at runtime from ../locales relative to build/.
COPY locales ./locales
# The customer card's font (Inter, SIL OFL), read at runtime from ../assets relative to build/.
COPY assets ./assets
USER node
EXPOSE 8080
# node is PID 1 here; the app handles SIGTERM itself (stops polling, finishes handlers, closes Redis).
# The heap flags are `npm start`'s (package.json; test/server/deployed-node-flags.test.ts keeps them equal):
# a smaller young generation and a gentler old-space growth, soft limits that keep ROLE=bot under 150 MB.
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=30", "build/main.js"]
