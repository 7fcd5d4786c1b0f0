package io.compose2helm.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a loaded project like {@code docker compose config}: the resolved model after env files,
 * interpolation, merges, extends, include and profiles. Services of inactive profiles are left
 * out, as Compose leaves them out. Every string passes through the {@link SecretMask}, so no secret
 * value is printed.
 */
public final class ComposeConfigWriter {

  /** The output syntaxes. */
  public enum Format {
    YAML,
    JSON
  }

  private final SecretMask mask;

  public ComposeConfigWriter(SecretMask mask) {
    this.mask = mask;
  }

  public String write(ComposeProject project, Format format) {
    Object data = masked(toData(project));
    try {
      return format == Format.JSON
          ? JSON.writeValueAsString(data) + "\n"
          : YAML.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The services Compose would not start with the active profiles; they are not printed. */
  public static List<String> inactiveServices(ComposeProject project) {
    List<String> names = new ArrayList<>();
    for (Service service : project.services().values()) {
      if (!project.isActive(service)) {
        names.add(service.name());
      }
    }
    names.sort(null);
    return Collections.unmodifiableList(names);
  }

  Map<String, Object> toData(ComposeProject project) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("name", project.name());
    ServiceConfigData services = new ServiceConfigData(mask);
    Map<String, Object> serviceData = new TreeMap<>();
    for (Service service : project.services().values()) {
      if (project.isActive(service)) {
        serviceData.put(service.name(), services.of(service));
      }
    }
    data.put("services", serviceData);
    ServiceConfigData.put(data, "networks", TopLevelConfigData.networks(project.networks()));
    ServiceConfigData.put(data, "volumes", TopLevelConfigData.volumes(project.volumes()));
    ServiceConfigData.put(data, "secrets", TopLevelConfigData.fileObjects(project.secrets()));
    ServiceConfigData.put(data, "configs", TopLevelConfigData.fileObjects(project.configs()));
    for (Map.Entry<String, Object> extension : new TreeMap<>(project.extensions()).entrySet()) {
      ServiceConfigData.put(data, extension.getKey(), extension.getValue());
    }
    return data;
  }

  private Object masked(Object value) {
    if (value instanceof String text) {
      return SecretMask.MASKED.equals(text) ? text : mask.maskIn(text);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> result = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        result.put(entry.getKey(), masked(entry.getValue()));
      }
      return result;
    }
    if (value instanceof List<?> list) {
      List<Object> result = new ArrayList<>();
      for (Object item : list) {
        result.add(masked(item));
      }
      return result;
    }
    return value;
  }

  private static final ObjectMapper YAML =
      new ObjectMapper(YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .build());

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
}
