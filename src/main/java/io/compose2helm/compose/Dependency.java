package io.compose2helm.compose;

/** A {@code depends_on} entry. */
public record Dependency(String service, Condition condition, boolean required) {

  public enum Condition {
    STARTED("service_started"),
    HEALTHY("service_healthy"),
    COMPLETED_SUCCESSFULLY("service_completed_successfully");

    private final String composeName;

    Condition(String composeName) {
      this.composeName = composeName;
    }

    public String composeName() {
      return composeName;
    }
  }
}
