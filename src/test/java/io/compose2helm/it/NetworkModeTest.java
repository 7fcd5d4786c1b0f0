package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code network_mode} is not mapped, and each mode says what that changes: a service that shared
 * another's network reached it as localhost; one on the host's network often lists no ports.
 */
class NetworkModeTest {

  @TempDir Path temp;

  @Test
  void convert_sharedNetwork_warnsAtTheValueThatLocalhostIsNoLongerTheOtherService() throws IOException {
    // As docker-elk writes its setup job.
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          elasticsearch:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
            ports: ["9200:9200"]
          setup:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
            command: ["bash", "-c", "curl -s http://localhost:9200"]
            network_mode: service:elasticsearch
            restart: "no"
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:8:19: warning: services.setup.network_mode: sharing the network"
        + " of 'elasticsearch' is not mapped: in Compose localhost is elasticsearch for it, here it runs in a pod of"
        + " its own and reaches elasticsearch by its Service name"), run.err());
    assertFalse(run.err().contains("network_mode is not mapped to Kubernetes and is ignored"), run.err());
    ChartValidation.validateAllEnvironments(temp.resolve("out"));
  }

  @Test
  void convert_hostNetworkWithoutPorts_saysNothingReachesIt() {
    // As awesome-compose's plex writes it.
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          plex:
            image: linuxserver/plex:latest
            network_mode: host
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:4:19: warning: services.plex.network_mode: host networking is"
        + " not mapped: the pod gets its own address on the pod network, not the node's (hostNetwork, which the Pod"
        + " Security baseline refuses, is not set), and as it lists no ports nothing reaches it: name the ports it"
        + " listens on in x-compose2helm.ports"), run.err());
  }

  @Test
  void convert_hostNetworkWithPorts_isReachedThroughItsService() {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          dns:
            image: pihole/pihole:2024.07.0
            network_mode: host
            ports: ["8053:80"]
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("services.dns.network_mode: host networking is not mapped: the pod gets its own"
        + " address on the pod network, not the node's (hostNetwork, which the Pod Security baseline refuses, is not"
        + " set), and other pods reach its ports through its Service"), run.err());
  }

  @Test
  void convert_noNetwork_saysThePodIsOnThePodNetwork() {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          keys:
            image: example/keygen:1
            network_mode: none
            restart: "no"
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("services.keys.network_mode: no networking is not mapped: the pod is on the pod"
        + " network, where it reaches the other services and they reach it"), run.err());
  }

  @Test
  void convert_sharedNetworkOfAnUndefinedService_isAnErrorAtItsLine() {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          app:
            image: example/app:1
            network_mode: service:vpn
        """);
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:4:19: error: services.app.network_mode: shares the network of"
        + " service 'vpn', which is not defined"), run.err());
    assertFalse(Files.exists(temp.resolve("out")));
  }

  @Test
  void config_networkMode_isPrinted() throws IOException {
    Path file = Files.writeString(temp.resolve("docker-compose.yml"),
        "services:\n  plex:\n    image: linuxserver/plex:latest\n    network_mode: host\n");
    Conversion.Run run = Conversion.run("config", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("    network_mode: host\n"), run.out());
  }
}
