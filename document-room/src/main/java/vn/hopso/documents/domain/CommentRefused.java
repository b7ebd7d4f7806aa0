package vn.hopso.documents.domain;

/** A comment the rules do not take as asked; nothing was kept. */
public final class CommentRefused extends RuntimeException {

    private final CommentProblem problem;

    public CommentRefused(CommentProblem problem) {
        super(problem.code(), null, false, false);
        this.problem = problem;
    }

    public CommentProblem problem() {
        return problem;
    }
}
