FROM node:20-alpine
USER node
ENTRYPOINT node server.js
CMD --verbose
