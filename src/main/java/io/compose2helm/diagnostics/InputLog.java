package io.compose2helm.diagnostics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Every file a conversion reads, and every path whose kind it asks about, outside the chart: what a
 * later run must find as it was for the same arguments to give the same chart and messages (see
 * {@code cli.UnchangedRuns}). The loader and the rules go through here instead of {@link Files};
 * recording is off unless a run starts it, and then costs a list entry per access.
 *
 * <p>A file read is recorded by its {@linkplain #stamp stamp}, never its content: what it holds may
 * be a secret.
 */
public final class InputLog {

  /** What a path is, links followed. */
  public enum Kind { MISSING, FILE, DIRECTORY, OTHER }

  /**
   * What changes whenever the file does, as git's index keeps it: size, modification and status
   * change times to the nanosecond, inode and device (the kernel sets the status change time on
   * every write, and it cannot be set back), as {@code text}; {@code changedMillis} is the status
   * change time.
   */
  public record Stamp(String text, long changedMillis) {

    // Written out: a record's generated equals links java.lang.runtime.ObjectMethods at its first
    // call, method handle trees spun as classes, about 8 ms of every conversion on JDK 17.
    @Override
    public boolean equals(Object other) {
      return other instanceof Stamp that && changedMillis == that.changedMillis && text.equals(that.text);
    }

    @Override
    public int hashCode() {
      return text.hashCode() * 31 + Long.hashCode(changedMillis);
    }
  }

  /**
   * One access: the kind found and, when the run read the file or its size, its stamp.
   *
   * @param stamp the file's stamp then, or null when only its kind was asked for
   */
  public record Access(Path path, Kind kind, Stamp stamp) {

    // Written out for the reason Stamp gives: a kept run's accesses go through a set.
    @Override
    public boolean equals(Object other) {
      return other instanceof Access that && path.equals(that.path) && kind == that.kind
          && Objects.equals(stamp, that.stamp);
    }

    @Override
    public int hashCode() {
      return (path.hashCode() * 31 + kind.hashCode()) * 31 + Objects.hashCode(stamp);
    }
  }

  /**
   * What a run accessed, in order; not {@code stable} when a file changed while it was read, or has
   * no stamp on its file system, so that what was read cannot be told from what is there later.
   */
  public record Recording(List<Access> accesses, boolean stable) {}

  private static final String UNIX_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev";

  private static List<Access> recording;
  private static boolean stable;

  private InputLog() {}

  /** Starts recording, forgetting an earlier recording. */
  public static synchronized void start() {
    recording = new ArrayList<>();
    stable = true;
  }

  /** Stops recording and returns what was accessed. */
  public static synchronized Recording stop() {
    Recording accessed = new Recording(recording == null ? List.of() : List.copyOf(recording), recording != null && stable);
    recording = null;
    return accessed;
  }

  public static byte[] readAllBytes(Path file) throws IOException {
    Stamp before = isRecording() ? stamp(file) : null;
    byte[] bytes = Files.readAllBytes(file);
    if (isRecording()) {
      Stamp after = stamp(file);
      record(new Access(file, Kind.FILE, after), before != null && before.equals(after));
    }
    return bytes;
  }

  /** The file as UTF-8, as {@link Files#readString} reads it: a malformed byte is an exception. */
  public static String readString(Path file) throws IOException {
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(readAllBytes(file))).toString();
  }

  public static long size(Path file) throws IOException {
    long size = Files.size(file);
    if (isRecording()) {
      Stamp stamp = stamp(file);
      record(new Access(file, kindOf(file), stamp), stamp != null);
    }
    return size;
  }

  public static boolean isRegularFile(Path path) {
    return kind(path) == Kind.FILE;
  }

  public static boolean isDirectory(Path path) {
    return kind(path) == Kind.DIRECTORY;
  }

  public static boolean exists(Path path) {
    return kind(path) != Kind.MISSING;
  }

  private static Kind kind(Path path) {
    Kind kind = kindOf(path);
    record(new Access(path, kind, null), true);
    return kind;
  }

  /** The kind of {@code path} now, unrecorded: what a later run compares with. */
  public static Kind kindOf(Path path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return attributes.isRegularFile() ? Kind.FILE : attributes.isDirectory() ? Kind.DIRECTORY : Kind.OTHER;
    } catch (IOException | SecurityException e) {
      // Files.exists and isRegularFile also answer no when the attributes cannot be read.
      return Kind.MISSING;
    }
  }

  /** The file's stamp now, links followed; null without a POSIX file system, or when it is gone. */
  public static Stamp stamp(Path path) {
    return stamp(path, new LinkOption[0]);
  }

  /** The same for a link itself, not its target. */
  public static Stamp stampOfLink(Path path) {
    return stamp(path, LinkOption.NOFOLLOW_LINKS);
  }

  private static Stamp stamp(Path path, LinkOption... options) {
    try {
      Map<String, Object> attributes = Files.readAttributes(path, UNIX_ATTRIBUTES, options);
      long changed = nanos(attributes.get("ctime"));
      return new Stamp(attributes.get("size") + "|" + nanos(attributes.get("lastModifiedTime")) + "|" + changed
          + "|" + attributes.get("ino") + "|" + attributes.get("dev"), changed / 1_000_000);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }

  private static long nanos(Object time) {
    return ((FileTime) time).to(TimeUnit.NANOSECONDS);
  }

  private static synchronized boolean isRecording() {
    return recording != null;
  }

  /** Records an access; {@code known} false makes the recording unstable. */
  private static synchronized void record(Access access, boolean known) {
    if (recording != null) {
      recording.add(access);
      stable &= known;
    }
  }
}
