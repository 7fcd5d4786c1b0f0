FROM alpine:3.20
RUN mkdir /data
RUN chown 1000 /data
RUN touch /data/ready
USER 1000
CMD ["ls", "/data"]
