package vn.hopso.documents.domain;

import java.util.UUID;

/**
 * Someone asking to read the documents of a sitting they may see, as the server knows them in the sitting's
 * organisation.
 *
 * @param accountId their account, matched against a confidential document's named readers
 * @param staff they prepare and run the sitting (secretariat, chair): they see every document, also before its
 *     release and after its withdrawal, to manage it
 * @param entitledToClosed they may attend the council's closed sittings
 * @param delegate they are an elected delegate of the council
 */
public record Reader(UUID accountId, boolean staff, boolean entitledToClosed, boolean delegate) {
}
