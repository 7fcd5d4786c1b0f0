FROM node:20-alpine AS base
USER node

FROM base AS runner
COPY src ./src
ENTRYPOINT ["node", "src/server.js"]
