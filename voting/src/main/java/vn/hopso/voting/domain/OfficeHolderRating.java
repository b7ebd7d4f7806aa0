package vn.hopso.voting.domain;

/** One office holder's confidence rating: the delegates at each level, with their shares, and what it means. */
public record OfficeHolderRating(Nominee officeHolder, Count high, Count medium, Count low,
        RatingConsequence consequence) {
}
