package io.compose2helm.chart;

/**
 * A tool-owned file changed by hand since compose2helm wrote it, which a re-run would overwrite
 * (or delete, when the file is no longer generated).
 */
public record HandEdit(String path, boolean wouldBeDeleted) {

  public String describe() {
    return path + " was edited by hand since compose2helm wrote it; a re-run would "
        + (wouldBeDeleted ? "delete it (it is no longer generated)" : "overwrite the edit")
        + ". To keep the change, " + ChartOwnership.whereChangesBelong(path) + ".";
  }
}
