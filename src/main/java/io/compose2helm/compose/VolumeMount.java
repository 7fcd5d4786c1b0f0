package io.compose2helm.compose;

/**
 * A service {@code volumes:} entry in either syntax.
 *
 * @param source the named volume, or the host path of a bind (as written), or {@code null}
 * @param target the path inside the container
 */
public record VolumeMount(Type type, String source, String target, boolean readOnly) {

  public enum Type {
    /** A top-level named volume. */
    VOLUME,
    /** A host path. */
    BIND,
    /** An in-memory file system. */
    TMPFS,
    /** A volume without a name, private to the container. */
    ANONYMOUS,
    /** A Windows named pipe, an image mount or a cluster volume: no portable meaning. */
    OTHER
  }
}
