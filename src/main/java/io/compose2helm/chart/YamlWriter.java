package io.compose2helm.chart;

import java.util.ArrayList;
import java.util.HashMap;
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

  private String write(Object data, String header, boolean documented) {
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
    new Events(emitter, headerLines).value(data, documented ? Comments.DOCUMENTED : Comments.PLAIN, "");
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
    /** The event of each scalar written so far, by value (equal values of one type are written alike). */
    private final Map<Object, ScalarEvent> scalars = new HashMap<>();

    Events(Emitter emitter, List<CommentLine> header) {
      this.emitter = emitter;
      this.header = header;
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
          value(entry.getValue(), comments, keyPath);
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
