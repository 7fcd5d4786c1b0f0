package io.compose2helm.testing;

import com.google.gson.JsonObject;
import java.util.List;

/** Validates a kind the official client has no model for (CRDs such as SecretProviderClass). */
@FunctionalInterface
public interface CustomKindValidator {

  /** Accepts any body; metadata is still checked by {@link KubeSchema}. */
  CustomKindValidator ANY_BODY = manifest -> List.of();

  /** Returns the problems found; an empty list means valid. */
  List<FieldProblem> validate(JsonObject manifest);
}
