package io.compose2helm.kube;

import java.util.Comparator;
import java.util.Map;

/**
 * Orders secrets by value, longest first, so that a secret containing another is replaced whole.
 * Equal lengths keep their order: {@link java.util.List#sort} is stable.
 */
final class LongestValueFirst implements Comparator<Map.Entry<String, String>> {

  @Override
  public int compare(Map.Entry<String, String> a, Map.Entry<String, String> b) {
    return b.getValue().length() - a.getValue().length();
  }
}
