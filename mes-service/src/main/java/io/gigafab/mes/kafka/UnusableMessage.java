package io.gigafab.mes.kafka;

/** A message that can never be applied (e.g. it names a download the MES never requested). */
public class UnusableMessage extends RuntimeException {

    public UnusableMessage(String reason) {
        super(reason);
    }
}
