package io.compose2helm.compose;

import io.compose2helm.diagnostics.SourceLocation;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One Compose service. Absent keys are {@code null} (scalars) or empty (collections), so that a
 * rule can tell "not said" from "said empty" where Compose does: {@code command} and {@code
 * entrypoint} are {@code null} when absent and an empty list when set to {@code []}.
 *
 * @param provider the {@code provider.type} of a service that Compose hands to an external tool
 *     (Docker Model Runner's {@code model}, a cloud provider's plugin) instead of running a container
 * @param links {@code links}; each is also among {@code dependsOn}, as Compose starts linked services first
 * @param networkMode {@code network_mode}, or null
 * @param capAdd {@code cap_add}: Linux capability names as written ({@code NET_ADMIN}, {@code CAP_SYS_TIME})
 * @param groupAdd {@code group_add}: group names or numeric ids, as written
 * @param privileged {@code privileged: true}
 * @param sysctls {@code sysctls}, by name, in file order
 * @param tty {@code tty}: the container gets a terminal
 * @param stdinOpen {@code stdin_open}: its standard input stays open
 * @param init {@code init: true}: an init process runs as PID 1, reaping zombies and passing signals on
 * @param dns {@code dns}, {@code dns_search} and {@code dns_opt}: the resolver settings, as written
 */
public record Service(
    String name,
    SourceLocation location,
    String image,
    Build build,
    String provider,
    List<String> command,
    List<String> entrypoint,
    List<EnvVar> environment,
    List<PortMapping> ports,
    List<Integer> expose,
    HealthCheck healthcheck,
    List<ExtraHost> extraHosts,
    List<VolumeMount> volumes,
    List<Dependency> dependsOn,
    List<Link> links,
    Integer replicas,
    Resources resources,
    String restart,
    RestartPolicy restartPolicy,
    String user,
    List<String> capAdd,
    List<String> groupAdd,
    boolean privileged,
    Map<String, String> sysctls,
    Boolean readOnly,
    String workingDir,
    boolean tty,
    boolean stdinOpen,
    boolean init,
    Dns dns,
    Duration stopGracePeriod,
    Map<String, String> labels,
    List<String> profiles,
    List<String> networks,
    NetworkNames networkNames,
    NetworkMode networkMode,
    List<ServiceFileRef> secrets,
    List<ServiceFileRef> configs,
    Map<String, Object> extensions) {}
