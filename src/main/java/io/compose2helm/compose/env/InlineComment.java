package io.compose2helm.compose.env;

/** Finds where an inline comment starts in an unquoted dotenv value. */
final class InlineComment {

  private InlineComment() {}

  /**
   * A '#' starts a comment only after whitespace, so {@code A=1#x} keeps {@code 1#x} (URLs with
   * fragments and colour codes survive) while {@code A=1 #x} is {@code 1}.
   *
   * @param text the rest of the line after the leading whitespace was skipped
   * @param spaceBefore whether whitespace preceded {@code text}
   * @return the index of the '#', or -1
   */
  static int start(String text, boolean spaceBefore) {
    for (int i = 0; i < text.length(); i++) {
      boolean afterSpace = i == 0 ? spaceBefore : DotenvCursor.isInlineSpace(text.charAt(i - 1));
      if (text.charAt(i) == '#' && afterSpace) {
        return i;
      }
    }
    return -1;
  }
}
