package io.gigafab.mes.recipe;

/**
 * An electronic signature on a recipe version in review.
 *
 * @param meaning what the signer states: REVIEWED, APPROVED or REJECTED
 * @param comment the signer's words (required for REJECTED)
 */
public record SignRequest(Meaning meaning, String comment) {

    /** The meaning of a signature (21 CFR Part 11 §11.50). */
    public enum Meaning {
        REVIEWED,
        APPROVED,
        REJECTED
    }
}
