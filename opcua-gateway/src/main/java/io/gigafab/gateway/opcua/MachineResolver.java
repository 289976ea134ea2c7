package io.gigafab.gateway.opcua;

import io.gigafab.events.EquipmentRef;
import io.gigafab.gateway.config.BrowseRule;
import io.gigafab.gateway.config.MachineSettings;
import io.gigafab.gateway.config.TagSettings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a configured machine on the server after connecting: its node (path from {@code Objects}),
 * its explicit tags, the variables its browse rules pick, its context nodes and its state variable
 * — all by browse name, with the namespace indexes of this session. A configured node the server
 * does not have is reported in {@link ResolvedMachine#unresolved()} and the rest is collected;
 * communication errors are thrown.
 *
 * <p>Context paths are below the machine ({@code MotherRollId}), or relative to the node holding
 * each tag when they start with {@code ./} or {@code ../}: {@code cellId: ./CellId} gives every
 * formation channel's values the cell id of their own channel ({@code Tray01/Ch03/CellId}).
 */
final class MachineResolver {

    private static final Logger log = LoggerFactory.getLogger(MachineResolver.class);

    private final NodeBrowser browser;
    private final TagProperties properties;

    MachineResolver(OpcUaClient client, ServerLimits limits) {
        this.browser = new NodeBrowser(client, limits.nodesPerBrowse());
        this.properties = new TagProperties(client, browser, limits.nodesPerRead());
    }

    ResolvedMachine resolve(EquipmentRef equipment, MachineSettings settings) throws UaException {
        List<String> unresolved = new ArrayList<>();
        NodeId machine = find(NodeIds.ObjectsFolder, settings.path(), "machine", unresolved);
        if (machine == null) {
            return new ResolvedMachine(equipment, null, List.of(), List.of(), null, unresolved);
        }
        List<ResolvedTag> tags = new ArrayList<>(explicitTags(settings, machine, unresolved));
        Set<NodeId> taken = new HashSet<>(tags.stream().map(ResolvedTag::nodeId).toList());
        for (BrowseRule rule : settings.browse()) {
            for (ResolvedTag tag : browsedTags(rule, machine, unresolved)) {
                if (taken.add(tag.nodeId())) {
                    tags.add(tag);
                }
            }
        }
        tags = properties.complete(tags);
        List<ContextNode> context = context(settings, machine, tags, unresolved);
        NodeId state =
                settings.state() == null
                        ? null
                        : find(machine, settings.state(), "state", unresolved);
        return new ResolvedMachine(equipment, machine, tags, context, state, unresolved);
    }

    private List<ResolvedTag> explicitTags(
            MachineSettings settings, NodeId machine, List<String> unresolved) throws UaException {
        List<ResolvedTag> tags = new ArrayList<>();
        for (TagSettings tag : settings.tags()) {
            NodeId node = find(machine, tag.path(), "tag " + tag.tag(), unresolved);
            if (node != null) {
                tags.add(ResolvedTag.of(tag, node));
            }
        }
        return tags;
    }

    private List<ResolvedTag> browsedTags(BrowseRule rule, NodeId machine, List<String> unresolved)
            throws UaException {
        NodeId root = find(machine, rule.root(), "browse root", unresolved);
        if (root == null) {
            return List.of();
        }
        List<ResolvedTag> tags = new ArrayList<>();
        for (Map.Entry<String, NodeId> variable :
                new SubtreeWalk(browser).variables(root).entrySet()) {
            String relative = variable.getKey();
            if (rule.matches(relative)) {
                String fromMachine =
                        rule.root().isEmpty() ? relative : rule.root() + "/" + relative;
                tags.add(ResolvedTag.of(rule, relative, fromMachine, variable.getValue()));
            }
        }
        if (tags.isEmpty()) {
            log.warn("Browse rule {} below '{}' matches no variable", rule.include(), rule.root());
        }
        return tags;
    }

    private List<ContextNode> context(
            MachineSettings settings,
            NodeId machine,
            List<ResolvedTag> tags,
            List<String> unresolved)
            throws UaException {
        List<ContextNode> context = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>(tags.stream().map(ResolvedTag::group).toList());
        for (Map.Entry<String, String> field : new TreeMap<>(settings.context()).entrySet()) {
            String what = "context " + field.getKey();
            if (!isRelative(field.getValue())) {
                NodeId node = find(machine, field.getValue(), what, unresolved);
                if (node != null) {
                    context.add(
                            new ContextNode(
                                    field.getKey(),
                                    ContextNode.MACHINE_WIDE,
                                    field.getValue(),
                                    node));
                }
                continue;
            }
            int before = context.size();
            for (String group : groups) {
                String path = join(group, field.getValue());
                NodeId node = path == null ? null : find(machine, path, what, null);
                if (node != null) {
                    context.add(new ContextNode(field.getKey(), group, path, node));
                }
            }
            if (context.size() == before) {
                unresolved.add(what + " (" + field.getValue() + "): not found next to any tag");
            }
        }
        return context;
    }

    /**
     * The node at {@code path} below {@code start}, or null if the server has none (then a message
     * is added to {@code unresolved}, when given).
     */
    private NodeId find(NodeId start, String path, String what, List<String> unresolved)
            throws UaException {
        try {
            return browser.find(start, path);
        } catch (UaException e) {
            if (e.getStatusCode().getValue() != StatusCodes.Bad_NoMatch) {
                throw e;
            }
            if (unresolved != null) {
                unresolved.add(what + " (" + path + "): " + e.getMessage());
            }
            return null;
        }
    }

    static boolean isRelative(String path) {
        return path.startsWith("./") || path.startsWith("../");
    }

    /** {@code relative} ("./CellId", "../TrayId") seen from {@code group}, or null above it. */
    static String join(String group, String relative) {
        Deque<String> segments = new ArrayDeque<>(NodeBrowser.segments(group));
        for (String segment : relative.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
