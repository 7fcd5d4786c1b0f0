package io.compose2helm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileStagesTest {

  private static final String MULTI_STAGE = String.join("\n",
      "ARG NODE=20",
      "FROM --platform=linux/amd64 node:${NODE} AS deps",
      "RUN npm ci",
      "FROM node:20 AS Builder",
      "COPY --from=deps /app/node_modules ./node_modules",
      "FROM builder AS test",
      "RUN npm test",
      "FROM node:20-alpine AS runner",
      "COPY --from=builder /app/dist ./dist",
      "FROM alpine AS unrelated",
      "");

  private final Dockerfile dockerfile = Dockerfile.parse(MULTI_STAGE);

  @Test
  void selectStage_noTarget_picksTheLastStage() {
    assertEquals("unrelated", dockerfile.selectStage(null).orElseThrow().name());
  }

  @Test
  void selectStage_target_matchesStageNameIgnoringCase() {
    Stage builder = dockerfile.selectStage("BUILDER").orElseThrow();

    assertEquals(1, builder.index());
    assertEquals("node:20", builder.base());
    assertEquals(4, builder.from().line());
  }

  @Test
  void selectStage_unknownTarget_isEmpty() {
    assertTrue(dockerfile.selectStage("prod").isEmpty());
  }

  @Test
  void lineage_stageBuiltFromStage_listsAncestorsFirst() {
    List<String> names = dockerfile.lineage(dockerfile.selectStage("test").orElseThrow())
        .stream().map(Stage::name).toList();

    assertEquals(List.of("builder", "test"), names);
  }

  @Test
  void builtFor_runner_followsCopyFromTransitivelyAndSkipsUnusedStages() {
    List<String> names = dockerfile.builtFor(dockerfile.selectStage("runner").orElseThrow())
        .stream().map(Stage::name).toList();

    assertEquals(List.of("deps", "builder", "runner"), names);
  }

  @Test
  void stages_argBeforeFirstFrom_belongsToNoStage() {
    assertEquals(5, dockerfile.stages().size());
    assertTrue(dockerfile.stages().get(0).body().stream().noneMatch(i -> i.is("ARG")));
  }
}
