package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.compose.ComposeLoader;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.LoadRequest;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.it.Conversion;
import io.compose2helm.kube.KubeMapper;
import io.compose2helm.kube.KubeModel;
import io.compose2helm.kube.ProjectHints;
import io.compose2helm.kube.SecretVariables;
import io.compose2helm.kube.Workload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** values.yaml and the README made block by block are the files made whole, byte for byte. */
class ServiceBlocksTest {

  private static final String HEADER = String.format(ChartGenerator.VALUES_HEADER, "docker-compose.yml");

  /** The values of a project as the generator builds them, or null when it does not convert on its own. */
  private static CommentedMap values(Path file) {
    try {
      Diagnostics diagnostics = new Diagnostics();
      ComposeProject project = new ComposeLoader().load(new LoadRequest(List.of(file), List.of(), Map.of(), null),
          diagnostics);
      ProjectHints hints = ProjectHints.read(project, diagnostics);
      KubeModel model = new KubeMapper().map(project, SecretVariables.of(project, hints), diagnostics);
      return new ValuesBuilder().build(model, "corpus-env");
    } catch (InputException e) {
      return null; // an override file, or one that needs its env files
    }
  }

  private static List<String> services(CommentedMap values) {
    return new ArrayList<>(((Map<String, ?>) values.get(ServiceBlocks.PARENT)).keySet());
  }

  @Test
  void write_blockByBlock_isTheWholeFileOverSamplesFixturesAndCorpora() {
    YamlWriter yaml = new YamlWriter();
    int files = 0;
    int blocks = 0;
    for (Path file : Stream.concat(Conversion.sampleAndFixtureComposeFiles().stream(),
        Conversion.corpusComposeFiles().stream()).toList()) {
      CommentedMap values = values(file);
      if (values == null) {
        continue;
      }
      ServiceBlocks byBlock = ServiceBlocks.of(values, "corpus", List.of(), RenderCache.NONE);

      assertEquals(yaml.writeDocumented(values, HEADER), ValuesYaml.write(yaml, values, HEADER, byBlock), file.toString());
      assertEquals(ChartReadme.render("corpus", "compose.yaml", values, services(values), Map.of()),
          ChartReadme.render("corpus", "compose.yaml", values, services(values), Map.of(), byBlock), file.toString());
      files++;
      blocks += byBlock.values().size();
    }
    System.out.println("values.yaml and README block by block: " + files + " files, " + blocks + " service blocks");
    assertTrue(files >= 60, "most files convert on their own: " + files);
    assertTrue(blocks >= 5 * files / 2, "most services are written as blocks: " + blocks);
  }

  @Test
  void write_emptyServiceAndPlaceholderLikeValues_isTheWholeFile() {
    CommentedMap values = new CommentedMap();
    CommentedMap services = new CommentedMap();
    CommentedMap api = new CommentedMap();
    api.put("image", Map.of("repository", "compose2helm-block-0-0"));
    api.put("note", ": compose2helm-block-0-0");
    services.put("api", api);
    services.put("web", Map.of("image", "compose2helm-block-1-1"));
    services.put("empty", Map.of());
    values.put(ServiceBlocks.PARENT, services);
    YamlWriter yaml = new YamlWriter();

    String byBlock = ValuesYaml.write(yaml, values, HEADER, ServiceBlocks.of(values, "chart", List.of(), RenderCache.NONE));

    assertEquals(yaml.writeDocumented(values, HEADER), byBlock);
    assertTrue(byBlock.contains("  empty: {}\n"), byBlock);
  }

  @Test
  void of_keysThatAreNoServiceName_areWrittenInPlaceNotAsBlocks() {
    CommentedMap values = new CommentedMap();
    CommentedMap services = new CommentedMap();
    services.put("auth-api", Map.of("image", "auth:1"));
    services.put("Web", Map.of("image", "web:1"));
    services.put("2web", Map.of("image", "web:2"));
    services.put("a".repeat(64), Map.of("image", "long:1"));
    values.put(ServiceBlocks.PARENT, services);
    YamlWriter yaml = new YamlWriter();

    ServiceBlocks blocks = ServiceBlocks.of(values, "chart", List.of(), RenderCache.NONE);

    assertEquals(List.of("auth-api"), List.copyOf(blocks.values().keySet()));
    assertEquals(yaml.writeDocumented(values, HEADER), ValuesYaml.write(yaml, values, HEADER, blocks));
  }
}
