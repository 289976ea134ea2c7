package io.gigafab.mes.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes a plant history straight into the database for the benchmark: cathode mother rolls of 1000
 * m slit into 4 lanes, 100 cells of 10 m per daughter roll (400 per mother roll), each cell with
 * its metre intervals on daughter and mother roll and five tracked-out operations.
 */
final class PlantHistory {

    static final int CELLS_PER_MOTHER = 400;

    private PlantHistory() {}

    /** Generates {@code cells} cells (rounded up to whole mother rolls); returns mother rolls. */
    static int generate(String jdbcUrl, int cells) throws SQLException {
        int mothers = (cells + CELLS_PER_MOTHER - 1) / CELLS_PER_MOTHER;
        int total = mothers * CELLS_PER_MOTHER;
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                Statement s = c.createStatement()) {
            s.execute(
                    "select gigafab_ensure_month_partitions('operation_run',"
                            + " (now() - interval '40 days')::date, now()::date)");
            s.execute(rolls(mothers));
            s.execute(
                    "insert into roll (unit_id, polarity, length_m)"
                            + " select 'RB-' || m, 'CATHODE', 1000 from generate_series(1, "
                            + mothers
                            + ") m");
            s.execute(lots(mothers));
            s.execute(
                    "insert into unit_link (input_id, output_id, relation, quantity)"
                            + " select 'ML-B-' || ((m - 1) / 10), 'RB-' || m, 'CONSUMED', 40"
                            + " from generate_series(1, "
                            + mothers
                            + ") m");
            s.execute(daughters(mothers));
            s.execute(
                    "insert into roll (unit_id, polarity, length_m, parent_roll_id, parent_start_m,"
                        + " parent_end_m, lane) select 'RB-' || m || '-L' || l, 'CATHODE', 1000,"
                        + " 'RB-' || m, 0, 1000, l from generate_series(1, "
                            + mothers
                            + ") m,"
                            + " generate_series(1, 4) l");
            s.execute(
                    "insert into unit_roll_interval (unit_id, roll_id, start_m, end_m)"
                            + " select 'RB-' || m || '-L' || l, 'RB-' || m, 0, 1000"
                            + " from generate_series(1, "
                            + mothers
                            + ") m, generate_series(1, 4) l");
            s.execute(cells(total));
            s.execute(intervals(total));
            s.execute(operations(total));
            s.execute(assemblies(total));
            s.execute("analyze");
        }
        return mothers;
    }

    /** One cathode material lot per 10 mother rolls. */
    private static String lots(int mothers) {
        int lots = (mothers + 9) / 10;
        return "insert into unit (id, kind, status) select 'ML-B-' || k, 'LOT', 'ACTIVE'"
                + " from generate_series(0, "
                + (lots - 1)
                + ") k; insert into material_lot (unit_id, material_id, supplier,"
                + " country_of_origin, received_at, quantity, carbon_footprint_kg_per_kg,"
                + " recycled_content_pct, compliance_status) select 'ML-B-' || k, 'LFP-CAM', 'Bench"
                + " Supplier ' || (k % 3), 'MA', now() - interval '40 days', 400, 8, 5, 'COMPLIANT'"
                + " from generate_series(0, "
                + (lots - 1)
                + ") k";
    }

    /** 16 cells per module, 8 modules per pack. */
    private static String assemblies(int total) {
        int modules = total / 16;
        int packs = modules / 8;
        return "insert into unit (id, kind, product_id, line_id, status) select 'MB-' || m,"
                + " 'MODULE', 'LFP-280P', 'L1', 'COMPLETED' from generate_series(0, "
                + (modules - 1)
                + ") m;"
                + " insert into unit (id, kind, product_id, line_id, status) select 'PB-' || p,"
                + " 'PACK', 'LFP-280P', 'L1', 'COMPLETED' from generate_series(0, "
                + (packs - 1)
                + ") p;"
                + " insert into unit_link (input_id, output_id, relation) select 'CB-' || n,"
                + " 'MB-' || (n / 16), 'ASSEMBLED' from generate_series(0, "
                + (modules * 16 - 1)
                + ") n;"
                + " insert into unit_link (input_id, output_id, relation) select 'MB-' || m,"
                + " 'PB-' || (m / 8), 'ASSEMBLED' from generate_series(0, "
                + (packs * 8 - 1)
                + ") m";
    }

    private static String rolls(int mothers) {
        return "insert into unit (id, kind, product_id, order_id, route_id, line_id, status,"
                + " completed_seq, created_at) select 'RB-' || m, 'ROLL', 'LFP-280P', 'PO-L1-0001',"
                + " 'R-LFP-280P', 'L1', 'COMPLETED', 3, now() - interval '30 days'"
                + " from generate_series(1, "
                + mothers
                + ") m";
    }

    private static String daughters(int mothers) {
        return "insert into unit (id, kind, product_id, order_id, route_id, line_id, status,"
                + " completed_seq, created_at) select 'RB-' || m || '-L' || l, 'ROLL', 'LFP-280P',"
                + " 'PO-L1-0001', 'R-LFP-280P', 'L1', 'COMPLETED', 3, now() - interval '30 days'"
                + " from generate_series(1, "
                + mothers
                + ") m, generate_series(1, 4) l";
    }

    private static String cells(int total) {
        return "with n as (select generate_series(0, "
                + (total - 1)
                + ") n),"
                + " u as (insert into unit (id, kind, product_id, order_id, route_id, line_id,"
                + " status, completed_seq, created_at) select 'CB-' || n, 'CELL', 'LFP-280P',"
                + " 'PO-L1-0001', 'R-LFP-280P', 'L1', 'COMPLETED', 8,"
                + " now() - (n % 2000000) * interval '1 second' from n)"
                + " insert into cell (unit_id, capacity_ah, dcir_mohm, k_value_mv_per_day, ocv_v,"
                + " grade, grade_table_version) select 'CB-' || n, 280 + (n % 80) / 10.0,"
                + " 0.2 + (n % 10) / 100.0, 0.3, 3.3, case when n % 20 = 0 then 'B' else 'A' end,"
                + " 1 from n";
    }

    /** Cell n: mother n/400+1, lane (n/100)%4+1, metres (n%100)*10 .. +10 of the daughter. */
    private static String intervals(int total) {
        String mother = "'RB-' || (n / 400 + 1)";
        String daughter = mother + " || '-L' || ((n / 100) % 4 + 1)";
        String start = "(n % 100) * 10";
        return "insert into unit_roll_interval (unit_id, roll_id, start_m, end_m, via_roll_id)"
                + " select 'CB-' || n, "
                + daughter
                + ", "
                + start
                + ", "
                + start
                + " + 10, null"
                + " from generate_series(0, "
                + (total - 1)
                + ") n union all"
                + " select 'CB-' || n, "
                + mother
                + ", "
                + start
                + ", "
                + start
                + " + 10, "
                + daughter
                + " from generate_series(0, "
                + (total - 1)
                + ") n";
    }

    private static String operations(int total) {
        return "insert into operation_run (id, unit_id, operation, route_seq, equipment_id,"
                + " line_id, recipe_id, recipe_version, operator, tracked_in_at, tracked_out_at,"
                + " result, shift) select 10000000000 + n * 5 + s.seq - 4, 'CB-' || n,"
                + " s.operation, s.seq, s.equipment, 'L1', 'LFP-280P-' || s.operation, 1 + n /"
                + " 250000, 'bench', now() - (n % 2000000) * interval '1 second' + (s.seq - 9) *"
                + " interval '1 hour', now() - (n % 2000000) * interval '1 second' + (s.seq - 9)"
                + " * interval '1 hour' + interval '5 minutes', case when n % 50 = s.seq then"
                + " 'REWORK' else 'PASS' end, chr(65 + (n % 3)) from generate_series(0, "
                + (total - 1)
                + ") n,"
                + " (values (4, 'STACKING', 'STACK-01', 'STACKER'), (5, 'FILLING', 'FILL-01',"
                + " 'FILLER'), (6, 'FORMATION', 'FORM-01', 'FORMATION'), (7, 'AGING', 'AGE-01',"
                + " 'AGING'), (8, 'GRADING', 'GRADE-01', 'GRADER')) as s(seq, operation,"
                + " equipment, class)";
    }
}
