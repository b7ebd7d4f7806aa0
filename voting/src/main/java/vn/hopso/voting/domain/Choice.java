package vn.hopso.voting.domain;

/**
 * A delegate's answer to a motion, or to one candidate: in favour, against, or abstaining. A present delegate who
 * presses nothing has no choice at all and counts as "did not vote". How each choice reads is the council's:
 * {@link ChoiceLabels}.
 */
public enum Choice {
    YES,
    NO,
    ABSTAIN
}
