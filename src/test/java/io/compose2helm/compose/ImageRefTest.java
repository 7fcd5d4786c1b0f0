package io.compose2helm.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageRefTest {

  @Test
  void parse_registryPortTagAndDigest_areSplit() {
    assertEquals(new ImageRef("localhost:5000/team/app", "1.2", null), ImageRef.parse("localhost:5000/team/app:1.2"));
    assertEquals(new ImageRef("localhost:5000/team/app", null, null), ImageRef.parse("localhost:5000/team/app"));
    assertEquals(new ImageRef("repo/app", null, "sha256:abc"), ImageRef.parse("repo/app@sha256:abc"));
    assertEquals(new ImageRef("repo/app", "1", "sha256:abc"), ImageRef.parse("repo/app:1@sha256:abc"));
  }

  @Test
  void effectiveTag_isLatestOnlyWithoutTagAndDigest() {
    assertEquals("latest", ImageRef.parse("postgres").effectiveTag());
    assertEquals("16", ImageRef.parse("postgres:16").effectiveTag());
    assertNull(ImageRef.parse("postgres@sha256:abc").effectiveTag());
  }

  @Test
  void isFloating_latestOrUntaggedWithoutDigest() {
    assertTrue(ImageRef.parse("postgres").isFloating());
    assertTrue(ImageRef.parse("reg:5000/postgres:latest").isFloating());
    assertFalse(ImageRef.parse("postgres:16").isFloating());
    assertFalse(ImageRef.parse("postgres:latest@sha256:abc").isFloating());
  }
}
