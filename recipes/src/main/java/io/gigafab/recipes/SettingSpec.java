package io.gigafab.recipes;

/** A setting a step type understands: its name, physical kind and whether it is mandatory. */
public record SettingSpec(String name, SettingKind kind, boolean required) {

    static SettingSpec required(String name, SettingKind kind) {
        return new SettingSpec(name, kind, true);
    }

    static SettingSpec optional(String name, SettingKind kind) {
        return new SettingSpec(name, kind, false);
    }
}
