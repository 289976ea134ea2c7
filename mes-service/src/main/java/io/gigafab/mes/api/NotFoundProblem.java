package io.gigafab.mes.api;

/** Thrown when the item an operator or engineer asked for does not exist; answered with 404. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String detail) {
        super(detail);
    }
}
