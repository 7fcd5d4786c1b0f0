package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CacheMemoryTest {

  private static final long MI = 1 << 20;

  @ParameterizedTest
  @CsvSource({"256, 256", "256M, 256", "256m, 256", "1G, 1024", "2048K, 2"})
  void of_memcachedMemoryFlag_readsMegabytesUnlessSuffixed(String value, long mebibytes) {
    MemoryNeed set = CacheMemory.of("memcached", List.of("memcached", "-m", value, "-c", "1024"));
    assertEquals(mebibytes * MI, set.bytes());
    assertEquals("-m " + value, set.flag());
  }

  @Test
  void of_memcachedLongFlag_isRead() {
    assertEquals(64 * MI, CacheMemory.of("memcached", List.of("--memory-limit", "64")).bytes());
    MemoryNeed joined = CacheMemory.of("memcached", List.of("memcached", "--memory-limit=1024"));
    assertEquals(1024 * MI, joined.bytes());
    assertEquals("--memory-limit=1024", joined.flag());
  }

  @Test
  void of_bitnamiMemcached_readsTheMemcachedFlag() {
    assertEquals(2048 * MI, CacheMemory.of("bitnami-memcached", List.of("run.sh", "-m", "2048")).bytes());
  }

  @ParameterizedTest
  @CsvSource({"128mb, 134217728", "128MB, 134217728", "1gb, 1073741824", "100m, 100000000", "1g, 1000000000", "4096, 4096"})
  void of_redisMaxmemory_readsRedisUnits(String value, long bytes) {
    assertEquals(bytes, CacheMemory.of("redis", List.of("redis-server", "--maxmemory", value, "--maxmemory-policy", "allkeys-lru")).bytes());
    assertEquals(bytes, CacheMemory.of("valkey", List.of("valkey-server", "--maxmemory", value)).bytes());
  }

  @Test
  void of_noFlagOrOtherImage_isNull() {
    assertNull(CacheMemory.of("memcached", List.of("memcached", "-c", "1024")));
    assertNull(CacheMemory.of("redis", List.of("redis-server", "--appendonly", "yes")));
    assertNull(CacheMemory.of("postgres", List.of("postgres", "-m", "256")), "only caches have a working-set flag");
    assertNull(CacheMemory.of("memcached", List.of("memcached", "-m", "lots")));
    assertNull(CacheMemory.of("memcached", List.of("memcached", "-m")), "a flag without its value");
    assertNull(CacheMemory.of("memcached", List.of("memcached", "-m", "999999999T")), "no overflow: out of range");
    assertNull(CacheMemory.of("redis", List.of("redis-server", "--maxmemory", "999999999gb")), "above a pebibyte");
    assertNull(CacheMemory.of("redis", List.of("redis-server", "--maxmemory", "99999999999999999999")));
  }
}
