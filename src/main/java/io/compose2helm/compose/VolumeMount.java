package io.compose2helm.compose;

/**
 * A service {@code volumes:} entry in either syntax.
 *
 * @param source the named volume, or the host path of a bind (as written), or {@code null}
 * @param target the path inside the container
 * @param subpath the folder of a named volume mounted instead of all of it ({@code volume.subpath}), or null
 */
public record VolumeMount(Type type, String source, String target, boolean readOnly, String subpath) {

  /** A mount of the whole source. */
  public VolumeMount(Type type, String source, String target, boolean readOnly) {
    this(type, source, target, readOnly, null);
  }

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
