package io.compose2helm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PodSpecRulesTest {

  private static final String JOB = """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
      spec:
        template:
          spec:
            restartPolicy: OnFailure
            initContainers:
              - name: wait
                image: busybox:1.36.1
                volumeMounts:
                  - name: tmp
                    mountPath: /tmp
            containers:
              - name: migrate
                image: app:1
                resources:
                  limits:
                    cpu: 50m
                    memory: 20M
                  requests:
                    cpu: 10m
                    memory: 16Mi
                volumeMounts:
                  - name: tmp
                    mountPath: /tmp
                  - name: data
                    mountPath: /data
            volumes:
              - name: tmp
                emptyDir: {}
              - name: data
                emptyDir: {}
      """;

  private final KubeSchema schema = KubeSchema.standard();

  @Test
  void validate_wellFormedPod_hasNoProblem() {
    assertEquals(List.of(), schema.validate(JOB));
  }

  @Test
  void validate_twoVolumesOfOneName_isAProblem() {
    String yaml = JOB.replace("name: data", "name: tmp");

    assertProblems(yaml, "Job/migrate: spec.template.spec.volumes[1].name: duplicate volume name \"tmp\"");
  }

  /** The Job with these lines as its main container's securityContext. */
  private static String withSecurityContext(String... lines) {
    String main = "          image: app:1\n";
    StringBuilder context = new StringBuilder(main).append("          securityContext:\n");
    for (String line : lines) {
      context.append("            ").append(line).append('\n');
    }
    String yaml = JOB.replace(main, context.toString());
    assertEquals(false, yaml.equals(JOB), "the container was found");
    return yaml;
  }

  @Test
  void validate_privilegedWithoutEscalation_isAProblem() {
    String yaml = withSecurityContext("privileged: true", "allowPrivilegeEscalation: false");

    assertProblems(yaml, "Job/migrate: spec.template.spec.containers[0].securityContext:"
        + " cannot set allowPrivilegeEscalation to false and privileged to true");
  }

  @Test
  void validate_sysAdminCapabilityWithoutEscalation_isAProblem() {
    String yaml = withSecurityContext("allowPrivilegeEscalation: false", "capabilities: {add: [CAP_SYS_ADMIN]}");

    assertProblems(yaml, "Job/migrate: spec.template.spec.containers[0].securityContext:"
        + " cannot set allowPrivilegeEscalation to false and capabilities.add CAP_SYS_ADMIN");
  }

  @Test
  void validate_twoMountsOnOnePath_isAProblem() {
    String yaml = JOB.replace("mountPath: /data", "mountPath: /tmp");

    assertProblems(yaml, "Job/migrate: spec.template.spec.containers[0].volumeMounts[1].mountPath:"
        + " path \"/tmp\" is mounted twice in the container");
  }

  @Test
  void validate_mountOfAMissingVolume_isAProblem_inInitContainersToo() {
    String yaml = JOB.replaceFirst("name: tmp", "name: scratch");

    assertProblems(yaml, "Job/migrate: spec.template.spec.initContainers[0].volumeMounts[0].name:"
        + " mounts volume \"scratch\", which the pod does not define");
  }

  @ParameterizedTest
  @CsvSource({
      "memory: 16Mi, memory: 128Mi, memory, 128Mi, 20M",
      "cpu: 10m, cpu: 100m, cpu, 100m, 50m",
      "cpu: 10m, cpu: '0.06', cpu, 0.06, 50m"})
  void validate_requestAboveLimit_isAProblem(String from, String to, String resource, String request, String limit) {
    String yaml = JOB.replace(from, to);

    assertProblems(yaml, "Job/migrate: spec.template.spec.containers[0].resources.requests." + resource
        + ": request " + request + " is above the limit " + limit);
  }

  @ParameterizedTest
  @CsvSource({"memory: 16Mi, memory: 20M", "memory: 16Mi, memory: '20000000'", "cpu: 10m, cpu: '0.05'"})
  void validate_requestEqualToLimitInOtherUnits_isFine(String from, String to) {
    assertEquals(List.of(), schema.validate(JOB.replace(from, to)));
  }

  @Test
  void validate_deploymentAndCronJobPods_areChecked() {
    String pod = JOB.substring(JOB.indexOf("  template:"));
    String deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
        + "  selector: {matchLabels: {app: web}}\n" + pod.replace("mountPath: /data", "mountPath: /tmp")
            .replace("      restartPolicy: OnFailure\n", "");
    String cronJob = "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: '@daily'\n"
        + "  jobTemplate:\n    spec:\n" + pod.replace("mountPath: /data", "mountPath: /tmp").indent(4).stripTrailing() + "\n";

    assertEquals(List.of("spec.template.spec.containers[0].volumeMounts[1].mountPath",
            "spec.jobTemplate.spec.template.spec.containers[0].volumeMounts[1].mountPath"),
        schema.validate(deployment + "---\n" + cronJob).stream().map(ManifestProblem::path).toList());
  }

  private void assertProblems(String yaml, String... expected) {
    assertEquals(List.of(expected), schema.validate(yaml).stream().map(ManifestProblem::toString).toList());
  }
}
