package io.compose2helm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {

  private static List<Instruction> parse(String text) {
    return Dockerfile.parse(text).instructions();
  }

  @Test
  void parse_simpleFile_keepsOneBasedLinesAndSkipsCommentsAndBlanks() {
    List<Instruction> instructions = parse("# comment\n\nFROM alpine\n\n  run echo hi\n");

    assertEquals(List.of(new Instruction(3, "FROM", "alpine"), new Instruction(5, "RUN", "echo hi")),
        instructions);
  }

  @Test
  void parse_lineContinuation_joinsAndReportsFirstLine() {
    List<Instruction> instructions = parse("FROM alpine\nRUN apk add curl \\\n && echo done\nUSER 1\n");

    assertEquals(new Instruction(2, "RUN", "apk add curl  && echo done"), instructions.get(1));
    assertEquals(4, instructions.get(2).line());
  }

  @Test
  void parse_commentAndBlankInsideContinuation_areDropped() {
    List<Instruction> instructions =
        parse("FROM alpine\nRUN a \\\n# explain b\n\n    && b\nCMD [\"sh\"]\n");

    assertEquals("a     && b", instructions.get(1).arguments());
    assertEquals(6, instructions.get(2).line());
  }

  @Test
  void parse_escapeDirective_usesBacktickForContinuations() {
    String text = "# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir C:\\ `\n  && echo x\n";

    List<Instruction> instructions = parse(text);

    assertEquals(2, instructions.size());
    assertEquals("dir C:\\   && echo x", instructions.get(1).arguments());
  }

  @Test
  void parse_escapeCommentAfterInstruction_isAnOrdinaryComment() {
    List<Instruction> instructions = parse("FROM alpine\n# escape=`\nRUN a `\nRUN b\n");

    assertEquals(3, instructions.size());
  }

  @Test
  void parse_heredoc_keepsBodyWithInstructionAndResumesAfterTerminator() {
    String text = "FROM alpine\nRUN <<EOF\napk add curl\necho ok\nEOF\nUSER 1000\n";

    List<Instruction> instructions = parse(text);

    assertEquals(new Instruction(2, "RUN", "<<EOF\napk add curl\necho ok"), instructions.get(1));
    assertEquals(new Instruction(6, "USER", "1000"), instructions.get(2));
  }

  @Test
  void execForm_jsonArray_isExecAndShellTextIsNot() {
    List<Instruction> instructions =
        parse("FROM a\nCMD [\"node\", \"server.js\"]\nCMD node server.js\nCMD [node]\n");

    assertEquals(List.of("node", "server.js"), instructions.get(1).execForm().orElseThrow());
    assertTrue(instructions.get(2).execForm().isEmpty());
    // Not valid JSON: Docker runs it as a shell command, and so do we.
    assertTrue(instructions.get(3).execForm().isEmpty());
  }

  @Test
  void operands_copyWithFlags_separatesFlagsFromPaths() {
    Instruction copy = parse("FROM a\nCOPY --from=build --chown=node:node /src/dist ./dist\n").get(1);

    assertEquals("build", copy.flag("from").orElseThrow());
    assertEquals(List.of("/src/dist", "./dist"), copy.operands());
  }

  @Test
  void parse_crlfAndByteOrderMark_areTolerated() {
    List<Instruction> instructions = parse("\uFEFFFROM alpine\r\nUSER 1000\r\n");

    assertEquals(List.of(new Instruction(1, "FROM", "alpine"), new Instruction(2, "USER", "1000")),
        instructions);
  }
}
