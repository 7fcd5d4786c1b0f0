FROM node:20
WORKDIR /app
COPY package.json ./
USER node
CMD node src/server.js
