package vn.hopso.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static final UUID AUTHOR = UUID.randomUUID();
    private static final UUID SECRETARY = UUID.randomUUID();
    private static final Instant SENT = Instant.parse("2026-12-08T01:30:00Z");

    @Test
    void anAnswerSetsTheStateTheWordsWhoAndWhenAndCountsAVersion() {
        Comment comment = comment(1, 0, "Điều 1", false);

        Comment answered = comment.answered(CommentState.EXPLAINED, "Giữ nguyên như dự thảo.", SECRETARY,
                SENT.plusSeconds(60));

        assertThat(comment.state()).isEqualTo(CommentState.SENT);
        assertThat(answered.state()).isEqualTo(CommentState.EXPLAINED);
        assertThat(answered.answer()).isEqualTo("Giữ nguyên như dự thảo.");
        assertThat(answered.answeredBy()).isEqualTo(SECRETARY);
        assertThat(answered.answeredAt()).isEqualTo(SENT.plusSeconds(60));
        assertThat(answered.version()).isEqualTo(1);
        assertThat(answered.answered(CommentState.ACCEPTED, null, SECRETARY, SENT).version()).isEqualTo(2);
    }

    @Test
    void anAcceptanceMayStandAloneButAnAnswerAndAnExplanationNeedWordsAndSentIsNoAnswer() {
        Comment comment = comment(1, 0, "Điều 1", false);

        assertThat(comment.answered(CommentState.ACCEPTED, " ", SECRETARY, SENT).answer()).isNull();
        for (CommentState needsWords : List.of(CommentState.ANSWERED, CommentState.EXPLAINED)) {
            assertThatThrownBy(() -> comment.answered(needsWords, null, SECRETARY, SENT))
                    .isInstanceOfSatisfying(CommentRefused.class,
                            e -> assertThat(e.problem()).isEqualTo(CommentProblem.WORDS_REQUIRED));
        }
        assertThatThrownBy(() -> comment.answered(CommentState.SENT, "x", SECRETARY, SENT))
                .isInstanceOfSatisfying(CommentRefused.class,
                        e -> assertThat(e.problem()).isEqualTo(CommentProblem.NOT_AN_ANSWER));
    }

    @Test
    void othersSeeACommentOnlyWhenItsAuthorMadeItVisibleToAllAndTheSecretariatSeesEveryOne() {
        Comment toSecretariat = comment(1, 0, "Điều 1", false);
        Comment toAll = comment(1, 0, "Điều 1", true);
        UUID other = UUID.randomUUID();

        assertThat(toSecretariat.shownTo(AUTHOR, false)).isTrue();
        assertThat(toSecretariat.shownTo(other, false)).isFalse();
        assertThat(toSecretariat.shownTo(SECRETARY, true)).isTrue();
        assertThat(toAll.shownTo(other, false)).isTrue();
    }

    @Test
    void theReportGroupsCommentsByPassageInPageOrderAndEachGroupInTheOrderSent() {
        Comment late = comment(2, 10, "Điều 4", false, SENT.plusSeconds(90));
        Comment early = comment(2, 10, "Điều 4", true, SENT);
        Comment firstPage = comment(1, 50, "Điều 2", false, SENT.plusSeconds(300));
        Comment samePageEarlier = comment(2, 3, "Điều 3", false, SENT.plusSeconds(200));

        List<CommentReport.Group> groups = CommentReport.grouped(List.of(late, firstPage, early, samePageEarlier));

        assertThat(groups).extracting(group -> group.passage().quote()).containsExactly("Điều 2", "Điều 3", "Điều 4");
        assertThat(groups.get(2).comments()).containsExactly(early, late);
    }

    private static Comment comment(int page, int start, String quote, boolean visibleToAll) {
        return comment(page, start, quote, visibleToAll, SENT);
    }

    private static Comment comment(int page, int start, String quote, boolean visibleToAll, Instant at) {
        return Comment.sent(UUID.randomUUID(), UUID.randomUUID(), 1, new Passage(page, start, quote), AUTHOR,
                "Đề nghị sửa.", visibleToAll, at);
    }
}
