FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
COPY --chown=node:node src ./src
COPY ["public", "./public"]
USER node
ENTRYPOINT ["node", "src/server.js"]
