package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.ValuesDocsCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** group_add's numeric ids become the pod's supplementalGroups; a group name is warned about. */
class GroupAddTest {

  @TempDir Path temp;

  @Test
  void convert_groupAdd_givesNumericGroupsAndWarnsAboutNames() throws IOException {
    // As Jellyfin's documentation adds the render group for hardware transcoding.
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          jellyfin:
            image: jellyfin/jellyfin:10.9.11
            user: "1000:1000"
            group_add:
              - "109"
              - video
            ports: ["8096:8096"]
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:2:3: warning: services.jellyfin.group_add: group video is a name,"
        + " and Kubernetes needs numeric group ids: add the id to services.jellyfin.podSecurityContext.supplementalGroups"),
        run.err());
    ValuesDocsCheck.assertDocumented(temp.resolve("out/values.yaml"));
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Map<String, Object> jellyfin = new Manifests(rendered.getValue()).get("Deployment", "jellyfin");
      assertEquals(List.of(109), Manifests.get(jellyfin, "spec.template.spec.securityContext.supplementalGroups"),
          rendered.getKey());
      assertEquals(1000, Manifests.get(jellyfin, "spec.template.spec.securityContext.runAsUser"), rendered.getKey());
    }
  }
}
