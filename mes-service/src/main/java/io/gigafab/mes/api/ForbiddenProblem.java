package io.gigafab.mes.api;

/** The caller is known but may not do this here (e.g. an operator acting on another line). */
public class ForbiddenProblem extends RuntimeException {

    public ForbiddenProblem(String detail) {
        super(detail);
    }
}
