package io.gigafab.gateway.opcua;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.measurement.Sample;
import io.gigafab.gateway.EquipmentEventSink;
import io.gigafab.gateway.MeasurementSink;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The tests' probe at the end of the collecting side: everything the gateway hands on. */
final class CollectedData implements MeasurementSink, EquipmentEventSink {

    record Received(EquipmentRef equipment, Sample sample) {}

    private final Queue<Received> samples = new ConcurrentLinkedQueue<>();
    private final Queue<EquipmentEvent> events = new ConcurrentLinkedQueue<>();

    @Override
    public void offer(EquipmentRef equipment, Sample sample) {
        samples.add(new Received(equipment, sample));
    }

    @Override
    public void offer(EquipmentEvent event) {
        events.add(event);
    }

    List<Sample> samples(String tag) {
        return samples.stream().map(Received::sample).filter(s -> s.tag().equals(tag)).toList();
    }

    List<Received> all() {
        return List.copyOf(samples);
    }

    List<EquipmentEvent> events() {
        return List.copyOf(events);
    }

    void clear() {
        samples.clear();
        events.clear();
    }
}
