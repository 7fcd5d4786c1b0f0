FROM node:20-alpine AS build
WORKDIR /src
COPY . .
RUN npm ci && npm run build

FROM node:20-alpine
WORKDIR /app
ADD ./ /app
COPY --from=build /src/dist ./dist
USER node
ENTRYPOINT ["node", "dist/server.js"]
