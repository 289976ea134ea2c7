package io.gigafab.analytics;

import java.time.Duration;
import org.apache.flink.api.common.state.StateTtlConfig;

/**
 * The state TTL of the job's keyed operators: a backstop behind their own event-time cleanup
 * timers. Expired entries are dropped when read, from full snapshots, and by RocksDB compaction;
 * the heap backend's incremental cleanup is off — it walks the state map on every access and cost
 * the job most of its CPU in the benchmark.
 */
public final class StateExpiry {

    private StateExpiry() {}

    public static StateTtlConfig after(Duration ttl) {
        return StateTtlConfig.newBuilder(ttl)
                .disableCleanupInBackground()
                .cleanupFullSnapshot()
                .cleanupInRocksdbCompactFilter(1000)
                .build();
    }
}
