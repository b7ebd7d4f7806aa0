package vn.hopso.documents.domain;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What every page of a copy served to one reader carries: their name, their delegate number and the moment the copy
 * was made, so a leaked copy names who took it and when.
 */
public record Watermark(String fullName, String delegateNumber, ZonedDateTime madeAt) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** "Nguyễn Văn An · Đại biểu số 3F2A9C1E · 02/12/2026 14:05" */
    public String line() {
        return fullName + " · Đại biểu số " + delegateNumber + " · " + SHOWN.format(madeAt);
    }
}
