FROM node:20-alpine
USER node
RUN echo building as node
USER 0:0
ENTRYPOINT ["node", "src/server.js"]
