package io.compose2helm.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes values.yaml from the parts {@link ServiceBlocks} holds: each service's block and the text
 * around the blocks, kept from an earlier run or emitted now. The bytes are those of {@link
 * YamlWriter#writeDocumented} of the whole file.
 */
final class ValuesYaml {

  private ValuesYaml() {}

  static String write(YamlWriter yaml, CommentedMap values, String header, ServiceBlocks blocks) {
    List<String> around = blocks.keptYamlAround();
    if (around == null) {
      around = yaml.writeDocumentedAround(values, header, ServiceBlocks.PARENT, new ArrayList<>(blocks.values().keySet()));
      if (around == null) {
        return yaml.writeDocumented(values, header);
      }
      blocks.madeYamlAround(around);
    }
    List<String> texts = new ArrayList<>(blocks.values().size());
    for (Map.Entry<String, Map<?, ?>> block : blocks.values().entrySet()) {
      String name = block.getKey();
      String text = blocks.keptYaml(name);
      if (text == null) {
        text = yaml.writeDocumentedBlock(ServiceBlocks.PARENT, name, block.getValue());
        blocks.madeYaml(name, text);
      }
      texts.add(text);
    }
    return YamlWriter.join(around, texts);
  }
}
