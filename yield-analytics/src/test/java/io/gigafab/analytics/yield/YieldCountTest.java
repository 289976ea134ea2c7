package io.gigafab.analytics.yield;

import static io.gigafab.events.unit.TrackOutResult.FAIL;
import static io.gigafab.events.unit.TrackOutResult.PASS;
import static io.gigafab.events.unit.TrackOutResult.REWORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class YieldCountTest {

    @Test
    void firstPassYieldCountsOnlyUnitsGoodTheFirstTime() {
        YieldCount count = YieldCount.EMPTY.add(PASS).add(PASS).add(PASS).add(FAIL).add(REWORK);

        assertThat(count.total()).isEqualTo(5);
        assertThat(count.firstPassYield()).isCloseTo(0.6, within(1e-12));
        assertThat(count.scrapRate()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void mergingPartialCountsEqualsCountingAllAtOnce() {
        YieldCount left = YieldCount.EMPTY.add(PASS).add(FAIL);
        YieldCount right = YieldCount.EMPTY.add(REWORK).add(PASS);

        assertThat(left.plus(right))
                .isEqualTo(YieldCount.EMPTY.add(PASS).add(FAIL).add(REWORK).add(PASS));
    }

    @Test
    void anEmptyWindowHasNoYieldRatherThanAPerfectOne() {
        assertThat(YieldCount.EMPTY.firstPassYield()).isNaN();
        assertThat(YieldCount.EMPTY.scrapRate()).isNaN();
    }
}
