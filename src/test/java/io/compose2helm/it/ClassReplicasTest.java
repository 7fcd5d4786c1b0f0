package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Compose's deploy.replicas reaches only stateless services; the other classes run one pod, and say so. */
class ClassReplicasTest {

  @TempDir Path temp;

  @Test
  void convert_replicasOnStoreAndApi_keepsOnlyTheApisWithAWarningForTheStore() throws IOException {
    Path file = temp.resolve("docker-compose.yml");
    Files.writeString(file, """
        services:
          api:
            image: shop/api:1
            ports: ["8080:8080"]
            deploy: {replicas: 3}
          mongo:
            image: mongo:7
            deploy: {replicas: 3}
          cache:
            image: memcached:1.6
            deploy: {replicas: 2}
        """);
    Conversion.Run run = Conversion.run(file.toString(), "-o", temp.resolve("out").toString());

    assertEquals(0, run.exitCode(), run.err());
    Map<?, ?> services = (Map<?, ?>) ((Map<?, ?>) new Load(LoadSettings.builder().build())
        .loadFromString(Files.readString(temp.resolve("out/values.yaml")))).get("services");
    assertEquals(3, ((Map<?, ?>) services.get("api")).get("replicas"));
    assertFalse(((Map<?, ?>) services.get("mongo")).containsKey("replicas"), services.get("mongo").toString());
    assertFalse(((Map<?, ?>) services.get("cache")).containsKey("replicas"), services.get("cache").toString());
    assertTrue(run.err().contains("services.mongo.deploy.replicas: 3 replicas not kept: a stateful service"), run.err());
    assertTrue(run.err().contains("services.cache.deploy.replicas: 2 replicas not kept: a cache service"), run.err());
    assertFalse(run.err().contains("services.api.deploy.replicas"), run.err());
  }
}
