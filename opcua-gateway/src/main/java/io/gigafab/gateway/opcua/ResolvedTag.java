package io.gigafab.gateway.opcua;

import io.gigafab.gateway.config.BrowseRule;
import io.gigafab.gateway.config.Deadband;
import io.gigafab.gateway.config.TagSettings;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * A process value found on the server: its tag, where it is and how to collect it.
 *
 * @param tag the normalised tag name
 * @param path browse path below the machine, e.g. {@code Tray01/Ch03/Voltage}
 * @param nodeId the node in this session's namespace table
 * @param unit display name of the EngineeringUnits property, or null
 * @param hasEuRange whether the variable has an EURange (a percent deadband needs one)
 * @param deadband the configured deadband, or null
 * @param poll read periodically instead of subscribing
 */
record ResolvedTag(
        String tag,
        String path,
        NodeId nodeId,
        String unit,
        boolean hasEuRange,
        double samplingMs,
        int queueSize,
        boolean discardOldest,
        Deadband deadband,
        boolean poll) {

    /** Queue size and discard policy of tags found by browse rules. */
    static final int BROWSED_QUEUE_SIZE = 10;

    static ResolvedTag of(TagSettings settings, NodeId nodeId) {
        return new ResolvedTag(
                settings.tag(),
                settings.path(),
                nodeId,
                null,
                false,
                settings.samplingMs(),
                settings.queueSize(),
                settings.discardOldest(),
                settings.deadband(),
                settings.poll());
    }

    static ResolvedTag of(BrowseRule rule, String relativePath, String machinePath, NodeId id) {
        return new ResolvedTag(
                rule.tagPrefix() + relativePath.replace('/', '.'),
                machinePath,
                id,
                null,
                false,
                rule.samplingMs(),
                BROWSED_QUEUE_SIZE,
                true,
                rule.deadband(),
                false);
    }

    ResolvedTag withProperties(String engineeringUnit, boolean euRange) {
        return new ResolvedTag(
                tag,
                path,
                nodeId,
                engineeringUnit,
                euRange,
                samplingMs,
                queueSize,
                discardOldest,
                deadband,
                poll);
    }

    /** The browse path of the node holding this value, "" for a value right below the machine. */
    String group() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
