package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.ValuesDocsCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named volume mounted with {@code volume.subpath} mounts that folder of the claim ({@code subPath}),
 * so services sharing one volume each see their own folder, as under Compose.
 */
class VolumeSubpathTest {

  @TempDir Path temp;

  private static final String SHARED_VOLUME = """
      services:
        db:
          image: postgres:16
          volumes:
            - type: volume
              source: data
              target: /var/lib/postgresql/data
              volume:
                subpath: postgres
        cache:
          image: redis:7.2
          volumes:
            - type: volume
              source: data
              target: /data
              volume:
                subpath: redis
            - type: volume
              source: data
              target: /backup
              read_only: true
      volumes:
        data: {}
      """;

  @Test
  void convert_subpaths_mountEachServicesFolderOfTheClaim() throws IOException {
    Conversion.Run run = Conversion.convertInline(temp, SHARED_VOLUME);
    assertEquals(0, run.exitCode(), run.err());
    ValuesDocsCheck.assertDocumented(temp.resolve("out/values.yaml"));
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Manifests manifests = new Manifests(rendered.getValue());
      assertEquals(List.of(Map.of("mountPath", "/var/lib/postgresql/data", "subPath", "postgres")),
          claimMounts(manifests, "db"), rendered.getKey());
      assertEquals(List.of(Map.of("mountPath", "/data", "subPath", "redis"), Map.of("mountPath", "/backup", "readOnly", true)),
          claimMounts(manifests, "cache"), rendered.getKey());
    }
  }

  @Test
  void config_subpath_isPrinted() throws IOException {
    Path file = Files.writeString(temp.resolve("docker-compose.yml"), SHARED_VOLUME);
    Conversion.Run run = Conversion.run("config", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("        volume:\n          subpath: postgres\n"), run.out());
  }

  @Test
  void convert_subpathLeavingTheVolume_isAnErrorAtItsValue() {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          db:
            image: postgres:16
            volumes:
              - type: volume
                source: data
                target: /var/lib/postgresql/data
                volume:
                  subpath: ../etc
        volumes:
          data: {}
        """);
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:9:20: error: services.db.volumes[0].volume.subpath: subpath must be"
        + " a relative path inside the volume, without '..'"), run.err());
  }

  /** The main container's mounts of the claim volume (name, and the pod's volume, left out). */
  private static List<Map<String, Object>> claimMounts(Manifests manifests, String workload) {
    Map<String, Object> object = manifests.find("Deployment", workload).orElseGet(() -> manifests.get("StatefulSet", workload));
    List<?> volumes = (List<?>) Manifests.get(object, "spec.template.spec.volumes");
    List<Object> claimVolumes = volumes.stream().map(volume -> (Map<?, ?>) volume)
        .filter(volume -> volume.containsKey("persistentVolumeClaim")).map(volume -> (Object) volume.get("name")).toList();
    assertEquals(1, claimVolumes.size(), "one volume for the claim, however often it is mounted");
    List<?> mounts = (List<?>) Manifests.get(object, "spec.template.spec.containers.0.volumeMounts");
    return mounts.stream().map(mount -> (Map<?, ?>) mount)
        .filter(mount -> claimVolumes.contains(mount.get("name")))
        .map(mount -> {
          Map<String, Object> kept = new java.util.LinkedHashMap<>();
          mount.forEach((key, value) -> {
            if (!key.equals("name")) {
              kept.put(String.valueOf(key), value);
            }
          });
          return kept;
        })
        .toList();
  }
}
