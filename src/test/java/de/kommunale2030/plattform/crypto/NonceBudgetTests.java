package de.kommunale2030.plattform.crypto;

import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NonceBudgetTests {

    private static final long NIST = 4_294_967_296L;

    @Test
    void theStandardBudgetIsTheNistLimitOfTwoToTheThirtyTwo() {
        var budget = NonceBudget.standard();
        assertThat(budget.limit()).isEqualTo(NIST).isEqualTo(NonceBudget.RANDOM_NONCE_LIMIT);
        assertThat(budget.permits(0, NIST)).isTrue();
        assertThat(budget.permits(0, NIST + 1)).isFalse();
        assertThat(budget.permits(NIST - 1, 1)).isTrue();
        assertThat(budget.permits(NIST, 1)).isFalse();
        assertThat(budget.permits(NIST, 0)).isTrue();
        assertThat(budget.remaining(NIST - 10)).isEqualTo(10);
    }

    @Test
    void aLowerLimitForTests() {
        var budget = new NonceBudget(3);
        assertThat(budget.permits(0, 3)).isTrue();
        assertThat(budget.permits(2, 1)).isTrue();
        assertThat(budget.permits(2, 2)).isFalse();
        assertThat(budget.permits(3, 1)).isFalse();
        budget.require(2, 1);
        assertThatThrownBy(() -> budget.require(3, 1)).isInstanceOf(KeyExhausted.class)
            .hasMessage("Key version exhausted: 3 encryptions done, 1 more requested, limit 3; encrypt under a new key version");
        assertThat(budget.remaining(1)).isEqualTo(2);
        assertThat(budget.remaining(3)).isZero();
        assertThat(budget.remaining(Long.MAX_VALUE)).isZero();
    }

    @Test
    void countsNearLongMaxValueDoNotOverflowIntoPermission() {
        var budget = NonceBudget.standard();
        assertThat(budget.permits(Long.MAX_VALUE, Long.MAX_VALUE)).isFalse();
        assertThat(budget.permits(1, Long.MAX_VALUE)).isFalse();
        assertThat(budget.permits(Long.MAX_VALUE, 1)).isFalse();
        assertThat(budget.permits(Long.MAX_VALUE, 0)).isFalse();
        assertThat(budget.permits(0, Long.MAX_VALUE)).isFalse();
        assertThat(budget.permits(NIST, Long.MAX_VALUE - NIST + 1)).as("sum wraps to Long.MIN_VALUE").isFalse();
        assertThatThrownBy(() -> budget.require(Long.MAX_VALUE, Long.MAX_VALUE)).isInstanceOf(KeyExhausted.class);
    }

    @Test
    void refusesNegativeCountsAndLimitsOutsideTheNistRange() {
        var budget = NonceBudget.standard();
        assertThatThrownBy(() -> budget.permits(-1, 1)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> budget.permits(1, -1)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> budget.permits(Long.MIN_VALUE, 1)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> budget.remaining(-1)).isExactlyInstanceOf(IllegalArgumentException.class);
        for (long limit : new long[] { 0, -1, NIST + 1, Long.MAX_VALUE, Long.MIN_VALUE }) {
            assertThatThrownBy(() -> new NonceBudget(limit)).isExactlyInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The rule is exactly "usedSoFar + more <= limit", computed without overflow. */
    @Property
    void agreesWithExactArithmetic(@ForAll("limits") long limit, @ForAll("counts") long usedSoFar,
            @ForAll("counts") long more) {
        var budget = new NonceBudget(limit);
        boolean exact = BigInteger.valueOf(usedSoFar).add(BigInteger.valueOf(more)).compareTo(BigInteger.valueOf(limit)) <= 0;
        assertThat(budget.permits(usedSoFar, more)).isEqualTo(exact);
        assertThat(budget.remaining(usedSoFar))
            .isEqualTo(BigInteger.valueOf(limit).subtract(BigInteger.valueOf(usedSoFar)).max(BigInteger.ZERO).longValueExact());
    }

    @Provide
    Arbitrary<Long> limits() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, NIST), Arbitraries.of(1L, 2L, NIST - 1, NIST));
    }

    @Provide
    Arbitrary<Long> counts() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.longs().between(0, 2 * NIST),
                Arbitraries.of(0L, 1L, NIST - 1, NIST, NIST + 1, Long.MAX_VALUE - 1, Long.MAX_VALUE));
    }
}
