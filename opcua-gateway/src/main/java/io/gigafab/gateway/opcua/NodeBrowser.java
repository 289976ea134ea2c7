package io.gigafab.gateway.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.ViewDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Browses a server's address space the way plant configurations name nodes: by browse name, segment
 * by segment, in whatever namespace (indexes are never assumed). Pages through continuation points
 * with BrowseNext and sends at most the server's {@code MaxNodesPerBrowse} nodes per
 * Browse/BrowseNext call. Remembers what it browsed, so one instance serves one pass (a resolution
 * after connecting) and is then dropped.
 */
final class NodeBrowser {

    private static final Logger log = LoggerFactory.getLogger(NodeBrowser.class);

    private static final ViewDescription NO_VIEW =
            new ViewDescription(NodeId.NULL_VALUE, DateTime.MIN_VALUE, uint(0));

    private final OpcUaClient client;
    private final int nodesPerBrowse;
    private final UInteger maxReferencesPerNode;
    private int pagesFollowed;
    private final Map<NodeId, List<ReferenceDescription>> browsed = new HashMap<>();

    /**
     * @param nodesPerBrowse nodes per Browse/BrowseNext call (the server's MaxNodesPerBrowse)
     */
    NodeBrowser(OpcUaClient client, int nodesPerBrowse) {
        this(client, nodesPerBrowse, 0);
    }

    /**
     * @param maxReferencesPerNode references per node and call, 0 = as many as the server sends;
     *     more come by BrowseNext
     */
    NodeBrowser(OpcUaClient client, int nodesPerBrowse, int maxReferencesPerNode) {
        this.client = client;
        this.nodesPerBrowse = Math.max(1, nodesPerBrowse);
        this.maxReferencesPerNode = uint(Math.max(0, maxReferencesPerNode));
    }

    /** How many continuation points were followed with BrowseNext. */
    int pagesFollowed() {
        return pagesFollowed;
    }

    /** The node at {@code path} ("a/b/c" of browse names) below {@code start}. */
    NodeId find(NodeId start, String path) throws UaException {
        NodeId node = start;
        StringBuilder walked = new StringBuilder();
        for (String segment : segments(path)) {
            node = child(node, segment, walked.toString());
            walked.append(walked.isEmpty() ? "" : "/").append(segment);
        }
        return node;
    }

    /** The Object and Variable children of {@code parent} over hierarchical references. */
    List<ReferenceDescription> children(NodeId parent) throws UaException {
        return children(List.of(parent)).get(parent);
    }

    /** The children of each parent, browsed in calls of at most {@code MaxNodesPerBrowse} nodes. */
    Map<NodeId, List<ReferenceDescription>> children(Collection<NodeId> parents)
            throws UaException {
        Map<NodeId, List<ReferenceDescription>> result = new LinkedHashMap<>();
        Set<NodeId> unseen = new LinkedHashSet<>();
        for (NodeId parent : parents) {
            if (browsed.containsKey(parent)) {
                result.put(parent, browsed.get(parent));
            } else {
                unseen.add(parent);
            }
        }
        List<NodeId> missing = new ArrayList<>(unseen);
        for (int from = 0; from < missing.size(); from += nodesPerBrowse) {
            List<NodeId> chunk =
                    missing.subList(from, Math.min(missing.size(), from + nodesPerBrowse));
            browseChunk(chunk).forEach(browsed::put);
        }
        missing.forEach(parent -> result.put(parent, browsed.get(parent)));
        return result;
    }

    /** The local node id a reference points to, in this session's namespace table. */
    NodeId nodeId(ReferenceDescription reference) throws UaException {
        return reference.getNodeId().toNodeIdOrThrow(client.getNamespaceTable());
    }

    /** The browse names of a path; empty segments ("a//b", "/a/") are ignored. */
    static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    private NodeId child(NodeId parent, String name, String walked) throws UaException {
        for (ReferenceDescription reference : children(parent)) {
            if (name.equals(reference.getBrowseName().name())) {
                return nodeId(reference);
            }
        }
        throw new UaException(
                StatusCodes.Bad_NoMatch,
                "no node '" + name + "' below '" + (walked.isEmpty() ? "." : walked) + "'");
    }

    private Map<NodeId, List<ReferenceDescription>> browseChunk(List<NodeId> parents)
            throws UaException {
        List<BrowseDescription> descriptions = parents.stream().map(NodeBrowser::describe).toList();
        BrowseResult[] results =
                client.browse(NO_VIEW, maxReferencesPerNode, descriptions).getResults();
        Map<NodeId, List<ReferenceDescription>> found = new LinkedHashMap<>();
        Map<ByteString, NodeId> continuations = new LinkedHashMap<>();
        for (int i = 0; i < parents.size(); i++) {
            BrowseResult result = results == null || i >= results.length ? null : results[i];
            collect(parents.get(i), result, found, continuations);
        }
        while (!continuations.isEmpty()) {
            continuations = browseNext(continuations, found);
        }
        return found;
    }

    private Map<ByteString, NodeId> browseNext(
            Map<ByteString, NodeId> pending, Map<NodeId, List<ReferenceDescription>> found)
            throws UaException {
        List<ByteString> points = new ArrayList<>(pending.keySet());
        Map<ByteString, NodeId> next = new LinkedHashMap<>();
        for (int from = 0; from < points.size(); from += nodesPerBrowse) {
            List<ByteString> chunk =
                    points.subList(from, Math.min(points.size(), from + nodesPerBrowse));
            pagesFollowed += chunk.size();
            BrowseResult[] results = client.browseNext(false, chunk).getResults();
            for (int i = 0; i < chunk.size(); i++) {
                BrowseResult result = results == null || i >= results.length ? null : results[i];
                collect(pending.get(chunk.get(i)), result, found, next);
            }
        }
        return next;
    }

    private static void collect(
            NodeId parent,
            BrowseResult result,
            Map<NodeId, List<ReferenceDescription>> found,
            Map<ByteString, NodeId> continuations) {
        List<ReferenceDescription> references =
                found.computeIfAbsent(parent, p -> new ArrayList<>());
        if (result == null || result.getStatusCode().isBad()) {
            log.debug(
                    "Browse of {} failed: {}",
                    parent,
                    result == null ? "no result" : result.getStatusCode());
            return;
        }
        if (result.getReferences() != null) {
            references.addAll(List.of(result.getReferences()));
        }
        ByteString continuation = result.getContinuationPoint();
        if (continuation != null && continuation.isNotNull() && continuation.length() > 0) {
            continuations.put(continuation, parent);
        }
    }

    private static BrowseDescription describe(NodeId parent) {
        return new BrowseDescription(
                parent,
                BrowseDirection.Forward,
                NodeIds.HierarchicalReferences,
                true,
                uint(NodeClass.Object.getValue() | NodeClass.Variable.getValue()),
                uint(BrowseResultMask.All.getValue()));
    }
}
