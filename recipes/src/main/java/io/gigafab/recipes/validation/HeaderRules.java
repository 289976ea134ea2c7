package io.gigafab.recipes.validation;

import io.gigafab.recipes.CellDesign;
import io.gigafab.recipes.Range;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeHeader;
import java.util.regex.Pattern;

/** Identification, version, lifecycle dates and product of the recipe header. */
final class HeaderRules implements RecipeRule {

    private static final Pattern ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    @Override
    public void check(Recipe recipe, Findings findings) {
        RecipeHeader header = recipe.header();
        if (header == null) {
            findings.add("header", "missing header");
            return;
        }
        checkIdentity(header, findings);
        checkLifecycle(header, findings);
        checkProduct(header.product(), findings);
    }

    private void checkIdentity(RecipeHeader header, Findings findings) {
        if (isBlank(header.id())) {
            findings.add("header.id", "missing recipe id");
        } else if (!ID.matcher(header.id()).matches()) {
            findings.add(
                    "header.id",
                    "recipe id '"
                            + header.id()
                            + "' must be upper-case letters and digits separated by '-'");
        }
        if (isBlank(header.name())) {
            findings.add("header.name", "missing recipe name");
        }
        if (header.version() == null) {
            findings.add("header.version", "missing version");
        } else if (header.version() < 1) {
            findings.add("header.version", "version " + header.version() + " must be 1 or more");
        }
        if (header.equipmentClass() == null) {
            findings.add("header.equipmentClass", "missing equipment class");
        }
        if (isBlank(header.author())) {
            findings.add("header.author", "missing author");
        }
    }

    private void checkLifecycle(RecipeHeader header, Findings findings) {
        if (header.createdAt() == null) {
            findings.add("header.createdAt", "missing createdAt");
        }
        if (header.status() == null) {
            findings.add("header.status", "missing status");
            return;
        }
        if (header.status().isReleased() && header.approvedAt() == null) {
            findings.add("header.approvedAt", "an " + header.status() + " recipe needs approvedAt");
        }
        if (!header.status().isReleased() && header.approvedAt() != null) {
            findings.add(
                    "header.approvedAt",
                    "a "
                            + header.status()
                            + " recipe is not approved and must not carry approvedAt");
        }
        if (header.createdAt() != null
                && header.approvedAt() != null
                && header.approvedAt().isBefore(header.createdAt())) {
            findings.add(
                    "header.approvedAt",
                    "approvedAt "
                            + header.approvedAt()
                            + " is before createdAt "
                            + header.createdAt());
        }
    }

    private void checkProduct(CellDesign product, Findings findings) {
        if (product == null) {
            findings.add("header.product", "missing product (cell design)");
            return;
        }
        if (isBlank(product.designId())) {
            findings.add("header.product.designId", "missing cell design id");
        }
        if (product.chemistry() == null) {
            findings.add("header.product.chemistry", "missing chemistry");
        }
        if (product.format() == null) {
            findings.add("header.product.format", "missing cell format");
        }
        if (product.nominalCapacityAh() == null || product.nominalCapacityAh() <= 0) {
            findings.add(
                    "header.product.nominalCapacityAh",
                    "nominal capacity must be a positive number of Ah, was "
                            + product.nominalCapacityAh());
        }
        checkNominalVoltage(product, findings);
    }

    private void checkNominalVoltage(CellDesign product, Findings findings) {
        if (product.nominalVoltageV() == null) {
            findings.add("header.product.nominalVoltageV", "missing nominal voltage");
            return;
        }
        if (product.chemistry() == null) {
            return;
        }
        Range window = product.chemistry().voltageWindowV();
        if (!window.contains(product.nominalVoltageV())) {
            findings.add(
                    "header.product.nominalVoltageV",
                    "nominal voltage "
                            + product.nominalVoltageV()
                            + " V is outside the "
                            + product.chemistry()
                            + " window "
                            + window
                            + " V");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
