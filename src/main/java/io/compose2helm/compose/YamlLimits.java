package io.compose2helm.compose;

import io.compose2helm.diagnostics.InputException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

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
 *
 * <p>It checks the events as they pass from the parser to the composer ({@link #checking}), so the
 * text is parsed once; every event is checked before the composer acts on it, so a limit is met
 * before the composer's recursion would go deeper than it.
 */
public final class YamlLimits implements Parser {

  static final int MAX_DEPTH = 100;
  static final long MAX_EXPANDED_NODES = 100_000;

  private final Parser parser;
  private final String displayName;
  // The size of each completed anchored node, counted with the aliases inside it expanded.
  private final Map<String, Long> anchoredSizes = new HashMap<>();
  // Per open collection: its anchor (or "") and its expanded size so far.
  private final Deque<String> openAnchors = new ArrayDeque<>();
  private final Deque<long[]> openSizes = new ArrayDeque<>();
  private long expandedByAliases;

  private YamlLimits(Parser parser, String displayName) {
    this.parser = parser;
    this.displayName = displayName;
  }

  /**
   * The parser of {@code text}, its events each checked as it is taken: an {@link InputException}
   * at the first that breaks a limit.
   */
  public static Parser checking(String text, LoadSettings settings, String displayName) {
    return new YamlLimits(new ParserImpl(settings, new StreamReader(settings, text)), displayName);
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return parser.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return parser.hasNext();
  }

  @Override
  public Event next() {
    Event event = parser.next();
    check(event);
    return event;
  }

  private void check(Event event) {
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
        add(size);
        if (!anchor.isEmpty()) {
          anchoredSizes.put(anchor, size);
        }
      }
      case Scalar -> {
        add(1);
        String anchor = anchorOf(event);
        if (!anchor.isEmpty()) {
          anchoredSizes.put(anchor, 1L);
        }
      }
      case Alias -> alias((AliasEvent) event);
      default -> { /* stream and document events carry no nodes */ }
    }
  }

  private void alias(AliasEvent event) {
    String anchor = event.getAlias().getValue();
    Long size = anchoredSizes.get(anchor);
    if (size == null) {
      // Not yet complete: the alias sits inside its own anchor. Unknown anchors are left to the composer.
      if (openAnchors.contains(anchor)) {
        throw new InputException(YamlLocations.of(event.getStartMark(), displayName), "",
            "invalid YAML: alias *" + anchor + " refers to the value that contains it");
      }
      return;
    }
    expandedByAliases += size;
    if (expandedByAliases > MAX_EXPANDED_NODES) {
      throw new InputException(YamlLocations.of(event.getStartMark(), displayName), "",
          "invalid YAML: aliases expand to more than " + MAX_EXPANDED_NODES
              + " nodes (an alias bomb?); alias *" + anchor + " alone stands for " + size + " nodes");
    }
    add(size);
  }

  private void add(long size) {
    long[] current = openSizes.peek();
    if (current != null) {
      current[0] = Math.min(current[0] + size, Long.MAX_VALUE / 4);
    }
  }

  private static String anchorOf(Event event) {
    Optional<Anchor> anchor = ((NodeEvent) event).getAnchor();
    return anchor.isPresent() ? anchor.get().getValue() : "";
  }
}
