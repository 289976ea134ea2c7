package io.gigafab.mes.web;

import io.agroal.api.AgroalDataSource;
import io.gigafab.mes.api.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A roll drawn along its metres: the cells cut from each interval (directly or through a daughter
 * roll), the daughter rolls slit from it, and the holds on the roll or on metre intervals of it.
 */
@ApplicationScoped
class RollMap {

    /** The map of one roll. */
    record View(
            String rollId,
            String polarity,
            BigDecimal lengthM,
            String status,
            List<Daughter> daughters,
            List<CellInterval> cells,
            List<HeldInterval> holds) {}

    record Daughter(String id, Integer lane, BigDecimal startM, BigDecimal endM) {}

    record CellInterval(
            String cellId,
            BigDecimal startM,
            BigDecimal endM,
            String viaRollId,
            String status,
            String grade,
            boolean held) {}

    /** A hold over [startM, endM]; a hold on the whole roll spans its length. */
    record HeldInterval(
            String holdId, BigDecimal startM, BigDecimal endM, String reason, String ncrId) {}

    private final AgroalDataSource dataSource;

    RollMap(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    View of(String rollId) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select =
                    connection.prepareStatement(
                            "select r.polarity, r.length_m, u.status from roll r"
                                    + " join unit u on u.id = r.unit_id where r.unit_id = ?")) {
                select.setString(1, rollId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new NotFoundProblem("No roll with id " + rollId);
                    }
                    return new View(
                            rollId,
                            row.getString(1),
                            row.getBigDecimal(2),
                            row.getString(3),
                            daughters(connection, rollId),
                            cells(connection, rollId),
                            holds(connection, rollId, row.getBigDecimal(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The roll map of " + rollId + " could not be read", e);
        }
    }

    private static List<Daughter> daughters(Connection c, String rollId) throws SQLException {
        List<Daughter> list = new ArrayList<>();
        try (PreparedStatement select =
                c.prepareStatement(
                        "select unit_id, lane, parent_start_m, parent_end_m from roll"
                                + " where parent_roll_id = ? order by lane, unit_id")) {
            select.setString(1, rollId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    list.add(
                            new Daughter(
                                    rows.getString(1),
                                    (Integer) rows.getObject(2),
                                    rows.getBigDecimal(3),
                                    rows.getBigDecimal(4)));
                }
            }
        }
        return list;
    }

    private static List<CellInterval> cells(Connection c, String rollId) throws SQLException {
        List<CellInterval> list = new ArrayList<>();
        try (PreparedStatement select =
                c.prepareStatement(
                        "select i.unit_id, i.start_m, i.end_m, i.via_roll_id, u.status, cl.grade,"
                                + " exists (select 1 from hold_unit hu join hold h on h.id ="
                                + " hu.hold_id where hu.unit_id = i.unit_id and h.status ="
                                + " 'ACTIVE') from unit_roll_interval i join unit u on u.id ="
                                + " i.unit_id left join cell cl on cl.unit_id = i.unit_id"
                                + " where i.roll_id = ? and u.kind = 'CELL'"
                                + " order by i.start_m, i.unit_id limit 5000")) {
            select.setString(1, rollId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    list.add(
                            new CellInterval(
                                    rows.getString(1),
                                    rows.getBigDecimal(2),
                                    rows.getBigDecimal(3),
                                    rows.getString(4),
                                    rows.getString(5),
                                    rows.getString(6),
                                    rows.getBoolean(7)));
                }
            }
        }
        return list;
    }

    private static List<HeldInterval> holds(Connection c, String rollId, BigDecimal length)
            throws SQLException {
        List<HeldInterval> list = new ArrayList<>();
        try (PreparedStatement select =
                c.prepareStatement(
                        "select id, start_m, end_m, reason, ncr_id from hold where status ="
                                + " 'ACTIVE' and target_id = ? and scope in ('ROLL',"
                                + " 'ROLL_INTERVAL') order by start_m nulls first, id")) {
            select.setString(1, rollId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    BigDecimal start = rows.getBigDecimal(2);
                    list.add(
                            new HeldInterval(
                                    rows.getString(1),
                                    start == null ? BigDecimal.ZERO : start,
                                    start == null ? length : rows.getBigDecimal(3),
                                    rows.getString(4),
                                    rows.getString(5)));
                }
            }
        }
        return list;
    }
}
