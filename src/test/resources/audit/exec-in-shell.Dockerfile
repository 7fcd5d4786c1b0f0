FROM node:20-alpine
USER node
CMD exec node server.js
