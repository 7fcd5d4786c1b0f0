FROM debian:12-slim
# two installs in a row
RUN apt-get update
RUN apt-get install -y curl
USER 1000
CMD ["curl", "--version"]
