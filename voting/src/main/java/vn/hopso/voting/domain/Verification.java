package vn.hopso.voting.domain;

import java.util.List;

/**
 * What the verifier found for one ballot: how many entries its chain has, the hash of the last one (announce it, print
 * it on the result sheet: a chain rewritten whole afterwards no longer ends with it), and every alteration it could
 * name — an entry whose hash does not match, a table that no longer says what the chain recorded. None: intact.
 */
public record Verification(int entries, String headHash, List<String> problems) {

    public Verification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
