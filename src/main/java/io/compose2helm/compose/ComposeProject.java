package io.compose2helm.compose;

import java.util.List;
import java.util.Map;

/**
 * A Compose project after loading: env files read, every value interpolated, anchors and merge
 * keys resolved. Maps keep the order of the source file; consumers sort where output order matters.
 *
 * @param name the project name (top-level {@code name:} or the folder of the first Compose file)
 * @param files the Compose files read, as given (relative paths stay relative)
 * @param variables the interpolation variables, from the env files (and the process environment
 *     when asked), in load order
 * @param variableSources for each variable, the file it came from (for messages; never its value)
 */
public record ComposeProject(
    String name,
    List<String> files,
    Map<String, Service> services,
    Map<String, NamedVolume> volumes,
    Map<String, NamedNetwork> networks,
    Map<String, FileObject> secrets,
    Map<String, FileObject> configs,
    Map<String, String> variables,
    Map<String, String> variableSources,
    Map<String, Object> extensions) {}
