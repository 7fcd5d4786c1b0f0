FROM node:20-alpine
ARG REGISTRY_MIRROR=registry.corp.example:5000
ENV API_URL=http://api.internal:4001 LOG_LEVEL=info
ENV OLLAMA_HOST host.docker.internal
USER node
ENTRYPOINT ["node", "server.js"]
