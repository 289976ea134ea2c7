package io.gigafab.mes.tracking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** The plant's shift pattern: which shift (A, B, C…) a moment belongs to. */
@ConfigMapping(prefix = "gigafab.shifts")
public interface ShiftCalendar {

    /** The plant's time zone. */
    @WithDefault("UTC")
    ZoneId zone();

    /** Start times of the shifts of a day, in order; shift names are A, B, C… */
    @WithDefault("06:00,14:00,22:00")
    List<LocalTime> starts();

    default String shiftOf(Instant moment) {
        LocalTime time = moment.atZone(zone()).toLocalTime();
        List<LocalTime> starts = starts();
        int index = starts.size() - 1;
        for (int i = 0; i < starts.size(); i++) {
            if (!time.isBefore(starts.get(i))) {
                index = i;
            }
        }
        return String.valueOf((char) ('A' + index));
    }
}
