import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Nearest-rank percentiles of durations, as the benchmarks report them. */
final class Percentiles {

    private Percentiles() {
    }

    /** The percentile (0–1) of these durations in ns, in ms; 0 for none. */
    static long millis(List<Long> nanos, double percentile) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int rank = Math.max(1, (int) Math.ceil(sorted.size() * percentile));
        return TimeUnit.NANOSECONDS.toMillis(sorted.get(rank - 1));
    }
}
