package vn.hopso.documents.domain;

/** A PDF (or a page of it) that cannot be read within the limits; nothing was stored or served for it. */
public final class UnreadablePdf extends Exception {

    private final PdfProblem problem;

    public UnreadablePdf(PdfProblem problem) {
        super(problem.code());
        this.problem = problem;
    }

    public UnreadablePdf(PdfProblem problem, Throwable cause) {
        super(problem.code(), cause);
        this.problem = problem;
    }

    public PdfProblem problem() {
        return problem;
    }
}
