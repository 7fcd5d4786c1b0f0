FROM node:20-alpine
WORKDIR /app
COPY package.json ./
USER node
ENTRYPOINT ["node", "src/server.js"]
CMD ["--port", "3000"]
