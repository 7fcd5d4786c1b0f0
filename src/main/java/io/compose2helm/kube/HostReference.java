package io.compose2helm.kube;

/**
 * One place where a service names another by host: {@code redis://cache:6379} in an environment
 * value, {@code api:8000} in a command, {@code DB_HOST: db} alone.
 *
 * @param host the name as written (a Compose service name, alias, hostname or container_name)
 * @param port the port named with it, or {@code null} when only the name is used
 * @param where what holds the reference, for messages ({@code environment.DB_HOST}, {@code command})
 */
public record HostReference(String host, Integer port, String where) {}
