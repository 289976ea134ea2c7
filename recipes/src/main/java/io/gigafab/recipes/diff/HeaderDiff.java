package io.gigafab.recipes.diff;

import io.gigafab.recipes.CellDesign;
import io.gigafab.recipes.RecipeHeader;

/** Field-by-field comparison of two recipe headers. */
final class HeaderDiff {

    private HeaderDiff() {}

    static void compare(RecipeHeader before, RecipeHeader after, Changes changes) {
        RecipeHeader a = before == null ? empty() : before;
        RecipeHeader b = after == null ? empty() : after;
        changes.compare("header.id", a.id(), b.id());
        changes.compare("header.name", a.name(), b.name());
        changes.compare("header.version", a.version(), b.version());
        changes.compare("header.status", a.status(), b.status());
        changes.compare("header.equipmentClass", a.equipmentClass(), b.equipmentClass());
        compareProduct(a.product(), b.product(), changes);
        changes.compare("header.author", a.author(), b.author());
        changes.compare("header.createdAt", a.createdAt(), b.createdAt());
        changes.compare("header.approvedAt", a.approvedAt(), b.approvedAt());
        changes.compare("header.description", a.description(), b.description());
    }

    private static void compareProduct(CellDesign before, CellDesign after, Changes changes) {
        CellDesign a = before == null ? new CellDesign(null, null, null, null, null) : before;
        CellDesign b = after == null ? new CellDesign(null, null, null, null, null) : after;
        changes.compare("header.product.designId", a.designId(), b.designId());
        changes.compare("header.product.chemistry", a.chemistry(), b.chemistry());
        changes.compare("header.product.format", a.format(), b.format());
        changes.compare(
                "header.product.nominalCapacityAh",
                a.nominalCapacityAh(),
                b.nominalCapacityAh(),
                "Ah");
        changes.compare(
                "header.product.nominalVoltageV", a.nominalVoltageV(), b.nominalVoltageV(), "V");
    }

    private static RecipeHeader empty() {
        return new RecipeHeader(null, null, null, null, null, null, null, null, null, null);
    }
}
