package io.gigafab.recipes.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects changes while two recipe versions are compared field by field. */
final class Changes {

    private final List<Change> list = new ArrayList<>();

    /** Records a change when the values differ; null stands for an absent field. */
    void compare(String path, Object before, Object after, String unit) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null) {
            list.add(new Change(ChangeKind.ADDED, path, null, text(after), unit));
        } else if (after == null) {
            list.add(new Change(ChangeKind.REMOVED, path, text(before), null, unit));
        } else {
            list.add(new Change(ChangeKind.CHANGED, path, text(before), text(after), unit));
        }
    }

    void compare(String path, Object before, Object after) {
        compare(path, before, after, null);
    }

    void added(String path, String description) {
        list.add(new Change(ChangeKind.ADDED, path, null, description, null));
    }

    void removed(String path, String description) {
        list.add(new Change(ChangeKind.REMOVED, path, description, null, null));
    }

    List<Change> list() {
        return List.copyOf(list);
    }

    private static String text(Object value) {
        return String.valueOf(value).strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
