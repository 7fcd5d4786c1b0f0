package io.compose2helm.compose;

import io.compose2helm.diagnostics.InputException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;

/**
 * Checks a YAML text's shape before it is composed into nodes, on the parser's events (the parser
 * keeps its own stack; the composer and every reader after it recurse). Two limits:
 *
 * <ul>
 *   <li>nesting depth, so a deep input is an error instead of a stack overflow;
 *   <li>the number of nodes aliases expand to. Compose accepts any number of aliases (large stacks
 *       reuse {@code &default-logging} hundreds of times), so the alias count is not limited; the
 *       size they expand to is, which stops an alias bomb (billion laughs) while the tree is still
 *       small.
 * </ul>
 */
public final class YamlLimits {

  static final int MAX_DEPTH = 100;
  static final long MAX_EXPANDED_NODES = 100_000;

  private YamlLimits() {}

  /** @throws InputException at the first place that breaks a limit */
  public static void check(String text, LoadSettings settings, String displayName) {
    // The size of each completed anchored node, counted with the aliases inside it expanded.
    Map<String, Long> anchoredSizes = new HashMap<>();
    // Per open collection: its anchor (or "") and its expanded size so far.
    Deque<String> openAnchors = new ArrayDeque<>();
    Deque<long[]> openSizes = new ArrayDeque<>();
    long expandedByAliases = 0;
    for (Event event : new Parse(settings).parseString(text)) {
      switch (event.getEventId()) {
        case MappingStart, SequenceStart -> {
          if (openSizes.size() >= MAX_DEPTH) {
            throw new InputException(YamlLocations.of(event.getStartMark(), displayName), "",
                "invalid YAML: nested deeper than " + MAX_DEPTH + " levels");
          }
          openAnchors.push(anchorOf(event));
          openSizes.push(new long[] {1});
        }
        case MappingEnd, SequenceEnd -> {
          String anchor = openAnchors.pop();
          long size = openSizes.pop()[0];
          add(openSizes, size);
          if (!anchor.isEmpty()) {
            anchoredSizes.put(anchor, size);
          }
        }
        case Scalar -> {
          add(openSizes, 1);
          String anchor = anchorOf(event);
          if (!anchor.isEmpty()) {
            anchoredSizes.put(anchor, 1L);
          }
        }
        case Alias -> {
          String anchor = ((AliasEvent) event).getAlias().getValue();
          Long size = anchoredSizes.get(anchor);
          if (size == null) {
            // Not yet complete: the alias sits inside its own anchor. Unknown anchors are left to the composer.
            if (openAnchors.contains(anchor)) {
              throw new InputException(YamlLocations.of(event.getStartMark(), displayName), "",
                  "invalid YAML: alias *" + anchor + " refers to the value that contains it");
            }
            continue;
          }
          expandedByAliases += size;
          if (expandedByAliases > MAX_EXPANDED_NODES) {
            throw new InputException(YamlLocations.of(event.getStartMark(), displayName), "",
                "invalid YAML: aliases expand to more than " + MAX_EXPANDED_NODES
                    + " nodes (an alias bomb?); alias *" + anchor + " alone stands for " + size + " nodes");
          }
          add(openSizes, size);
        }
        default -> { /* stream and document events carry no nodes */ }
      }
    }
  }

  private static void add(Deque<long[]> openSizes, long size) {
    long[] current = openSizes.peek();
    if (current != null) {
      current[0] = Math.min(current[0] + size, Long.MAX_VALUE / 4);
    }
  }

  private static String anchorOf(Event event) {
    return ((NodeEvent) event).getAnchor().map(a -> a.getValue()).orElse("");
  }
}
