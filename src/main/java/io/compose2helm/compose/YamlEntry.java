package io.compose2helm.compose;

import io.compose2helm.diagnostics.SourceLocation;

/** One key of a mapping: its text, where the key is written, and its value. */
record YamlEntry(String key, SourceLocation keyLocation, YamlValue value) {}
