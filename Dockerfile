# syntax=docker/dockerfile:1
# Images of Stadtgespräch, one target each (see docs/deployment.md):
#   docker build --target api    -t stadtgespraech/api .
#   docker build --target portal -t stadtgespraech/portal .
#   docker build --target admin  -t stadtgespraech/admin .
# The API image also runs the job workers and the migrations (other command, same image).

ARG NODE_IMAGE=node:24.21.0-trixie-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.30-alpine

# --- Install and build the whole workspace once ---------------------------------------------
FROM ${NODE_IMAGE} AS workspace
ENV CI=true \
    TURBO_TELEMETRY_DISABLED=1 \
    NUXT_TELEMETRY_DISABLED=1
WORKDIR /build
RUN npm install --global --no-fund --no-audit pnpm@12.21.0
# Dependencies first: this layer stays cached until the lockfile changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY . .
RUN pnpm install --offline --frozen-lockfile \
 && pnpm turbo run build --filter=@stadtgespraech/api --filter=@stadtgespraech/portal --filter=@stadtgespraech/admin \
 && pnpm --filter=@stadtgespraech/api --prod deploy /out/api

# --- API (and workers, migrations) ----------------------------------------------------------
FROM ${NODE_IMAGE} AS api
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3001 \
    MEDIA_DIR=/data/media
WORKDIR /app
# Owned by root, run as "node": the process cannot change its own code.
COPY --from=workspace /out/api ./
RUN mkdir -p /data/media && chown node:node /data/media
USER node
EXPOSE 3001
VOLUME ["/data/media"]
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]

# --- Portal (Nuxt server; .output carries its own node_modules) ---------------------------
FROM ${NODE_IMAGE} AS portal
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=workspace /build/apps/portal/.output ./.output
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/robots.txt').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", ".output/server/index.mjs"]

# --- Admin (static files behind nginx, which also forwards /api to the API) ---------------
FROM ${NGINX_IMAGE} AS admin
# Rendered by the image's entrypoint with the environment (envsubst) at every start.
ENV API_UPSTREAM=api:3001 \
    PORTAL_ORIGIN=http://localhost:3000
COPY deploy/admin/default.conf.template /etc/nginx/templates/default.conf.template
COPY deploy/admin/security-headers.inc.template /etc/nginx/templates/security-headers.inc.template
COPY --from=workspace /build/apps/admin/dist /usr/share/nginx/html
USER nginx
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
