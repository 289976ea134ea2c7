package io.gigafab.mes.outbox;

/** The outbox table could not be written or read; a server error, not the caller's fault. */
public class OutboxFailure extends RuntimeException {

    OutboxFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
