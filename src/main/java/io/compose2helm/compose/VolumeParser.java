package io.compose2helm.compose;

import io.compose2helm.compose.VolumeMount.Type;
import io.compose2helm.diagnostics.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Reads a service's {@code volumes:} in short ({@code source:target:mode}) and long syntax. */
final class VolumeParser {

  private static final KeyCheck LONG_SYNTAX_KEYS =
      KeyCheck.ofSchema(
          "/definitions/service/properties/volumes", Set.of("type", "source", "target", "read_only", "volume"));
  // The schema table does not reach behind the items' oneOf; these are the spec's volume options.
  private static final KeyCheck VOLUME_OPTION_KEYS = new KeyCheck(Set.of("nocopy", "subpath"), Set.of("subpath"));

  private final Set<String> declaredVolumes;

  VolumeParser(Set<String> declaredVolumes) {
    this.declaredVolumes = declaredVolumes;
  }

  List<VolumeMount> parse(YamlValue list) {
    List<VolumeMount> result = new ArrayList<>();
    for (YamlValue item : list.items()) {
      try {
        result.add(item.isMapping() ? longSyntax(item) : shortSyntax(item));
      } catch (InputException e) {
        list.context().record(e);
      }
    }
    return result;
  }

  /** The service's {@code tmpfs:} key, one path or a list, each {@code path[:options]}. */
  static List<VolumeMount> tmpfs(YamlValue value) {
    List<YamlValue> items = value.isSequence() ? value.items() : List.of(value);
    List<VolumeMount> result = new ArrayList<>();
    for (YamlValue item : items) {
      String text = item.requiredText();
      int colon = text.indexOf(':');
      result.add(new VolumeMount(Type.TMPFS, null, target(item, colon < 0 ? text : text.substring(0, colon)), false));
    }
    return result;
  }

  private VolumeMount shortSyntax(YamlValue item) {
    String text = item.requiredText();
    String[] parts = text.split(":", -1);
    if (parts.length == 1) {
      return new VolumeMount(Type.ANONYMOUS, null, target(item, parts[0]), false);
    }
    if (parts.length > 3) {
      throw item.error("invalid volume '" + text + "': expected [source:]target[:mode]");
    }
    boolean readOnly =
        parts.length == 3 && Arrays.asList(parts[2].split(",")).contains("ro");
    String source = parts[0];
    if (source.isEmpty()) {
      throw item.error("invalid volume '" + text + "': the source before ':' is empty");
    }
    return new VolumeMount(sourceType(item, source), source, target(item, parts[1]), readOnly);
  }

  private VolumeMount longSyntax(YamlValue item) {
    String type = null;
    String source = null;
    String target = null;
    boolean readOnly = false;
    String subpath = null;
    for (YamlEntry entry : item.entries()) {
      if (!LONG_SYNTAX_KEYS.accept(entry, item.context().diagnostics())) {
        continue;
      }
      YamlValue value = entry.value();
      switch (entry.key()) {
        case "type" -> type = value.requiredText();
        case "source" -> source = value.text();
        case "target" -> target = value.requiredText();
        case "read_only" -> readOnly = value.bool();
        case "volume" -> subpath = subpath(value);
        default -> { /* x- extensions of a mount have no meaning for the model */ }
      }
    }
    if (type == null) {
      throw item.error("a volume in long syntax needs 'type'");
    }
    if (target == null) {
      throw item.error("a volume in long syntax needs 'target'");
    }
    target = target(item, target);
    return switch (type) {
      case "volume" ->
          source == null || source.isEmpty()
              ? new VolumeMount(Type.ANONYMOUS, null, target, readOnly)
              : new VolumeMount(declaredVolume(item, source), source, target, readOnly, subpath);
      case "bind" -> {
        if (source == null || source.isEmpty()) {
          throw item.error("a bind mount needs 'source'");
        }
        yield new VolumeMount(Type.BIND, source, target, readOnly);
      }
      case "tmpfs" -> new VolumeMount(Type.TMPFS, null, target, readOnly);
      case "npipe", "image", "cluster" -> new VolumeMount(Type.OTHER, source, target, readOnly);
      default ->
          throw item.error(
              "unknown volume type '" + type + "' (expected volume, bind, tmpfs, npipe, image or cluster)");
    };
  }

  /** {@code volume.subpath}: a relative folder inside the named volume. */
  private static String subpath(YamlValue options) {
    String subpath = null;
    for (YamlEntry option : options.entriesOrEmpty()) {
      if (VOLUME_OPTION_KEYS.accept(option, options.context().diagnostics()) && option.key().equals("subpath")) {
        subpath = option.value().requiredText();
        if (subpath.startsWith("/") || java.util.Arrays.asList(subpath.split("/")).contains("..")) {
          throw option.value().error("subpath must be a relative path inside the volume, without '..'");
        }
      }
    }
    return subpath;
  }

  private Type sourceType(YamlValue item, String source) {
    return isPath(source) ? Type.BIND : declaredVolume(item, source);
  }

  private Type declaredVolume(YamlValue item, String name) {
    if (!declaredVolumes.contains(name)) {
      throw item.error(
          "volume '" + name + "' is not declared in the top-level 'volumes:' section");
    }
    return Type.VOLUME;
  }

  /** Compose treats a source starting with '.', '/' or '~' as a host path, anything else as a name. */
  static boolean isPath(String source) {
    return source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
  }

  private static String target(YamlValue item, String target) {
    if (target.isEmpty()) {
      throw item.error("a volume needs a container path");
    }
    return target;
  }
}
