package vn.hopso.meeting.login.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which new passwords HọpSố accepts: long enough, short enough for bcrypt, not one of the passwords guessers try first
 * (a bundled list, also with digits or symbols added before or after), not a trivial pattern (one character
 * repeated, a short block repeated, a run such as {@code 1234567890}), and not the user name padded to length.
 */
public final class PasswordPolicy {

    /** bcrypt reads only the first 72 bytes; a longer password would silently be cut, so it is refused. */
    public static final int MAX_BYTES = 72;

    private final int minLength;
    private final Set<String> common;

    /** @param common lower-case passwords that are refused, with or without digits and symbols around them */
    public PasswordPolicy(int minLength, Set<String> common) {
        this.minLength = minLength;
        this.common = Set.copyOf(common);
    }

    public int minLength() {
        return minLength;
    }

    /** Whether bcrypt can take this password whole. */
    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** Empty when {@code password} may be chosen by (or for) the account named {@code username}. */
    public Optional<PasswordProblem> check(String password, String username) {
        if (length(password) < minLength) {
            return problem("password_too_short", "Mật khẩu cần ít nhất " + minLength + " ký tự.");
        }
        if (!fitsBcrypt(password)) {
            return problem("password_too_long", "Mật khẩu quá dài: tối đa " + MAX_BYTES
                    + " byte (chữ có dấu chiếm 2–3 byte mỗi chữ). Vui lòng chọn mật khẩu ngắn hơn.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(core(lower))) {
            return problem("password_too_common",
                    "Mật khẩu này quá phổ biến, người khác dễ đoán ra. Vui lòng chọn mật khẩu khác.");
        }
        if (trivial(lower)) {
            return problem("password_too_simple",
                    "Mật khẩu chỉ lặp lại hoặc nối tiếp các ký tự (như 1111111111, 1234567890). Vui lòng chọn mật khẩu khác.");
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name) && length(lower.replace(name, "")) < minLength) {
            return problem("password_contains_username", "Mật khẩu không được dựa trên tên đăng nhập: phần còn lại "
                    + "khi bỏ tên đăng nhập đi cũng cần ít nhất " + minLength + " ký tự.");
        }
        return Optional.empty();
    }

    private static Optional<PasswordProblem> problem(String code, String message) {
        return Optional.of(new PasswordProblem(code, message));
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The password without the digits and symbols people add before or after a word ({@code password2026!}). */
    static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    /** Fewer than three different characters, a block repeated, or a run of neighbouring characters. */
    static boolean trivial(String lower) {
        int[] points = lower.codePoints().toArray();
        if (lower.codePoints().distinct().count() < 3) {
            return true;
        }
        for (int block = 1; block <= points.length / 2; block++) {
            if (points.length % block == 0 && lower.equals(lower.substring(0, lower.offsetByCodePoints(0, block))
                    .repeat(points.length / block))) {
                return true;
            }
        }
        return run(points, 1) || run(points, -1);
    }

    /** Every character one after (or before) the previous, digits wrapping round: 7890123456. */
    private static boolean run(int[] points, int step) {
        for (int i = 1; i < points.length; i++) {
            if (points[i] != neighbour(points[i - 1], step)) {
                return false;
            }
        }
        return true;
    }

    private static int neighbour(int point, int step) {
        if (step > 0 && point == '9') {
            return '0';
        }
        if (step < 0 && point == '0') {
            return '9';
        }
        return point + step;
    }
}
