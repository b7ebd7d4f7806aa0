package vn.hopso.meeting.api;

/**
 * What is wrong with one field of a form.
 *
 * @param field the form's field, as the request named it ({@code username}, {@code endsAt})
 * @param code stable, for clients that say it in their own words: what the server found ({@code username_taken}) or
 *     the broken rule of the form ({@code not_blank}, {@code size}); {@code invalid} when it has no more to say
 * @param message in Vietnamese, ready to show
 */
public record FieldError(String field, String code, String message) {
}
