package io.compose2helm.kube;

import io.compose2helm.compose.ByteSizeParser;
import io.compose2helm.compose.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a service gives its JVM with {@code -Xmx} (in ES_JAVA_OPTS, JAVA_OPTS, a command...): a
 * container limit below it gets the pod killed by the kernel long before the JVM would complain.
 */
final class JvmHeap {

  private static final Pattern XMX = Pattern.compile("(?<!\\S)-Xmx(\\d{1,9})([kKmMgGtT]?)(?!\\S)");

  private JvmHeap() {}

  /** The last -Xmx of the environment, then of the command (the JVM takes the last one it reads), or null. */
  static MemoryNeed of(List<EnvVar> environment, List<String> words) {
    List<String> texts = new ArrayList<>();
    for (EnvVar variable : environment) {
      texts.add(variable.value() == null ? "" : variable.value());
    }
    texts.addAll(words);
    MemoryNeed found = null;
    for (String text : texts) {
      Matcher matcher = XMX.matcher(text);
      while (matcher.find()) {
        // The JVM's units are Compose's (powers of 1024, a bare number is bytes); above 8 EiB the
        // parser refuses, and above a pebibyte the figure is a typo: neither sizes anything.
        long bytes;
        try {
          bytes = ByteSizeParser.parse(matcher.group(1) + matcher.group(2));
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (bytes > 0 && bytes <= 1L << 50) {
          found = new MemoryNeed(bytes, matcher.group(), 150, 200,
              "the JVM heap, requested with half again for metaspace, threads and buffers, limited at twice"
                  + " (Elasticsearch wants half its memory for the file cache)");
        }
      }
    }
    return found;
  }
}
