package io.gigafab.gateway.opcua;

import io.gigafab.events.EquipmentRef;
import io.gigafab.gateway.MeasurementSink;
import io.gigafab.gateway.SampleMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/** The nodes of one machine and where their values go: context first, then state, then tags. */
final class MachineTargets {

    private final List<NodeTarget> all = new ArrayList<>();

    MachineTargets(
            ResolvedMachine machine,
            MeasurementSink sink,
            ContextTracker context,
            MachineStateTracker state) {
        double fastest = machine.fastestSamplingMs();
        for (ContextNode node : machine.context()) {
            all.add(new ContextTarget(node, context, fastest));
        }
        if (machine.state() != null && state != null) {
            all.add(new StateTarget(machine.state(), state, fastest));
        }
        for (ResolvedTag tag : machine.tags()) {
            all.add(new TagTarget(tag, machine.equipment(), sink, context));
        }
    }

    List<NodeTarget> all() {
        return all;
    }

    /** A process value: each data change becomes a sample with the latest context. */
    record TagTarget(
            ResolvedTag tag, EquipmentRef equipment, MeasurementSink sink, ContextTracker context)
            implements NodeTarget {

        @Override
        public NodeId nodeId() {
            return tag.nodeId();
        }

        @Override
        public boolean isContext() {
            return false;
        }

        @Override
        public boolean pollOnly() {
            return tag.poll();
        }

        @Override
        public double samplingMs() {
            return tag.samplingMs();
        }

        @Override
        public void accept(DataValue value, Instant receivedAt) {
            sink.offer(
                    equipment,
                    SampleMapper.toSample(
                            tag.tag(),
                            tag.unit(),
                            value,
                            receivedAt,
                            context.contextFor(tag.group())));
        }

        @Override
        public String describe() {
            return "tag " + tag.tag() + " (" + tag.path() + ")";
        }
    }

    /** A context node: its value updates one field of the production context. */
    record ContextTarget(ContextNode node, ContextTracker context, double samplingMs)
            implements NodeTarget {

        @Override
        public NodeId nodeId() {
            return node.nodeId();
        }

        @Override
        public boolean isContext() {
            return true;
        }

        @Override
        public boolean pollOnly() {
            return false;
        }

        @Override
        public void accept(DataValue value, Instant receivedAt) {
            context.update(node, value);
        }

        @Override
        public String describe() {
            return "context " + node.field() + " (" + node.path() + ")";
        }
    }

    /** The MachineryItemState variable: its changes become state change events. */
    record StateTarget(NodeId nodeId, MachineStateTracker state, double samplingMs)
            implements NodeTarget {

        @Override
        public boolean isContext() {
            return false;
        }

        @Override
        public boolean pollOnly() {
            return false;
        }

        @Override
        public void accept(DataValue value, Instant receivedAt) {
            state.accept(value, receivedAt);
        }

        @Override
        public String describe() {
            return "state " + nodeId;
        }
    }
}
