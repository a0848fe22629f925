# The Preuve server. With DATABASE_URL set it uses that Postgres; without, an embedded one in DATA_DIR.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json openapi.json ./
# npm ci's prepare step derives the web client types from openapi.json.
COPY scripts/web-client-types.mjs scripts/
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/libs/referentials/data ./libs/referentials/data
# Fonts embedded in the PDFs (declarations, attestations); the demo assets serve `preuve seed-demo`.
COPY --from=build /app/apps/api/assets ./apps/api/assets
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "dist/main.js"]
