package io.gigafab.mes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an operator screen shows of a line, reduced to one marker per topic (the newest change the
 * database knows of). Two snapshots differ in a topic exactly when the screen should re-read it.
 */
record LineSnapshot(Map<String, String> markers) {

    /** The topics whose markers differ from the previous snapshot (all of them after none). */
    List<String> changedSince(LineSnapshot previous) {
        List<String> changed = new ArrayList<>();
        markers.forEach(
                (topic, marker) -> {
                    if (previous == null || !Objects.equals(previous.markers.get(topic), marker)) {
                        changed.add(topic);
                    }
                });
        return changed;
    }
}
