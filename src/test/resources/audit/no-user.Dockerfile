FROM node:20-alpine
WORKDIR /app
COPY src ./src
ENTRYPOINT ["node", "src/server.js"]
