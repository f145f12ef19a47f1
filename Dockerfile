# Tandem in a container. Two stages: the first builds the web app and the server bundle, the second
# holds only what the server runs (the bundle, the migrations and the built web app; see
# docs/decisions/0043). The sources stay in the image for the `tandem` command line.
#
#   docker build -t tandem .
#   docker run -p 3000:3000 -v tandem-data:/data tandem                  # embedded database in the volume
#   docker run -p 3000:3000 -e DATABASE_URL=postgres://u:p@db/tandem tandem   # PostgreSQL 15 or later

FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json vite.config.ts ./
COPY scripts/build-server.mjs ./scripts/
COPY src ./src
RUN npm run build:web && npm run build:server

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    TANDEM_DATA_DIR=/data
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY --from=web /app/dist/web ./dist/web
COPY --from=web /app/dist/server ./dist/server
# The embedded database lives in /data; mount a volume there so it outlives the container. Its
# lock (tandem.lock, a kernel lock: docs/decisions/0023) is released when the server exits in any
# way, so a restarted container starts again after a crash.
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/v1/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The server handles SIGTERM itself (closes the database, releases the lock), so it can be pid 1.
CMD ["node", "dist/server/tandem.mjs", "serve"]
