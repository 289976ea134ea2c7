package io.gigafab.recipes.diff;

import io.gigafab.recipes.GradeBin;
import io.gigafab.recipes.Limits;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Grade bins matched by grade: added, removed, and changed criteria limits. */
final class GradeDiff {

    private GradeDiff() {}

    static void compare(List<GradeBin> before, List<GradeBin> after, Changes changes) {
        Map<String, GradeBin> old = byGrade(before);
        Map<String, GradeBin> current = byGrade(after);
        Set<String> grades = new LinkedHashSet<>(old.keySet());
        grades.addAll(current.keySet());
        for (String grade : grades) {
            String path = "grades[" + grade + "]";
            GradeBin a = old.get(grade);
            GradeBin b = current.get(grade);
            if (a == null) {
                changes.added(path, String.valueOf(b.criteria()));
            } else if (b == null) {
                changes.removed(path, String.valueOf(a.criteria()));
            } else {
                compareCriteria(path, a.criteria(), b.criteria(), changes);
            }
        }
    }

    private static void compareCriteria(
            String path, Map<String, Limits> a, Map<String, Limits> b, Changes changes) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            String criterion = path + ".criteria." + key;
            if (!a.containsKey(key)) {
                changes.added(criterion, String.valueOf(b.get(key)));
            } else if (!b.containsKey(key)) {
                changes.removed(criterion, String.valueOf(a.get(key)));
            } else {
                ParameterDiff.compareLimits(criterion, a.get(key), b.get(key), null, changes);
            }
        }
    }

    private static Map<String, GradeBin> byGrade(List<GradeBin> bins) {
        Map<String, GradeBin> map = new LinkedHashMap<>();
        for (int i = 0; i < bins.size(); i++) {
            GradeBin bin = bins.get(i);
            if (bin != null) {
                map.putIfAbsent(bin.grade() == null ? "#" + i : bin.grade(), bin);
            }
        }
        return map;
    }
}
