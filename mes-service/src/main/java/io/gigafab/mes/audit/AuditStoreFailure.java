package io.gigafab.mes.audit;

/** The audit tables could not be read; a server error (500), not the caller's fault. */
public class AuditStoreFailure extends RuntimeException {

    AuditStoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
