package io.compose2helm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTest {

  @Test
  void add_linesOfTwoStreams_keepsThemInOrderOnePartPerTurn() {
    Transcript transcript = new Transcript();
    transcript.add(Transcript.ERR, "warning one\n");
    transcript.add(Transcript.ERR, "warning two\n");
    transcript.add(Transcript.OUT, "");
    transcript.add(Transcript.OUT, "Wrote chart\n");
    transcript.add(Transcript.ERR, "late\n");

    assertEquals(List.of(new Transcript.Part(Transcript.ERR, "warning one\nwarning two\n"),
        new Transcript.Part(Transcript.OUT, "Wrote chart\n"), new Transcript.Part(Transcript.ERR, "late\n")),
        transcript.parts());
  }

  @Test
  void add_manyLinesOfOneStream_makeOnePartOfAllOfThem() {
    Transcript transcript = new Transcript();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      String line = "services.s" + i + ".logging: logging is not mapped to Kubernetes and is ignored\n";
      transcript.add(Transcript.ERR, line);
      expected.append(line);
    }
    assertEquals(List.of(new Transcript.Part(Transcript.ERR, expected.toString())), transcript.parts());
  }

  @Test
  void replay_parts_printEachToItsStream() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Transcript.replay(List.of(new Transcript.Part(Transcript.ERR, "w\n"), new Transcript.Part(Transcript.OUT, "o\n")),
        new PrintWriter(out), new PrintWriter(err));
    assertEquals("o\n", out.toString());
    assertEquals("w\n", err.toString());
  }
}
