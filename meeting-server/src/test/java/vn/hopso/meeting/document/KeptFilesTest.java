package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Page files kept in the heap: never more bytes than allowed, the least recently read going first. */
class KeptFilesTest {

    private final KeptFiles kept = new KeptFiles(100);

    @Test
    void theLeastRecentlyReadGoFirstAndTheBytesNeverPassTheLimit() {
        kept.keep("a", new byte[40]);
        kept.keep("b", new byte[40]);
        assertThat(kept.get("a")).isPresent(); // read a, so b is now the oldest
        kept.keep("c", new byte[40]);
        assertThat(kept.get("b")).isEmpty();
        assertThat(kept.get("a")).isPresent();
        assertThat(kept.get("c")).isPresent();
        assertThat(kept.bytes()).isEqualTo(80);
    }

    @Test
    void aFileLargerThanEverythingKeptMayBeIsNotKeptAndTakesNothingAway() {
        kept.keep("a", new byte[60]);
        kept.keep("huge", new byte[101]);
        assertThat(kept.get("huge")).isEmpty();
        assertThat(kept.get("a")).isPresent();
        assertThat(kept.bytes()).isEqualTo(60);
    }

    @Test
    void keepingTheSameFileAgainCountsItOnce() {
        kept.keep("a", new byte[60]);
        kept.keep("a", new byte[60]);
        assertThat(kept.bytes()).isEqualTo(60);
        assertThat(kept.get("a")).isPresent();
    }
}
