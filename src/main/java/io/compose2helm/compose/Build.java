package io.compose2helm.compose;

import java.util.Map;

/** The {@code build:} section; {@code context} is as written, relative to the Compose file. */
public record Build(String context, String dockerfile, String target, Map<String, String> args) {}
