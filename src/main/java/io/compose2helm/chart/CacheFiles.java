package io.compose2helm.chart;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entries of a cache folder shared by concurrent runs: owner-only, written whole under a scratch
 * name and renamed, and pruned to the few of their kind most recently written or used. A failure
 * only loses the entry.
 */
public final class CacheFiles {

  private static final String SCRATCH = ".tmp";
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

  private final Path directory;
  private final String prefix;
  private final String suffix;
  private final int keep;
  private final long keepBytes;

  /**
   * @param prefix how every entry (and scratch file) of this kind is named first
   * @param keep how many of the most recently written entries are kept
   * @param keepBytes how many bytes of them are kept at most (the newest always)
   */
  public CacheFiles(Path directory, String prefix, String suffix, int keep, long keepBytes) {
    this.directory = directory;
    this.prefix = prefix;
    this.suffix = suffix;
    this.keep = keep;
    this.keepBytes = keepBytes;
  }

  /** Writes {@code bytes} as the entry named {@code name}, then prunes; false when it could not. */
  public boolean write(String name, byte[] bytes) {
    Path scratch = null;
    try {
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
      }
      // Named here, not by Files.createTempFile, whose SecureRandom took longer to start than the write;
      // by the clock alone (createFile refuses a name taken by a concurrent run, which loses only
      // its entry), as the process id took ProcessHandle's start, 2 ms.
      scratch = directory.resolve(prefix + System.nanoTime() + SCRATCH);
      Files.createFile(scratch, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      Files.write(scratch, bytes);
      // Under its final name only when whole, so a concurrent run never reads half of it.
      Files.move(scratch, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      scratch = null;
      prune();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    } finally {
      if (scratch != null) {
        try {
          Files.deleteIfExists(scratch);
        } catch (IOException e) {
          // a stray scratch file; it is pruned with the rest
        }
      }
    }
  }

  /**
   * Marks the entry named {@code name} as used now, for the prune, which keeps the most recently
   * written or used entries: an entry every run reads but none writes again (a cache hit, a kept run
   * replayed) otherwise went after as many writes of others, and was made again. Its modification
   * time is all that changes; a failure (pruned meanwhile, a folder we may read but not write) only
   * lets it age.
   */
  public void markUsed(String name) {
    try {
      Files.setLastModifiedTime(directory.resolve(name), FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException | RuntimeException e) {
      // it only ages
    }
  }

  /**
   * Keeps the most recently written or used entries (by modification time, {@link #markUsed}), and
   * removes scratch files an interrupted run left an hour ago or more.
   */
  private void prune() throws IOException {
    // One stat per file for its time and size: the prune runs after every write.
    Map<Path, BasicFileAttributes> written = new LinkedHashMap<>();
    List<Path> scratch = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        try {
          if (name.startsWith(prefix) && name.endsWith(suffix)) {
            written.put(file, Files.readAttributes(file, BasicFileAttributes.class));
          } else if (name.startsWith(prefix) && name.endsWith(SCRATCH)
              && Files.getLastModifiedTime(file).toMillis() < System.currentTimeMillis() - 3_600_000) {
            scratch.add(file);
          }
        } catch (IOException e) {
          // gone meanwhile
        }
      }
    }
    List<Path> newestFirst = new ArrayList<>(written.keySet());
    newestFirst.sort(new NewestFirst(written));
    long bytes = 0;
    for (int i = 0; i < newestFirst.size(); i++) {
      Path file = newestFirst.get(i);
      bytes += written.get(file).size();
      if (i >= keep || bytes > keepBytes && i > 0) {
        Files.deleteIfExists(file);
      }
    }
    for (Path file : scratch) {
      Files.deleteIfExists(file);
    }
  }

  /** Orders entries by the time they were written, the most recent first. */
  private static final class NewestFirst implements Comparator<Path> {
    private final Map<Path, BasicFileAttributes> written;

    NewestFirst(Map<Path, BasicFileAttributes> written) {
      this.written = written;
    }

    @Override
    public int compare(Path a, Path b) {
      return written.get(b).lastModifiedTime().compareTo(written.get(a).lastModifiedTime());
    }
  }
}
