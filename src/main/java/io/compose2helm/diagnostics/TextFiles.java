package io.compose2helm.diagnostics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads input text files (Compose, env files) as UTF-8. A failure is an {@link InputException}
 * that says what failed (does not exist, permission denied, is a directory, not UTF-8 at line N),
 * never the exception's own text: some readers quote the bytes they choked on.
 */
public final class TextFiles {

  private TextFiles() {}

  /**
   * @param what how the file is named in messages, for example {@code "the Compose file"}
   * @param location where a failure to open the file is reported
   */
  public static String read(Path file, String displayName, String what, SourceLocation location, String key) {
    byte[] bytes;
    try {
      bytes = InputLog.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(location, key, "cannot read " + what + " " + displayName + ": " + reason(file, e));
    }
    return decode(bytes, displayName, what);
  }

  /** Reads a file whose failures are reported at the file itself. */
  public static String read(Path file, String displayName, String what) {
    return read(file, displayName, what, SourceLocation.ofFile(displayName), "");
  }

  /** Why reading or writing {@code file} failed, in words. */
  public static String reason(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "it is not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return file != null && Files.isDirectory(file) ? "it already exists" : "it is a file, not a directory";
    }
    if (file != null && Files.isDirectory(file)) {
      return "it is a directory";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(Locale.ROOT); // the operating system's words: "read-only file system"
    }
    return e.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT);
  }

  /** The file a failure is about and why it failed, for example {@code out/chart: permission denied}. */
  public static String describe(IOException e) {
    if (e instanceof FileSystemException fse && fse.getFile() != null) {
      Path file = Path.of(fse.getFile());
      return fse.getFile() + ": " + reason(file, e);
    }
    return reason(null, e);
  }

  /** Decodes UTF-8; an invalid byte is reported at its line and column. */
  static String decode(byte[] bytes, String displayName, String what) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      // The byte itself is not quoted: it may belong to a secret.
      throw new InputException(at(bytes, offset, displayName), "",
          what + " is not UTF-8 text: invalid byte sequence here (save the file as UTF-8)");
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      // No Compose or dotenv syntax has a use for it; it would reach values and names unseen.
      throw new InputException(locate(text, text.codePointCount(0, nul), displayName), "",
          what + " contains a NUL character here (is it a binary file?)");
    }
    return text;
  }

  private static SourceLocation at(byte[] bytes, int offset, String displayName) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new SourceLocation(displayName, line, before.codePointCount(0, before.length()) + 1);
  }

  /** The location of a code point index in {@code text}, 1-based. */
  public static SourceLocation locate(String text, int codePointIndex, String displayName) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < text.length() && index < codePointIndex; index++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourceLocation(displayName, line, column);
  }
}
