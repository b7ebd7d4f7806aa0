package vn.hopso.documents.domain;

/** The colours a reader highlights with, each as the red, green and blue (0 to 1) the annotated copy paints. */
public enum HighlightColour {
    YELLOW(1f, 0.92f, 0.23f),
    GREEN(0.56f, 0.93f, 0.56f),
    BLUE(0.53f, 0.81f, 0.98f),
    PINK(1f, 0.71f, 0.76f);

    private final float red;
    private final float green;
    private final float blue;

    HighlightColour(float red, float green, float blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public float[] rgb() {
        return new float[] {red, green, blue};
    }
}
