package io.compose2helm.kube;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory a cache's own command gives its working set: memcached {@code -m 256M} (megabytes
 * unless a K/M/G suffix says otherwise; memcached's default is 64) and redis, valkey and keydb
 * {@code --maxmemory 256mb} (redis.conf units: k/m/g are powers of 1000, kb/mb/gb of 1024).
 */
final class CacheMemory {

  private static final Pattern MEMCACHED = Pattern.compile("(\\d+)([kmgt]?)b?");
  private static final Pattern REDIS = Pattern.compile("(\\d+)(b|k|kb|m|mb|g|gb)?");
  // known-images.yaml entries by the syntax of their command line.
  private static final List<String> MEMCACHED_IMAGES = List.of("memcached", "bitnami-memcached");
  private static final List<String> REDIS_IMAGES = List.of("redis", "valkey", "keydb", "redis-stack");
  private static final String MEMCACHED_LONG_FLAG = "--memory-limit";

  /** Above a pebibyte the figure is a typo, and a quarter more of it would overflow. */
  private static final long MAX_BYTES = 1L << 50;

  private CacheMemory() {}

  /** The working set and the flag as written ({@code -m 256M}), or null when the command sets none. */
  static MemoryNeed of(String image, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : null;
      Long bytes = null;
      String flag = null;
      if (MEMCACHED_IMAGES.contains(image) && word.startsWith(MEMCACHED_LONG_FLAG + "=")) {
        // memcached -h prints the long form as --memory-limit=<num>
        bytes = memcached(word.substring(MEMCACHED_LONG_FLAG.length() + 1).toLowerCase(Locale.ROOT));
        flag = word;
      } else if (next != null && MEMCACHED_IMAGES.contains(image) && (word.equals("-m") || word.equals(MEMCACHED_LONG_FLAG))) {
        bytes = memcached(next.toLowerCase(Locale.ROOT));
        flag = word + " " + next;
      } else if (next != null && REDIS_IMAGES.contains(image) && word.equals("--maxmemory")) {
        bytes = redis(next.toLowerCase(Locale.ROOT));
        flag = word + " " + next;
      }
      if (bytes != null && bytes > 0 && bytes <= MAX_BYTES) {
        return new MemoryNeed(bytes, flag, 125, 150,
            "its working set, requested with a quarter more for connections and overhead, limited at half again");
      }
    }
    return null;
  }

  private static Long memcached(String value) {
    Matcher m = MEMCACHED.matcher(value);
    if (!m.matches() || m.group(1).length() > 9) {
      return null;
    }
    long number = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "k" -> number << 10;
      case "g" -> number << 30;
      case "t" -> number > 1L << 10 ? null : number << 40;
      default -> number << 20;
    };
  }

  private static Long redis(String value) {
    Matcher m = REDIS.matcher(value);
    if (!m.matches() || m.group(1).length() > 9) {
      return null;
    }
    long number = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2);
    return switch (unit) {
      case "k" -> number * 1_000L;
      case "kb" -> number << 10;
      case "m" -> number * 1_000_000L;
      case "mb" -> number << 20;
      case "g" -> number * 1_000_000_000L;
      case "gb" -> number << 30;
      default -> number;
    };
  }
}
