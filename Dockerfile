# Byline in a container: compiled in a build stage, run from dist/ by plain node, as the image's
# unprivileged `node` user, with only the runtime dependencies. See docs/deploying.md.

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# The bundled story; mount another folder of articles and set CORPUS_DIR to serve yours.
COPY seeds ./seeds
# The snapshot cache on a volume: a new container starts from the snapshot the last one wrote.
ENV BYLINE_CACHE_DIR=/var/cache/byline
RUN mkdir -p /var/cache/byline && chown node:node /var/cache/byline
VOLUME /var/cache/byline
USER node
# node itself is the container's main process, so `docker stop` (SIGTERM) reaches the bot.
CMD ["node", "dist/src/bin/main.js"]
