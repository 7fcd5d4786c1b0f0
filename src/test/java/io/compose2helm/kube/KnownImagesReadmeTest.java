package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Known images" table is generated from known-images.yaml. After changing the file,
 * regenerate it with {@code mvn test -Dtest=KnownImagesReadmeTest -Dcompose2helm.regenerateReadme=true}.
 */
class KnownImagesReadmeTest {

  private static final Path README = Path.of("README.md");
  static final String START = "<!-- known-images table: generated from known-images.yaml by KnownImagesReadmeTest -->";
  static final String END = "<!-- end of known-images table -->";

  @Test
  void readme_knownImagesTable_matchesTheKnowledgeFile() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "README.md has the known-images table markers");
    String expected = table(KnownImages.builtIn().all());
    String actual = readme.substring(start + START.length(), end);
    if (Boolean.getBoolean("compose2helm.regenerateReadme")) {
      Files.writeString(README, readme.substring(0, start + START.length()) + expected + readme.substring(end));
      return;
    }
    assertEquals(expected, actual, "README.md's known-images table differs from known-images.yaml; regenerate it");
  }

  static String table(List<KnownImage> images) {
    StringBuilder out = new StringBuilder("\n| Image | Repositories | Class | User | Writable (emptyDir) | Data (claim) | Ships files"
        + " (never mounted over) | Ports | Notes |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    List<String> portsOnly = new ArrayList<>();
    for (KnownImage image : images) {
      if (!image.profile()) {
        List<String> facts = new ArrayList<>();
        if (image.workloadClass() != null) {
          facts.add(image.workloadClass().valueName());
        }
        if (!image.resources().isEmpty()) {
          facts.add(notes(image));
        }
        String portList = image.ports().isEmpty() ? "" : " " + ports(image.ports());
        portsOnly.add(String.join(", ", image.repositories()) + portList
            + (facts.isEmpty() ? "" : " (" + String.join("; ", facts) + ")"));
        continue;
      }
      out.append("| ").append(image.name())
          .append(" | ").append(String.join(", ", image.repositories()))
          .append(" | ").append(image.workloadClass() == null ? "" : image.workloadClass().valueName())
          .append(" | ").append(user(image))
          .append(" | ").append(String.join(", ", image.writablePaths()))
          .append(" | ").append(String.join(", ", image.dataPaths()))
          .append(" | ").append(String.join(", ", image.shipsFiles()))
          .append(" | ").append(ports(image.ports())).append(variantPorts(image))
          .append(" | ").append(notes(image))
          .append(" |\n");
    }
    out.append("\nPorts and classes only (no user, paths or env applied; such a service counts as an unknown image): ")
        .append(String.join("; ", portsOnly)).append(".\n");
    return out.toString();
  }

  private static String user(KnownImage image) {
    String user = image.needsRoot() ? "root: " + image.rootReason()
        : image.anyUser() ? "any non-root uid (chart default)" : image.uid() + "/" + image.gid();
    String variants = image.variants().entrySet().stream()
        .filter(v -> v.getValue().uid() != null || v.getValue().gid() != null)
        .map(v -> {
          KnownImage variant = image.forTag(v.getKey());
          return v.getKey() + " " + variant.uid() + "/" + variant.gid();
        })
        .collect(Collectors.joining(", "));
    return variants.isEmpty() ? user : user + "; " + variants;
  }

  private static String variantPorts(KnownImage image) {
    return image.variants().entrySet().stream()
        .filter(v -> v.getValue().ports() != null)
        .map(v -> "; " + v.getKey() + " " + ports(v.getValue().ports()))
        .collect(Collectors.joining());
  }

  private static String ports(List<Integer> ports) {
    return ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String notes(KnownImage image) {
    List<String> notes = new ArrayList<>();
    if (!image.capabilities().isEmpty()) {
      notes.add("capabilities " + String.join(", ", image.capabilities()));
    }
    if (!image.readOnlyRoot()) {
      notes.add("writable root filesystem (it writes where it ships files)");
    }
    image.env().forEach((name, value) -> notes.add("`" + name + "=" + value + "`"));
    if (!image.resources().isEmpty()) {
      notes.add("sized by its docs: " + image.resources().entrySet().stream()
          .flatMap(kind -> kind.getValue().entrySet().stream().map(q -> kind.getKey() + " " + q.getKey() + " " + q.getValue()))
          .collect(Collectors.joining(", ")));
    }
    if (image.notes() != null) {
      notes.add(image.notes());
    }
    return String.join("; ", notes);
  }
}
