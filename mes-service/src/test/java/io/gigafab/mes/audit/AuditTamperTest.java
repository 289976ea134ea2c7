package io.gigafab.mes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tampering with sealed records. Every test breaks the chain only inside one superuser transaction
 * or repairs it before it ends, because other tests verify the same shared chain.
 */
@QuarkusTest
class AuditTamperTest {

    private static final String TYPE = "hold";

    @Inject AuditTrail auditTrail;
    @Inject AuditChainVerifier verifier;
    @Inject AgroalDataSource dataSource;

    @Test
    void theTriggerRefusesUpdateAndDeleteOfASealedRecord() throws Exception {
        long seq = sealedRecords(1).get(0);
        try (Connection app = dataSource.getConnection()) {
            assertThatThrownBy(
                            () ->
                                    update(
                                            app,
                                            "update audit_record set after = '{}' where seq = ?",
                                            seq))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(
                            () ->
                                    update(
                                            app,
                                            "update audit_record set hash = 'x' where seq = ?",
                                            seq))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> update(app, "delete from audit_record where seq = ?", seq))
                    .hasMessageContaining("append-only");
        }
        assertThat(
                        AuditRows.count(
                                "select count(*) from audit_record where seq = ?"
                                        + " and after = cast(? as jsonb)",
                                seq,
                                "{\"step\": 0}"))
                .isEqualTo(1);
    }

    @Test
    void changedContentIsReportedAtItsPosition() throws Exception {
        List<Long> seqs = sealedRecords(2);
        long position = positionOf(seqs.get(0));
        try (Connection superuser = AuditRows.superuser()) {
            superuser.setAutoCommit(false);
            AuditRows.execute(
                    superuser, "alter table audit_record disable trigger audit_record_append_only");
            update(
                    superuser,
                    "update audit_record set after = '{\"step\": 99}' where seq = ?",
                    seqs.get(0));
            AuditRows.execute(
                    superuser, "alter table audit_record enable trigger audit_record_append_only");
            superuser.commit();
            try {
                ChainVerification broken = verifier.verify();
                assertThat(broken.valid()).isFalse();
                assertThat(broken.firstBrokenPosition()).isEqualTo(position);
                assertThat(broken.detail()).contains("content of seq " + seqs.get(0));
            } finally {
                AuditRows.execute(
                        superuser,
                        "alter table audit_record disable trigger audit_record_append_only");
                update(
                        superuser,
                        "update audit_record set after = '{\"step\": 0}' where seq = ?",
                        seqs.get(0));
                AuditRows.execute(
                        superuser,
                        "alter table audit_record enable trigger audit_record_append_only");
                superuser.commit();
            }
        }
        ChainVerification repaired = verifier.verify();
        assertThat(repaired.valid()).as(repaired.detail()).isTrue();
    }

    @Test
    void aDeletedRecordIsReportedAsAGap() throws Exception {
        List<Long> seqs = sealedRecords(2);
        long position = positionOf(seqs.get(0));
        try (Connection superuser = AuditRows.superuser()) {
            superuser.setAutoCommit(false);
            update(
                    superuser,
                    "create temp table deleted_audit as select * from audit_record where seq = ?",
                    seqs.get(0));
            AuditRows.execute(
                    superuser, "alter table audit_record disable trigger audit_record_append_only");
            update(superuser, "delete from audit_record where seq = ?", seqs.get(0));
            AuditRows.execute(
                    superuser, "alter table audit_record enable trigger audit_record_append_only");
            superuser.commit();
            try {
                ChainVerification broken = verifier.verify();
                assertThat(broken.valid()).isFalse();
                assertThat(broken.firstBrokenPosition()).isEqualTo(position);
                assertThat(broken.detail()).contains("chain position " + position + " is missing");
            } finally {
                AuditRows.execute(
                        superuser, "insert into audit_record select * from deleted_audit");
                superuser.commit();
            }
        }
        ChainVerification repaired = verifier.verify();
        assertThat(repaired.valid()).as(repaired.detail()).isTrue();
    }

    /**
     * Records {@code count} changes of a new hold, one transaction each, and waits until sealed.
     */
    private List<Long> sealedRecords(int count) {
        String hold = "HOLD-" + UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            QuarkusTransaction.requiringNew()
                    .run(
                            () ->
                                    auditTrail.record(
                                            "demo-quality",
                                            "HOLD_PLACED",
                                            TYPE,
                                            hold,
                                            null,
                                            Map.of("step", 0)));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> AuditRows.chainPositions(TYPE, hold).size() == count);
        try {
            return List.copyOf(AuditRows.chainPositions(TYPE, hold).keySet());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long positionOf(long seq) throws SQLException {
        return AuditRows.count("select chain_pos from audit_record where seq = ?", seq);
    }

    private static void update(Connection connection, String sql, long seq) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, seq);
            statement.execute();
        }
    }
}
