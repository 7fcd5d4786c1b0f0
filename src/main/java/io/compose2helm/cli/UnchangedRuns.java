package io.compose2helm.cli;

import io.compose2helm.chart.CacheFiles;
import io.compose2helm.diagnostics.InputLog;
import io.compose2helm.diagnostics.InputLog.Access;
import io.compose2helm.diagnostics.InputLog.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Runs of convert and check that left their chart as they found it, kept in the render cache's
 * folder so that the same run again (a pre-commit hook, a second {@code check}) answers at once:
 * with the same build, JDK, locale, working directory and arguments, every file the run read and every
 * path it looked for as it was ({@link InputLog}), and the chart folder as it was ({@link FolderStamp}), a conversion
 * can only give the same chart and the same messages. Those are then written again, exit 0.
 *
 * <p>Files are compared by their {@linkplain InputLog#stamp stamps} (size, modification and status
 * change times, inode), as git's index compares them, so an entry holds no content of any file,
 * and so no secret; the messages kept are the ones the run printed, secrets already masked. A run
 * is not kept while a file it depends on changed within the last {@link #racyMillis}: a change in
 * the same tick of a coarse clock would leave the same stamp. Runs with --os-env, --templates or
 * --timings are never kept.
 */
final class UnchangedRuns implements ChartWatch {

  private static final String FORMAT = "compose2helm-run-2";
  private static final String PREFIX = "run-";
  private static final String SUFFIX = ".bin";
  private static final int KEEP = 32;
  private static final long KEEP_BYTES = 16L * 1024 * 1024;
  private static final int MAX_INPUTS = 100_000;
  /** Set to {@code off}, no run is kept or replayed (the render cache still is). */
  static final String SWITCH = "COMPOSE2HELM_KEPT_RUNS";
  private static final List<String> NEVER_KEPT = List.of("--os-env", "--templates", CommonOptions.TIMINGS);
  /** Two seconds: the coarsest file system clock in use (FAT's); tests that edit files at once set 0. */
  static long racyMillis = 2_000;

  /** The messages and exit code of a kept run. */
  record Replay(int exitCode, List<Transcript.Part> printed) {}

  private final Path directory;
  private final byte[] key;
  private final long started = System.currentTimeMillis();
  private Path chart;
  private String chartFound;
  private boolean leftAsIs;
  // The chart folder replay() stamped, and its stamp: a run that goes on to convert into that folder
  // takes it as the stamp it found instead of walking the folder again.
  private Path replayStamped;
  private String replayStamp;

  private UnchangedRuns(Path directory, byte[] key) {
    this.directory = directory;
    this.key = key;
  }

  /**
   * The kept runs for these arguments, when the environment names the render cache's folder, the
   * classes come from a jar ({@code build} names it), {@link #SWITCH} is not off and no argument asks
   * for what is never kept.
   */
  static Optional<UnchangedRuns> forRun(Map<String, String> environment, String build, String... args) {
    String folder = environment.get(ChartSource.RENDER_CACHE);
    if (folder == null || folder.isBlank() || build == null || "off".equals(environment.get(SWITCH))) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder(FORMAT).append('\0').append(build)
        .append('\0').append(System.getProperty("java.version")).append('\0').append(Locale.getDefault())
        .append('\0').append(Path.of("").toAbsolutePath());
    for (String arg : args) {
      for (String option : NEVER_KEPT) {
        if (arg.equals(option) || arg.startsWith(option + "=")) {
          return Optional.empty();
        }
      }
      key.append('\0').append(arg);
    }
    return Optional.of(new UnchangedRuns(Path.of(folder), key.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public void found(Path chartFolder) {
    if (chart == null) {
      chart = chartFolder.toAbsolutePath().normalize();
      chartFound = chart.equals(replayStamped) ? replayStamp : chartStamp(chart);
    }
  }

  @Override
  public void leftAsIs() {
    leftAsIs = true;
  }

  /** The kept run for these arguments, when all it depended on is as it was. */
  Optional<Replay> replay() {
    Path entry = entry();
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(entry)));
      if (!Arrays.equals(readBytes(in), key)) {
        return Optional.empty();
      }
      replayStamped = Path.of(readText(in));
      replayStamp = chartStamp(replayStamped);
      if (!readText(in).equals(replayStamp)) {
        return Optional.empty();
      }
      int inputs = in.readInt();
      if (inputs < 0 || inputs > MAX_INPUTS) {
        return Optional.empty();
      }
      for (int i = 0; i < inputs; i++) {
        Path path = Path.of(readText(in));
        Kind kind = Kind.values()[in.readByte()];
        String stamp = readText(in);
        if (InputLog.kindOf(path) != kind || !stamp.isEmpty() && !stamp.equals(stampText(InputLog.stamp(path)))) {
          return Optional.empty();
        }
      }
      int exitCode = in.readInt();
      int parts = in.readInt();
      if (parts < 0 || parts > in.available()) {
        return Optional.empty();
      }
      List<Transcript.Part> printed = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        int stream = in.readByte() == Transcript.ERR ? Transcript.ERR : Transcript.OUT;
        printed.add(new Transcript.Part(stream, readText(in)));
      }
      if (in.available() != 0) {
        return Optional.empty();
      }
      // A project re-run unchanged is replayed ever after and kept no more: unmarked, its run went
      // after as many runs of other projects were kept.
      files().markUsed(entry.getFileName().toString());
      return Optional.of(new Replay(exitCode, printed));
    } catch (IOException | RuntimeException e) {
      // no entry, a damaged or foreign one: the run converts
      return Optional.empty();
    }
  }

  /**
   * Keeps this run when it ended well, left its chart as it found it (and the chart is still so: a
   * chart edited while the run compared it is not what the run answered about), and every file it
   * read kept one stamp while it was read and is older than {@link #racyMillis}.
   */
  void keep(InputLog.Recording inputs, int exitCode, List<Transcript.Part> printed) {
    if (exitCode != ExitCodes.OK || !leftAsIs || !inputs.stable() || chartFound == null
        || !chartFound.equals(chartStamp(chart))) {
      return;
    }
    Set<Access> distinct = new LinkedHashSet<>(inputs.accesses());
    for (Access access : distinct) {
      if (access.stamp() != null && access.stamp().changedMillis() > changedBefore()) {
        return;
      }
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream data = new DataOutputStream(bytes);
      writeBytes(data, key);
      writeText(data, chart.toString());
      writeText(data, chartFound);
      data.writeInt(distinct.size());
      for (Access access : distinct) {
        writeText(data, access.path().toString());
        data.writeByte(access.kind().ordinal());
        writeText(data, stampText(access.stamp())); // "": only the kind was asked for
      }
      data.writeInt(exitCode);
      data.writeInt(printed.size());
      for (Transcript.Part part : printed) {
        data.writeByte(part.stream());
        writeText(data, part.text());
      }
      files().write(entry().getFileName().toString(), bytes.toByteArray());
    } catch (IOException | RuntimeException e) {
      // not kept: the next run converts
    }
  }

  /** Files changed after this (epoch milliseconds) are too recent to tell by their stamps. */
  private long changedBefore() {
    return racyMillis > 0 ? started - racyMillis : Long.MAX_VALUE;
  }

  private String chartStamp(Path folder) {
    return FolderStamp.of(folder, changedBefore());
  }

  private static String stampText(InputLog.Stamp stamp) {
    return stamp == null ? "" : stamp.text();
  }

  private Path entry() {
    CRC32 crc = new CRC32();
    crc.update(key);
    return directory.resolve(PREFIX + Long.toHexString(crc.getValue()) + SUFFIX);
  }

  private CacheFiles files() {
    return new CacheFiles(directory, PREFIX, SUFFIX, KEEP, KEEP_BYTES);
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readText(DataInputStream in) throws IOException {
    return new String(readBytes(in), StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("damaged entry");
    }
    return in.readNBytes(length);
  }
}
