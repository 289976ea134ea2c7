package io.gigafab.mes.oem;

import io.gigafab.mes.genealogy.GenealogyView;
import java.util.List;
import java.util.function.Function;

/** The audit package as a human-readable HTML report (print to PDF from the browser). */
final class AuditReport {

    private AuditReport() {}

    static String html(AuditPackage p) {
        StringBuilder html =
                new StringBuilder(
                        "<!doctype html><html lang=\"en\"><head>"
                                + "<meta charset=\"utf-8\"><title>Audit package "
                                + esc(p.packageId())
                                + "</title>"
                                + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px"
                                + " solid #999;padding:2px"
                                + " 6px;text-align:left}</style></head><body>");
        html.append("<h1>Audit package</h1><p>Package ")
                .append(esc(p.packageId()))
                .append(", created ")
                .append(esc(p.createdAt()))
                .append(" by ")
                .append(esc(p.createdBy()))
                .append(" for ")
                .append(esc(String.join(", ", p.subject())))
                .append(".</p><p>SHA-256 of the package: <code>")
                .append(esc(p.hash()))
                .append("</code></p>");
        html.append("<h2>Audit trail</h2><p>")
                .append(
                        p.auditTrail().valid()
                                ? "Chain verified: VALID"
                                : "Chain verification: BROKEN")
                .append(" — ")
                .append(esc(p.auditTrail().detail()))
                .append("</p>");
        for (GenealogyView g : p.genealogy()) {
            html.append("<h2>Genealogy of ").append(esc(g.rootId())).append("</h2>");
            table(
                    html,
                    List.of("lot", "material", "supplier", "origin", "compliance"),
                    g.materialLots(),
                    l ->
                            List.of(
                                    l.lotId(),
                                    l.materialId(),
                                    l.supplier(),
                                    l.countryOfOrigin(),
                                    l.complianceStatus()));
            table(
                    html,
                    List.of("unit", "roll", "from m", "to m"),
                    g.intervals(),
                    i -> List.of(i.unitId(), i.rollId(), i.startM(), i.endM()));
            table(
                    html,
                    List.of(
                            "unit",
                            "operation",
                            "equipment",
                            "recipe",
                            "operator",
                            "out",
                            "result"),
                    g.operations(),
                    o ->
                            List.of(
                                    o.unitId(),
                                    o.operation(),
                                    o.equipmentId(),
                                    o.recipeId() + " v" + o.recipeVersion(),
                                    o.operator(),
                                    String.valueOf(o.trackedOutAt()),
                                    String.valueOf(o.result())));
        }
        html.append("<h2>Holds and non-conformances</h2>");
        table(
                html,
                List.of("hold", "scope", "target", "reason", "NCR", "status", "disposition"),
                p.holds(),
                h ->
                        List.of(
                                h.holdId(),
                                h.scope(),
                                h.targetId(),
                                h.reason(),
                                h.ncrId() == null ? "" : h.ncrId() + " " + h.ncrTitle(),
                                h.status(),
                                String.valueOf(h.disposition())));
        html.append("<h2>Capability of the cells</h2>");
        table(
                html,
                List.of("key value", "cells", "mean", "std dev", "lower", "upper", "Cpk"),
                p.capability(),
                c ->
                        List.of(
                                c.keyValue(),
                                c.cells(),
                                c.mean(),
                                c.standardDeviation(),
                                String.valueOf(c.lowerLimit()),
                                String.valueOf(c.upperLimit()),
                                String.valueOf(c.cpk())));
        return html.append("</body></html>").toString();
    }

    private static <T> void table(
            StringBuilder html, List<String> headers, List<T> rows, Function<T, List<?>> cells) {
        html.append("<table><tr>");
        headers.forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
        html.append("</tr>");
        for (T row : rows) {
            html.append("<tr>");
            cells.apply(row).forEach(c -> html.append("<td>").append(esc(c)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private static String esc(Object value) {
        return String.valueOf(value)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
