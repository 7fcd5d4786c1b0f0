package io.compose2helm.compose;

import io.compose2helm.compose.env.EnvFiles;
import io.compose2helm.compose.env.VariableLookups;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.InputLog;
import io.compose2helm.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads Compose files and their env files into a {@link ComposeProject}. */
public final class ComposeLoader {

  /** The Compose schema's pattern for service names. */
  private static final Pattern SERVICE_NAME = Pattern.compile("[a-zA-Z0-9._-]+");

  /** The env files read beside the first Compose file when none are given; later ones win. */
  static final List<String> DEFAULT_ENV_FILES = List.of(".env", ".env.ecosystem");

  private static final KeyCheck TOP_LEVEL_KEYS =
      KeyCheck.ofSchema(
          "",
          Set.of("name", "services", "volumes", "networks", "secrets", "configs", "version", "include"));

  /**
   * Loads a project. Warnings (unmapped keys, unset variables) go to {@code diagnostics}; errors
   * are thrown as an InputException naming file, line, column and key.
   */
  public ComposeProject load(LoadRequest request, Diagnostics diagnostics) {
    return load(request, readVariables(request), diagnostics);
  }

  /**
   * The env files' variables a request reads, on their own: a caller learns the secret values
   * from them before anything else is read, so that no message about the Compose files shows one.
   */
  public static EnvFiles.Result readVariables(LoadRequest request) {
    if (request.composeFiles().isEmpty()) {
      throw new InputException(null, "", "no Compose file given");
    }
    Path projectDir = parentOf(request.composeFiles().get(0));
    return EnvFiles.load(envFiles(request, projectDir), PathAsWritten.INSTANCE, processEnvironment(request));
  }

  /** Loads a project with env files already read by {@link #readVariables}. */
  public ComposeProject load(LoadRequest request, EnvFiles.Result env, Diagnostics diagnostics) {
    if (request.composeFiles().isEmpty()) {
      throw new InputException(null, "", "no Compose file given");
    }
    List<Path> composeFiles = withOverrideFile(request, diagnostics);
    Path firstFile = composeFiles.get(0);
    Path projectDir = parentOf(firstFile);
    Map<String, String> processEnv = processEnvironment(request);
    Map<String, String> fileVariables = env.variables();
    // Compose interpolates with the process environment too, also for names no env file sets.
    Function<String, String> lookup = VariableLookups.firstHolding(fileVariables, processEnv);

    String mainFile = firstFile.toString();
    FileScope mainScope = new FileScope(projectDir, lookup);
    ComposeTree tree = new ComposeTree(diagnostics);
    Node merged = tree.read(composeFiles, mainScope);
    ReadContext context = new ReadContext(mainScope, tree.scopes(), diagnostics, mainFile);
    YamlValue root = new YamlValue(merged, "", context);
    if (!root.isMapping()) {
      throw root.expected("a mapping of top-level keys (services, volumes, ...)");
    }

    ProjectParts parts = readTopLevel(root, context);
    String name = projectName(request, parts.nameValue, firstFile, context);
    diagnostics.throwIfErrors();
    return new ComposeProject(
        name,
        fileNames(composeFiles),
        parts.services,
        parts.volumes,
        parts.networks,
        parts.secrets,
        parts.configs,
        withProcess(withUsedVariables(fileVariables, context.provenance()), processEnv),
        withProcess(withUsedSources(env.sources(), processEnv, context.provenance()), processSources(processEnv)),
        parts.extensions,
        request.profiles(),
        context.provenance());
  }

  private static List<String> fileNames(List<Path> files) {
    List<String> names = new ArrayList<>(files.size());
    for (Path file : files) {
      names.add(file.toString());
    }
    return Collections.unmodifiableList(names);
  }

  /**
   * The env files' variables, then the process environment's others (given only with --os-env):
   * Compose's project environment holds both, and a secret among them must be known as one even
   * when only an env file's expansion or a bundled file uses it.
   */
  private static Map<String, String> withProcess(Map<String, String> fromFiles, Map<String, String> fromProcess) {
    Map<String, String> all = new LinkedHashMap<>(fromFiles);
    for (Map.Entry<String, String> variable : fromProcess.entrySet()) {
      all.putIfAbsent(variable.getKey(), variable.getValue());
    }
    return all;
  }

  private static Map<String, String> processSources(Map<String, String> fromProcess) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String name : fromProcess.keySet()) {
      sources.put(name, EnvFiles.PROCESS_ENVIRONMENT);
    }
    return sources;
  }

  /**
   * The env files' variables plus the others interpolation used: from the process environment
   * (with --os-env) or an included project's env files. Consumers must know every value the model
   * holds, secrets above all.
   */
  private static Map<String, String> withUsedVariables(Map<String, String> fileVariables, Provenance provenance) {
    Map<String, String> variables = new LinkedHashMap<>(fileVariables);
    for (Map.Entry<String, String> used : provenance.usedValues().entrySet()) {
      variables.putIfAbsent(used.getKey(), used.getValue());
    }
    return variables;
  }

  private static Map<String, String> withUsedSources(
      Map<String, String> sources, Map<String, String> processEnv, Provenance provenance) {
    Map<String, String> result = new LinkedHashMap<>(sources);
    for (String name : provenance.usedValues().keySet()) {
      result.putIfAbsent(name, processEnv.containsKey(name) ? EnvFiles.PROCESS_ENVIRONMENT : "an included project's env file");
    }
    return result;
  }

  private static Map<String, String> processEnvironment(LoadRequest request) {
    return request.processEnvironment() == null ? Map.of() : request.processEnvironment();
  }

  private static List<Path> envFiles(LoadRequest request, Path projectDir) {
    if (request.envFiles() != null && !request.envFiles().isEmpty()) {
      return request.envFiles();
    }
    List<Path> present = new ArrayList<>();
    for (String name : DEFAULT_ENV_FILES) {
      Path candidate = projectDir.resolve(name);
      if (InputLog.isRegularFile(candidate)) {
        present.add(candidate);
      }
    }
    return present;
  }

  /** The files to read: those given, plus the override file when Compose would read it. */
  private static List<Path> withOverrideFile(LoadRequest request, Diagnostics diagnostics) {
    List<Path> files = request.composeFiles();
    if (!request.readOverrideFile() || files.size() != 1) {
      return files;
    }
    Optional<Path> found = ComposeFileNames.overrideFor(files.get(0));
    if (found.isEmpty()) {
      return files;
    }
    Path override = found.get();
    // Said out loud: a file the user did not name changes the result.
    diagnostics.warn(SourceLocation.ofFile(override.toString()), "",
        "reading override file " + override + " after " + files.get(0)
            + " as docker compose does; name files with -f to read only those");
    return List.of(files.get(0), override);
  }

  private ProjectParts readTopLevel(YamlValue root, ReadContext context) {
    ProjectParts parts = new ProjectParts();
    Map<String, YamlValue> sections = new LinkedHashMap<>();
    for (YamlEntry entry : root.entries()) {
      if (!TOP_LEVEL_KEYS.accept(entry, context.diagnostics())) {
        continue;
      }
      switch (entry.key()) {
        case "version" ->
            context.warn(entry.keyLocation(), "version", "version is obsolete and is ignored");
        case "name" -> parts.nameValue = entry.value();
        default -> {
          if (KeyCheck.isExtension(entry.key())) {
            context.provenance().recordKey(entry.key(), entry.keyLocation());
            try {
              parts.extensions.put(entry.key(), PlainValues.of(entry.value()));
            } catch (InputException e) {
              context.record(e);
            }
          } else {
            sections.put(entry.key(), entry.value());
          }
        }
      }
    }
    readSection("volumes", sections, parts, context);
    readSection("networks", sections, parts, context);
    readSection("secrets", sections, parts, context);
    readSection("configs", sections, parts, context);

    YamlValue services = sections.get("services");
    if (services == null) {
      context.diagnostics().error(SourceLocation.ofFile(context.mainFile()), "services", "the project defines no services");
      return parts;
    }
    List<YamlEntry> serviceEntries;
    try {
      serviceEntries = services.entries();
    } catch (InputException e) {
      context.record(e);
      return parts;
    }
    Set<String> serviceNames = new LinkedHashSet<>();
    for (YamlEntry entry : serviceEntries) {
      serviceNames.add(entry.key());
    }
    Declarations declarations =
        new Declarations(serviceNames, parts.volumes.keySet(), parts.secrets.keySet(), parts.configs.keySet(),
            withDefaultNetwork(parts.networks.keySet()));
    ServiceReader reader = new ServiceReader(declarations);
    for (YamlEntry entry : serviceEntries) {
      if (!SERVICE_NAME.matcher(entry.key()).matches()) {
        context.diagnostics().error(entry.keyLocation(), "services",
            "service name '" + entry.key() + "' may hold only letters, digits, '.', '_' and '-', as in Compose");
        continue;
      }
      try {
        parts.services.put(entry.key(), reader.read(entry));
      } catch (InputException e) {
        context.record(e);
      }
    }
    DependencyCycles.check(parts.services, context.diagnostics());
    return parts;
  }

  private static Set<String> withDefaultNetwork(Set<String> declared) {
    Set<String> networks = new LinkedHashSet<>(declared);
    networks.add("default");
    return networks;
  }

  /** Reads an optional top-level section into its part; an absent or broken one stays empty. */
  private static void readSection(
      String name, Map<String, YamlValue> sections, ProjectParts parts, ReadContext context) {
    YamlValue value = sections.get(name);
    if (value == null) {
      return;
    }
    try {
      switch (name) {
        case "volumes" -> parts.volumes = TopLevelObjectsReader.volumes(value);
        case "networks" -> parts.networks = TopLevelObjectsReader.networks(value);
        case "secrets" -> parts.secrets = TopLevelObjectsReader.secrets(value);
        case "configs" -> parts.configs = TopLevelObjectsReader.configs(value);
        default -> throw new IllegalArgumentException("not a top-level section: " + name);
      }
    } catch (InputException e) {
      context.record(e);
    }
  }

  private static String projectName(LoadRequest request, YamlValue nameValue, Path firstFile, ReadContext context) {
    String given;
    SourceLocation where;
    if (request.projectName() != null && !request.projectName().isBlank()) {
      given = request.projectName();
      where = null;
    } else if (nameValue != null) {
      try {
        given = nameValue.requiredText();
      } catch (InputException e) {
        context.record(e);
        return "";
      }
      where = nameValue.location();
    } else {
      Path folder = firstFile.toAbsolutePath().normalize().getParent();
      given = folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
      where = SourceLocation.ofFile(context.mainFile());
    }
    String normalized = ProjectNames.normalize(given);
    if (normalized.isEmpty()) {
      context.diagnostics().error(where, "name", "project name '" + given + "' has no usable characters (a-z, 0-9, _ or -)");
    }
    return normalized;
  }

  private static Path parentOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of("") : parent;
  }

  /** A path named as the user wrote it. */
  private static final class PathAsWritten implements Function<Path, String> {
    static final PathAsWritten INSTANCE = new PathAsWritten();

    @Override
    public String apply(Path path) {
      return path.toString();
    }
  }

  /** What the top level holds, gathered while reading it. */
  private static final class ProjectParts {
    YamlValue nameValue;
    Map<String, Service> services = new LinkedHashMap<>();
    Map<String, NamedVolume> volumes = Map.of();
    Map<String, NamedNetwork> networks = Map.of();
    Map<String, FileObject> secrets = Map.of();
    Map<String, FileObject> configs = Map.of();
    Map<String, Object> extensions = new LinkedHashMap<>();
  }
}
