package io.compose2helm.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Writes data as block-style YAML with the comments of {@link CommentedMap}s, through
 * snakeyaml-engine so quoting and escaping are the library's, never ours.
 */
public final class YamlWriter {

  private final DumpSettings settings =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setDumpComments(true)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setWidth(Integer.MAX_VALUE)
          .setSplitLines(false)
          .build();

  private final StandardRepresenter representer = new StandardRepresenter(settings);

  /**
   * The event of each scalar written so far, by value (equal values of one type are written alike), over
   * every document this writer writes: values.yaml's blocks are documents of their own. So a writer is
   * for one thread.
   */
  private final Map<Object, ScalarEvent> scalars = new HashMap<>();

  /** Renders one document; {@code header} (may be null) becomes comment lines at the top. */
  public String write(Object data, String header) {
    return write(data, header, false);
  }

  /**
   * Renders values.yaml: each key's comment becomes its {@code ## @param} (or {@code @extra}) line and
   * sections their {@code ## @section} heading, as readme-generator-for-helm reads them ({@link ValuesDocs}).
   */
  public String writeDocumented(Object data, String header) {
    return write(data, header, true);
  }

  /**
   * The lines the documented value at {@code parent.name} writes below its key, exactly as {@link
   * #writeDocumented} writes them there: the value is emitted at that place in a document of its own,
   * whose two enclosing keys (plain maps, so without comments) are then cut off.
   */
  String writeDocumentedBlock(String parent, String name, Map<?, ?> value) {
    Map<String, Object> place = new LinkedHashMap<>();
    place.put(name, value);
    String text = write(Map.of(parent, place), null, true, null);
    return text.substring(text.indexOf('\n', text.indexOf('\n') + 1) + 1);
  }

  /**
   * {@link #writeDocumented} of {@code data} cut around the values of {@code names} in the top-level map
   * {@code parent}: one more segment than names, which {@link #join} puts their texts ({@link
   * #writeDocumentedBlock}'s) between. The names' own comment lines still come from their values. Each
   * name is a plain word the emitter writes as a simple key (a Kubernetes service name), whose value is
   * a map that is not empty; null when the file cannot be cut there (then write it whole).
   */
  List<String> writeDocumentedAround(Object data, String header, String parent, List<String> names) {
    // The document is emitted with a placeholder scalar for each block, then cut at each placeholder;
    // the placeholders carry this run's clock, so no value can look like one.
    String tag = "compose2helm-block-" + Long.toHexString(System.nanoTime()) + "-";
    Map<String, String> placeholders = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      placeholders.put(names.get(i), tag + i);
    }
    String spine = write(data, header, true, new Placeholders(parent, placeholders));
    // Each placeholder where it was put, in order, and the tag nowhere else: one pass over the text.
    int tags = 0;
    for (int at = spine.indexOf(tag); at >= 0; at = spine.indexOf(tag, at + tag.length())) {
      tags++;
    }
    if (tags != names.size()) {
      return null;
    }
    List<String> segments = new ArrayList<>(names.size() + 1);
    int from = 0;
    for (String placeholder : placeholders.values()) {
      String line = ": " + placeholder + "\n";
      int at = spine.indexOf(line, from);
      if (at < 0) {
        return null;
      }
      segments.add(spine.substring(from, at));
      from = at + line.length();
    }
    segments.add(spine.substring(from));
    return segments;
  }

  /** The file {@link #writeDocumentedAround} was cut from, with these blocks' texts, in its order. */
  static String join(List<String> segments, List<String> blocks) {
    int length = 0;
    for (String segment : segments) {
      length += segment.length() + 2;
    }
    for (String block : blocks) {
      length += block.length();
    }
    StringBuilder out = new StringBuilder(length);
    out.append(segments.get(0));
    for (int i = 0; i < blocks.size(); i++) {
      out.append(":\n").append(blocks.get(i)).append(segments.get(i + 1));
    }
    return out.toString();
  }

  /** The values under one top-level key that are written as placeholders, by key. */
  private record Placeholders(String parent, Map<String, String> byName) {}

  private String write(Object data, String header, boolean documented) {
    return write(data, header, documented, null);
  }

  private String write(Object data, String header, boolean documented, Placeholders placeholders) {
    StringBuilder out = new StringBuilder();
    StreamDataWriter writer =
        new StreamDataWriter() {
          @Override
          public void write(String str) {
            out.append(str);
          }

          @Override
          public void write(String str, int off, int len) {
            out.append(str, off, off + len);
          }
        };
    // Events go from the data straight to the emitter: a node tree and the serializer would first hold
    // (and index, for anchors) every node of the file, which at 1,000 services is most of the writing time.
    Emitter emitter = new Emitter(settings, writer);
    emitter.emit(new StreamStartEvent());
    emitter.emit(
        new DocumentStartEvent(settings.isExplicitStart(), settings.getYamlDirective(), settings.getTagDirective()));
    List<CommentLine> headerLines = null;
    if (header != null && data instanceof Map) {
      headerLines = new ArrayList<>(commentLines(header));
      headerLines.add(blankLine());
    }
    new Events(emitter, headerLines, placeholders).value(data, documented ? Comments.DOCUMENTED : Comments.PLAIN, "");
    emitter.emit(new DocumentEndEvent(settings.isExplicitEnd()));
    emitter.emit(new StreamEndEvent());
    return out.toString();
  }

  /** Which comments a value's keys get. */
  private enum Comments {
    /** Each key's comment as {@code #} lines (overlays). */
    PLAIN,
    /** {@code ## @param} lines ({@link ValuesDocs}). */
    DOCUMENTED,
    /** Inside a documented list: the list's key carries the lines, a comment after "- " would hide them. */
    NONE
  }

  /** The events snakeyaml-engine's serializer would make from the data's node tree, in the same order. */
  private final class Events {
    private final Emitter emitter;
    /** Comment lines the document's first key gets above its own, or null. */
    private List<CommentLine> header;

    /** Values written as a placeholder scalar instead, or null. */
    private final Placeholders placeholders;

    Events(Emitter emitter, List<CommentLine> header, Placeholders placeholders) {
      this.emitter = emitter;
      this.header = header;
      this.placeholders = placeholders;
    }

    /** @param path the value's path, for the documented mode */
    void value(Object data, Comments comments, String path) {
      if (data instanceof Map<?, ?> map) {
        // Empty collections read best as {} and [] rather than as a bare key.
        emitter.emit(
            new MappingStartEvent(
                Optional.empty(), Optional.of(Tag.MAP.getValue()), true,
                map.isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK, Optional.empty(), Optional.empty()));
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          String name = String.valueOf(entry.getKey());
          String keyPath = ValuesDocs.child(path, name);
          List<CommentLine> lines = null;
          if (comments == Comments.DOCUMENTED) {
            lines = docLines(ValuesDocs.at(map, name, keyPath, entry.getValue()), path.isEmpty() && first);
          } else if (comments == Comments.PLAIN && map instanceof CommentedMap commented && commented.commentFor(name) != null) {
            lines = commentLines(commented.commentFor(name));
          }
          first = false;
          comments(header);
          header = null;
          comments(lines);
          scalar(name);
          String placeholder = placeholders != null && path.equals(placeholders.parent())
              ? placeholders.byName().get(name) : null;
          if (placeholder != null) {
            emitter.emit(new ScalarEvent(Optional.empty(), Optional.empty(), new ImplicitTuple(true, false),
                placeholder, ScalarStyle.PLAIN));
          } else {
            value(entry.getValue(), comments, keyPath);
          }
        }
        emitter.emit(new MappingEndEvent());
      } else if (data instanceof List<?> list) {
        emitter.emit(
            new SequenceStartEvent(
                Optional.empty(), Optional.of(Tag.SEQ.getValue()), true,
                list.isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK));
        for (Object item : list) {
          value(item, comments == Comments.DOCUMENTED ? Comments.NONE : comments, path);
        }
        emitter.emit(new SequenceEndEvent());
      } else {
        scalar(data);
      }
    }

    private void comments(List<CommentLine> lines) {
      if (lines != null) {
        for (CommentLine line : lines) {
          emitter.emit(new CommentEvent(line.getCommentType(), line.getValue(), line.getStartMark(), line.getEndMark()));
        }
      }
    }

    private void scalar(Object data) {
      // Keys and many values repeat in every service's block: each distinct scalar is represented once.
      // get and put, not computeIfAbsent(data, this::scalarEvent): that makes a new bound lambda per scalar.
      ScalarEvent event = scalars.get(data);
      if (event == null) {
        event = scalarEvent(data);
        scalars.put(data, event);
      }
      emitter.emit(event);
    }

    /** The representer still picks each scalar's tag and style; the implicit flags are the serializer's. */
    private ScalarEvent scalarEvent(Object data) {
      ScalarNode node =
          data instanceof String text && Yaml11Scalars.isAmbiguous(text)
              ? new ScalarNode(Tag.STR, text, ScalarStyle.SINGLE_QUOTED)
              : (ScalarNode) representer.represent(data);
      ScalarResolver resolver = settings.getSchema().getScalarResolver();
      Tag tag = node.getTag();
      ImplicitTuple implicit =
          new ImplicitTuple(tag.equals(resolver.resolve(node.getValue(), true)), tag.equals(resolver.resolve(node.getValue(), false)));
      return new ScalarEvent(Optional.empty(), Optional.of(tag.getValue()), implicit, node.getValue(), node.getScalarStyle());
    }
  }

  private static List<CommentLine> commentLines(String text) {
    List<CommentLine> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(
          new CommentLine(
              Optional.empty(), Optional.empty(), line.isEmpty() ? "" : " " + line, CommentType.BLOCK));
    }
    return lines;
  }

  /** {@code ## @...} lines; a section after the first key is set off by a blank line. */
  private static List<CommentLine> docLines(List<ValuesDocs.Entry> entries, boolean firstKey) {
    List<CommentLine> lines = new ArrayList<>();
    for (ValuesDocs.Entry entry : entries) {
      if (entry.kind() == ValuesDocs.Kind.SECTION && !firstKey) {
        lines.add(blankLine());
      }
      lines.add(new CommentLine(Optional.empty(), Optional.empty(), "# " + entry.line(), CommentType.BLOCK));
    }
    return lines.isEmpty() ? null : lines;
  }

  private static CommentLine blankLine() {
    return new CommentLine(Optional.empty(), Optional.empty(), "", CommentType.BLANK_LINE);
  }
}
