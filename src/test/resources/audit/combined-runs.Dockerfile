FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
COPY app /app
RUN chown -R 1000 /app
USER 1000
CMD ["/app/run"]
