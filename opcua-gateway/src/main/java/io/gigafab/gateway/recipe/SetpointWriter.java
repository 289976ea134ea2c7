package io.gigafab.gateway.recipe;

import io.gigafab.events.recipe.DownloadStatus;
import io.gigafab.events.recipe.RecipeDownload;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.events.recipe.Setpoint;
import io.gigafab.events.recipe.SetpointReadBack;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;

/**
 * Downloads a recipe to a machine: checks every setpoint against the node's EURange first (so an
 * impossible recipe changes nothing), writes them, reads them back and reports each one. Only a
 * download whose every setpoint was written and read back equal is ACCEPTED; one refused before
 * writing is REJECTED; one that failed part way is FAILED, never reported as done.
 */
public final class SetpointWriter {

    private static final double READ_BACK_TOLERANCE = 1e-9;

    private final String recipeFolder;
    private final Clock clock;

    /**
     * @param recipeFolder path of the setpoint folder below a machine, e.g. {@code Recipe}
     */
    public SetpointWriter(String recipeFolder, Clock clock) {
        this.recipeFolder = recipeFolder;
        this.clock = clock;
    }

    public RecipeDownloadResult download(RecipeDownload download, EquipmentAccess access) {
        Optional<OpcUaClient> client = access.client();
        if (client.isEmpty()) {
            return result(download, DownloadStatus.FAILED, List.of(), "machine not connected");
        }
        try {
            List<NodeId> nodes = new ArrayList<>();
            List<SetpointReadBack> refused = new ArrayList<>();
            for (Setpoint setpoint : download.setpoints()) {
                resolve(download, setpoint, access, nodes, refused);
            }
            checkRanges(client.get(), download, access, refused);
            if (!refused.isEmpty()) {
                return result(
                        download,
                        DownloadStatus.REJECTED,
                        refused,
                        "nothing written: " + refused.size() + " setpoint(s) refused");
            }
            return writeAndVerify(client.get(), download, nodes, access);
        } catch (UaException e) {
            return result(
                    download,
                    DownloadStatus.FAILED,
                    List.of(),
                    "OPC UA error: " + e.getStatusCode() + " " + e.getMessage());
        }
    }

    private void resolve(
            RecipeDownload download,
            Setpoint setpoint,
            EquipmentAccess access,
            List<NodeId> nodes,
            List<SetpointReadBack> refused) {
        try {
            nodes.add(access.resolve(download.equipment().equipmentId(), path(setpoint)));
        } catch (IllegalArgumentException e) {
            nodes.add(null);
            refused.add(
                    new SetpointReadBack(
                            setpoint.parameter(),
                            setpoint.value(),
                            null,
                            false,
                            "no setpoint " + path(setpoint) + " on the machine"));
        }
    }

    private void checkRanges(
            OpcUaClient client,
            RecipeDownload download,
            EquipmentAccess access,
            List<SetpointReadBack> refused)
            throws UaException {
        for (Setpoint setpoint : download.setpoints()) {
            Optional<Range> range = euRange(client, download, setpoint, access);
            if (range.isPresent()
                    && (setpoint.value() < range.get().getLow()
                            || setpoint.value() > range.get().getHigh())) {
                refused.add(
                        new SetpointReadBack(
                                setpoint.parameter(),
                                setpoint.value(),
                                null,
                                false,
                                String.format(
                                        "%s %s is outside the machine's range [%s, %s]"
                                                + " (Bad_OutOfRange)",
                                        setpoint.value(),
                                        setpoint.unit(),
                                        range.get().getLow(),
                                        range.get().getHigh())));
            }
        }
    }

    private Optional<Range> euRange(
            OpcUaClient client, RecipeDownload download, Setpoint setpoint, EquipmentAccess access)
            throws UaException {
        NodeId rangeNode;
        try {
            rangeNode =
                    access.resolve(download.equipment().equipmentId(), path(setpoint) + "/EURange");
        } catch (IllegalArgumentException noRange) {
            return Optional.empty();
        }
        Object body =
                client.readValue(0.0, TimestampsToReturn.Neither, rangeNode).getValue().getValue();
        if (body instanceof ExtensionObject encoded) {
            body = encoded.decode(client.getStaticEncodingContext());
        }
        return body instanceof Range range ? Optional.of(range) : Optional.empty();
    }

    private RecipeDownloadResult writeAndVerify(
            OpcUaClient client, RecipeDownload download, List<NodeId> nodes, EquipmentAccess access)
            throws UaException {
        List<DataValue> values =
                download.setpoints().stream()
                        .map(s -> DataValue.valueOnly(Variant.ofDouble(s.value())))
                        .toList();
        List<StatusCode> written = client.writeValues(nodes, values);
        List<DataValue> readBack = client.readValues(0.0, TimestampsToReturn.Neither, nodes);
        List<SetpointReadBack> report = new ArrayList<>();
        int good = 0;
        for (int i = 0; i < nodes.size(); i++) {
            SetpointReadBack one =
                    verify(download.setpoints().get(i), written.get(i), readBack.get(i));
            report.add(one);
            good += one.ok() ? 1 : 0;
        }
        if (good == nodes.size()) {
            return result(
                    download,
                    DownloadStatus.ACCEPTED,
                    report,
                    recordActiveRecipe(client, download, access));
        }
        DownloadStatus status =
                good == 0 && allRefused(written) ? DownloadStatus.REJECTED : DownloadStatus.FAILED;
        return result(
                download,
                status,
                report,
                (nodes.size() - good) + " of " + nodes.size() + " setpoint(s) not verified");
    }

    /**
     * Writes the recipe's id and version into the machine's {@code ActiveRecipeId} and {@code
     * ActiveRecipeVersion} once its setpoints are in force, so the values it measures from now on
     * carry the recipe (the gateway reads them as production context). A machine without these
     * nodes is left as it is; a refused write is noted, the setpoints stay accepted.
     */
    private String recordActiveRecipe(
            OpcUaClient client, RecipeDownload download, EquipmentAccess access)
            throws UaException {
        String machine = download.equipment().equipmentId();
        List<NodeId> nodes;
        try {
            nodes =
                    List.of(
                            access.resolve(machine, recipeFolder + "/ActiveRecipeId"),
                            access.resolve(machine, recipeFolder + "/ActiveRecipeVersion"));
        } catch (IllegalArgumentException noSuchNodes) {
            return null;
        }
        List<StatusCode> written =
                client.writeValues(
                        nodes,
                        List.of(
                                DataValue.valueOnly(Variant.ofString(download.recipeId())),
                                DataValue.valueOnly(Variant.ofInt32(download.recipeVersion()))));
        return written.stream().allMatch(StatusCode::isGood)
                ? null
                : "setpoints in force, but the machine's active recipe was not recorded: "
                        + written.stream().map(SetpointWriter::statusName).toList();
    }

    private static SetpointReadBack verify(
            Setpoint setpoint, StatusCode written, DataValue readBack) {
        Double actual =
                readBack.getValue().getValue() instanceof Number n
                                && readBack.getStatusCode().isGood()
                        ? n.doubleValue()
                        : null;
        if (!written.isGood()) {
            return new SetpointReadBack(
                    setpoint.parameter(),
                    setpoint.value(),
                    actual,
                    false,
                    "write refused: " + statusName(written));
        }
        if (actual == null
                || Math.abs(actual - setpoint.value())
                        > READ_BACK_TOLERANCE * Math.max(1, Math.abs(setpoint.value()))) {
            return new SetpointReadBack(
                    setpoint.parameter(), setpoint.value(), actual, false, "read-back differs");
        }
        return new SetpointReadBack(setpoint.parameter(), setpoint.value(), actual, true, null);
    }

    private static boolean allRefused(List<StatusCode> written) {
        return written.stream().noneMatch(StatusCode::isGood);
    }

    private static String statusName(StatusCode status) {
        return StatusCodes.lookup(status.getValue())
                .map(names -> names[0])
                .orElse(status.toString());
    }

    private String path(Setpoint setpoint) {
        return recipeFolder + "/" + setpoint.parameter();
    }

    private RecipeDownloadResult result(
            RecipeDownload download,
            DownloadStatus status,
            List<SetpointReadBack> setpoints,
            String message) {
        return new RecipeDownloadResult(
                download.downloadId(),
                download.equipment(),
                clock.instant(),
                status,
                setpoints,
                message);
    }
}
