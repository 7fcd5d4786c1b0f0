package io.compose2helm.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.serializer.Serializer;

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
    Node root = toNode(data, documented ? Comments.DOCUMENTED : Comments.PLAIN, "");
    if (header != null && root instanceof MappingNode mapping && !mapping.getValue().isEmpty()) {
      Node firstKey = mapping.getValue().get(0).getKeyNode();
      List<CommentLine> lines = new ArrayList<>(commentLines(header));
      lines.add(blankLine());
      if (firstKey.getBlockComments() != null) {
        lines.addAll(firstKey.getBlockComments());
      }
      firstKey.setBlockComments(lines);
    }
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
    // Events go straight to the emitter: Serialize would first hold every event of the file in a list.
    Serializer serializer = new Serializer(settings, new Emitter(settings, writer));
    serializer.emitStreamStart();
    serializer.serializeDocument(root);
    serializer.emitStreamEnd();
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

  /** @param path the value's path, for the documented mode */
  private Node toNode(Object data, Comments comments, String path) {
    if (data instanceof Map<?, ?> map) {
      List<NodeTuple> tuples = new ArrayList<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String name = String.valueOf(entry.getKey());
        Node key = scalar(name);
        String keyPath = ValuesDocs.child(path, name);
        if (comments == Comments.DOCUMENTED) {
          key.setBlockComments(docLines(ValuesDocs.at(map, name, keyPath, entry.getValue()), path.isEmpty() && tuples.isEmpty()));
        } else if (comments == Comments.PLAIN && map instanceof CommentedMap commented && commented.commentFor(name) != null) {
          key.setBlockComments(commentLines(commented.commentFor(name)));
        }
        tuples.add(new NodeTuple(key, toNode(entry.getValue(), comments, keyPath)));
      }
      // Empty collections read best as {} and [] rather than as a bare key.
      return new MappingNode(
          Tag.MAP,
          tuples,
          tuples.isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }
    if (data instanceof List<?> list) {
      List<Node> items = new ArrayList<>();
      for (Object item : list) {
        items.add(toNode(item, comments == Comments.DOCUMENTED ? Comments.NONE : comments, path));
      }
      return new SequenceNode(
          Tag.SEQ,
          items,
          items.isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }
    return scalar(data);
  }

  private Node scalar(Object data) {
    if (data instanceof String text && Yaml11Scalars.isAmbiguous(text)) {
      return new ScalarNode(Tag.STR, text, ScalarStyle.SINGLE_QUOTED);
    }
    return representer.represent(data);
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
