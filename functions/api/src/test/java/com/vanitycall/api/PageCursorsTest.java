package com.vanitycall.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vanitycall.core.history.CallPosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageCursorsTest {

  private static final PageCursors CURSORS =
      new PageCursors("a key of thirty-two bytes, or so".getBytes(StandardCharsets.UTF_8));
  private static final CallPosition LAST =
      new CallPosition(Instant.parse("2026-11-22T13:45:00.123Z"), "contact-7");

  @Test
  void aCursor_readBackForItsQuery_isWhereThePageEnded() {
    String cursor = CURSORS.after(LAST, "|2026-11-22T00:00:00Z|2026-11-23T00:00:00Z");

    assertThat(CURSORS.read(cursor, "|2026-11-22T00:00:00Z|2026-11-23T00:00:00Z")).isEqualTo(LAST);
    assertThat(cursor).doesNotContain("contact-7").matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  }

  @Test
  void aCursorOfAnotherQuery_orAnotherKey_isRefused() {
    String cursor = CURSORS.after(LAST, "+18003569377|a|b");
    PageCursors otherKey =
        new PageCursors("another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> CURSORS.read(cursor, "+12125550147|a|b"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageStartingWith("cursor is not valid for this query");
    assertThatThrownBy(() -> otherKey.read(cursor, "+18003569377|a|b"))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void anEditedOrMadeUpCursor_isRefused() {
    String cursor = CURSORS.after(LAST, "q");
    String otherPosition = CURSORS.after(new CallPosition(Instant.EPOCH, "x"), "q");
    String spliced =
        otherPosition.substring(0, otherPosition.indexOf('.'))
            + cursor.substring(cursor.indexOf('.'));

    for (String bad : new String[] {spliced, "", ".", "abc", "a.b", cursor + "A", "%%%.%%%"}) {
      assertThatThrownBy(() -> CURSORS.read(bad, "q"))
          .as(bad)
          .isInstanceOf(BadRequestException.class);
    }
  }

  @Test
  void aShortKey_isRefusedAtStart() {
    assertThatThrownBy(() -> new PageCursors(new byte[8]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
